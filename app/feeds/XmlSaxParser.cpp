#include "XmlSaxParser.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVarLengthArray>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr int MaxWarnings = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("XmlSaxParser", text);
}

XmlNs namespaceOfUri(const char *uri)
{
    const QByteArray u = QByteArray(uri).toLower();
    if (u.contains("itunes.com/dtds/podcast"))
        return XmlNs::Itunes;
    if (u.contains("podcastindex") || u.contains("podcast-namespace"))
        return XmlNs::Podcast;
    if (u.contains("w3.org/2005/atom"))
        return XmlNs::Atom;
    if (u.contains("purl.org/rss/1.0/modules/content"))
        return XmlNs::Content;
    if (u.contains("search.yahoo.com/mrss"))
        return XmlNs::Media;
    if (u.contains("podlove.org/simple-chapters"))
        return XmlNs::Psc;
    if (u.contains("google.com/schemas/play-podcasts"))
        return XmlNs::GooglePlay;
    if (u.contains("w3.org/1999/02/22-rdf-syntax-ns"))
        return XmlNs::Rdf;
    if (u.contains("purl.org/rss/1.0"))
        return XmlNs::None; // RSS 1.0 elements read like RSS 2.0 ones
    if (u == "http://www.w3.org/xml/1998/namespace")
        return XmlNs::Xml;
    return XmlNs::Other;
}

// Feeds that use a prefix without declaring it mean the vocabulary everybody uses it for.
XmlNs namespaceOfPrefix(const char *prefix)
{
    static const std::map<std::string, XmlNs> known = {
            {"itunes", XmlNs::Itunes},         {"podcast", XmlNs::Podcast}, {"atom", XmlNs::Atom},
            {"content", XmlNs::Content},       {"media", XmlNs::Media},     {"psc", XmlNs::Psc},
            {"googleplay", XmlNs::GooglePlay}, {"rdf", XmlNs::Rdf},         {"xml", XmlNs::Xml}};
    const auto found = known.find(prefix);
    return found == known.end() ? XmlNs::Other : found->second;
}

// Everything the C callbacks share during one parse.
struct SaxState
{
    struct Frame
    {
        XmlName name;
        bool wantsText = false;
        qsizetype textStart = 0;
        int baseIndex = 0; // into bases
    };

    xmlParserCtxtPtr context = nullptr;
    XmlHandler *handler = nullptr;
    QString fileName;
    int skippedLines = 0;
    std::vector<Frame> frames;
    std::vector<QUrl> bases;
    QByteArray text; // UTF-8 text of the elements that want it, nested ones included
    // Namespace URIs and prefixes are interned by libxml2's dictionary: one lookup each.
    std::map<const xmlChar *, XmlNs> uriCache;
    std::map<std::string, std::unique_ptr<xmlEntity>> entities;
    std::vector<std::unique_ptr<std::string>> entityTexts;
    QStringList undeclaredPrefixes;
    bool failed = false;
    ImportError error;
    QVector<ImportError> warnings;

    ImportError locate(int line, int column, const QString &message) const
    {
        ImportError located;
        located.file = fileName;
        located.line = line > 0 ? line + skippedLines : 0;
        located.column = column;
        located.message = message;
        return located;
    }

    void warn(int line, int column, const QString &message)
    {
        if (warnings.size() < MaxWarnings)
            warnings << locate(line, column, message);
    }

    XmlNs namespaceOf(const xmlChar *prefix, const xmlChar *uri)
    {
        if (!uri)
            return prefix ? namespaceOfPrefix(reinterpret_cast<const char *>(prefix)) : XmlNs::None;
        const auto cached = uriCache.find(uri);
        if (cached != uriCache.end())
            return cached->second;
        const XmlNs ns = namespaceOfUri(reinterpret_cast<const char *>(uri));
        uriCache.emplace(uri, ns);
        return ns;
    }

    xmlEntityPtr entity(const xmlChar *name)
    {
        const std::string key(reinterpret_cast<const char *>(name));
        const auto known = entities.find(key);
        if (known != entities.end())
            return known->second.get();
        std::string value;
        if (const htmlEntityDesc *html = htmlEntityLookup(name)) {
            const char32_t codePoint = html->value;
            value = QString::fromUcs4(&codePoint, 1).toStdString();
        } else {
            value = '&' + key + ';';
            warn(xmlSAX2GetLineNumber(context), xmlSAX2GetColumnNumber(context),
                 tr("undefined entity &%1; kept as written").arg(QString::fromStdString(key)));
        }
        entityTexts.push_back(std::make_unique<std::string>(value));
        auto made = std::make_unique<xmlEntity>();
        std::memset(made.get(), 0, sizeof(xmlEntity));
        made->type = XML_ENTITY_DECL;
        made->etype = XML_INTERNAL_PREDEFINED_ENTITY;
        made->name = name;
        made->content = reinterpret_cast<xmlChar *>(entityTexts.back()->data());
        made->orig = made->content;
        made->length = int(value.size());
        made->checked = 1;
        xmlEntityPtr result = made.get();
        entities.emplace(key, std::move(made));
        return result;
    }
};

SaxState *stateOf(void *userData)
{
    return static_cast<SaxState *>(userData);
}

void onStartElement(void *userData, const xmlChar *localName, const xmlChar *prefix,
                    const xmlChar *uri, int, const xmlChar **, int attributeCount, int,
                    const xmlChar **attributes)
{
    SaxState *state = stateOf(userData);
    if (state->failed)
        return;
    SaxState::Frame frame;
    frame.name.ns = state->namespaceOf(prefix, uri);
    frame.name.local = reinterpret_cast<const char *>(localName);
    frame.baseIndex = state->frames.empty() ? 0 : state->frames.back().baseIndex;
    for (int i = 0; i < attributeCount; ++i) {
        const xmlChar **tuple = attributes + 5 * i;
        if (tuple[1] && std::strcmp(reinterpret_cast<const char *>(tuple[1]), "xml") == 0
            && std::strcmp(reinterpret_cast<const char *>(tuple[0]), "base") == 0) {
            const QString value = QString::fromUtf8(reinterpret_cast<const char *>(tuple[3]),
                                                    tuple[4] - tuple[3]);
            state->bases.push_back(
                    state->bases.at(frame.baseIndex).resolved(QUrl(value.trimmed())));
            frame.baseIndex = int(state->bases.size() - 1);
        }
    }
    const bool parentWantsText = !state->frames.empty() && state->frames.back().wantsText;
    const XmlElement element(frame.name, int(state->frames.size()),
                             xmlSAX2GetLineNumber(state->context) + state->skippedLines,
                             reinterpret_cast<const unsigned char **>(attributes), attributeCount,
                             &state->bases.at(frame.baseIndex));
    frame.wantsText = state->handler->startElement(element) || parentWantsText;
    frame.textStart = state->text.size();
    state->frames.push_back(frame);
}

void onEndElement(void *userData, const xmlChar *, const xmlChar *, const xmlChar *)
{
    SaxState *state = stateOf(userData);
    if (state->failed || state->frames.empty())
        return;
    const SaxState::Frame frame = state->frames.back();
    state->frames.pop_back();
    QString text;
    if (frame.wantsText) {
        text = QString::fromUtf8(state->text.constData() + frame.textStart,
                                 state->text.size() - frame.textStart);
        // Nested elements' text belongs to the parent too, when the parent asked for it.
        if (state->frames.empty() || !state->frames.back().wantsText)
            state->text.truncate(frame.textStart);
    }
    state->handler->endElement(frame.name, int(state->frames.size()), text);
}

void onCharacters(void *userData, const xmlChar *characters, int length)
{
    SaxState *state = stateOf(userData);
    if (!state->frames.empty() && state->frames.back().wantsText)
        state->text.append(reinterpret_cast<const char *>(characters), length);
}

xmlEntityPtr onGetEntity(void *userData, const xmlChar *name)
{
    return stateOf(userData)->entity(name);
}

bool isTolerated(const xmlError *error)
{
    if (error->domain == XML_FROM_NAMESPACE)
        return true; // undeclared prefixes: resolved by the prefix everyone uses
    // Character-level trouble (a control character, &#1;) loses one character, not structure.
    return error->code == XML_ERR_UNDECLARED_ENTITY || error->code == XML_WAR_UNDECLARED_ENTITY
            || error->code == XML_ERR_INVALID_CHARREF || error->code == XML_ERR_INVALID_CHAR
            || error->code == XML_ERR_INVALID_DEC_CHARREF
            || error->code == XML_ERR_INVALID_HEX_CHARREF || error->level == XML_ERR_WARNING;
}

void onError(void *userData, xmlErrorPtr error)
{
    SaxState *state = stateOf(userData);
    if (state->failed)
        return;
    const QString message = QString::fromUtf8(error->message ? error->message : "").trimmed();
    if (error->domain == XML_FROM_NAMESPACE && error->str1) {
        // One warning per undeclared prefix, not one per element that uses it.
        const QString prefix = QString::fromUtf8(error->str1);
        if (!state->undeclaredPrefixes.contains(prefix)) {
            state->undeclaredPrefixes << prefix;
            state->warn(error->line, error->int2,
                        tr("namespace prefix %1: used without being declared").arg(prefix));
        }
        return;
    }
    if (isTolerated(error)) {
        state->warn(error->line, error->int2, message);
        return;
    }
    state->failed = true;
    state->error
            = state->locate(error->line, error->int2, tr("not well-formed XML: %1").arg(message));
    xmlStopParser(state->context);
}

} // namespace

XmlSaxParser::Result XmlSaxParser::parse(const FeedBytes::Prepared &input, const QString &fileName,
                                         const QUrl &baseUrl, XmlHandler &handler)
{
    Result result;
    SaxState state;
    state.handler = &handler;
    state.fileName = fileName;
    state.skippedLines = input.skippedLines;
    state.bases.push_back(baseUrl);
    state.frames.reserve(32);

    xmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = onStartElement;
    sax.endElementNs = onEndElement;
    sax.characters = onCharacters;
    sax.cdataBlock = onCharacters;
    sax.getEntity = onGetEntity;
    sax.serror = onError;

    if (input.xml.isEmpty()) {
        result.error = state.locate(0, 0, tr("the file is empty"));
        return result;
    }
    // The push parser, given the whole document at once: the same SAX events as
    // xmlParseDocument(), but it hands CDATA sections (where show notes live) over in blocks
    // instead of reading them character by character, which made them a quarter of the parse.
    xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&sax, &state, nullptr, 0, nullptr);
    if (!context) {
        result.error = state.locate(0, 0, tr("the file is empty"));
        return result;
    }
    state.context = context;
    int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT
            | XML_PARSE_HUGE;
    if (!input.encoding.isEmpty())
        options |= XML_PARSE_IGNORE_ENC;
    xmlCtxtUseOptions(context, options);
    if (!input.encoding.isEmpty()) {
        if (xmlCharEncodingHandlerPtr encoding
            = xmlFindCharEncodingHandler(input.encoding.constData()))
            xmlSwitchToEncoding(context, encoding);
    }
    // In chunks: the parser copies what it is given and drops what it has read, so the whole
    // document is never held twice.
    constexpr qsizetype Chunk = 256 * 1024;
    for (qsizetype at = 0; at < input.xml.size() && !state.failed; at += Chunk) {
        const qsizetype size = qMin(Chunk, input.xml.size() - at);
        xmlParseChunk(context, input.xml.constData() + at, int(size), 0);
    }
    xmlParseChunk(context, nullptr, 0, 1);
    const bool wellFormedEnough = !state.failed && !context->disableSAX;
    xmlFreeParserCtxt(context);

    if (state.failed) {
        result.error = state.error;
        return result;
    }
    if (!wellFormedEnough || !state.frames.empty()) {
        result.error = state.locate(0, 0, tr("the document ends before its elements close"));
        return result;
    }
    result.ok = true;
    result.warnings = state.warnings;
    return result;
}
