#include "HtmlSanitizer.h"

#include "FeedUrl.h"

#include <QHash>
#include <QVector>

#include <libxml/HTMLparser.h>

namespace HtmlSanitizer {

namespace {

enum class Kind { Drop, DropWithContent, Inline, Block, Void, Image, Link, ListItem };

Kind kindOf(const QString &tag)
{
    static const QHash<QString, Kind> kinds = [] {
        QHash<QString, Kind> table;
        for (const char *name : {"b", "strong", "i", "em", "u", "s", "del", "ins", "small", "sup",
                                 "sub", "code", "cite", "q", "abbr", "span", "mark"})
            table.insert(QString::fromLatin1(name), Kind::Inline);
        for (const char *name :
             {"p",  "div", "blockquote", "pre", "ul",    "ol", "h1", "h2", "h3",    "h4",   "h5",
              "h6", "dl",  "dt",         "dd",  "table", "tr", "td", "th", "thead", "tbody"})
            table.insert(QString::fromLatin1(name), Kind::Block);
        for (const char *name :
             {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math",
              "head", "title", "audio", "video", "textarea", "select"})
            table.insert(QString::fromLatin1(name), Kind::DropWithContent);
        table.insert(QStringLiteral("a"), Kind::Link);
        table.insert(QStringLiteral("li"), Kind::ListItem);
        table.insert(QStringLiteral("br"), Kind::Void);
        table.insert(QStringLiteral("hr"), Kind::Void);
        table.insert(QStringLiteral("img"), Kind::Image);
        return table;
    }();
    return kinds.value(tag, Kind::Drop);
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char(':');
}

struct Tag
{
    QString name;
    bool closing = false;
    bool selfClosing = false;
    QVector<QPair<QString, QString>> attributes;

    QString attribute(const char *wanted) const
    {
        for (const auto &attribute : attributes) {
            if (attribute.first == QLatin1String(wanted))
                return attribute.second;
        }
        return {};
    }
};

// Reads the tag that starts at `html[i]` ('<' then a letter or '/'); returns the index after '>'.
// Attributes are skipped over but kept only `withAttributes`.
qsizetype readTag(const QString &html, qsizetype i, Tag *tag, bool withAttributes)
{
    const qsizetype n = html.size();
    ++i;
    if (i < n && html.at(i) == QLatin1Char('/')) {
        tag->closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < n && isNameChar(html.at(i)))
        ++i;
    tag->name = html.mid(nameStart, i - nameStart).toLower();
    while (i < n && html.at(i) != QLatin1Char('>')) {
        const QChar c = html.at(i);
        if (c == QLatin1Char('/')) {
            tag->selfClosing = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype attributeStart = i;
        while (i < n && !html.at(i).isSpace() && html.at(i) != QLatin1Char('=')
               && html.at(i) != QLatin1Char('>') && html.at(i) != QLatin1Char('/'))
            ++i;
        if (i == attributeStart) {
            ++i;
            continue;
        }
        const qsizetype nameEnd = i;
        while (i < n && html.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && html.at(i) == QLatin1Char('=')) {
            ++i;
            while (i < n && html.at(i).isSpace())
                ++i;
            if (i < n && (html.at(i) == QLatin1Char('"') || html.at(i) == QLatin1Char('\''))) {
                const QChar quote = html.at(i);
                const qsizetype close = html.indexOf(quote, i + 1);
                const qsizetype end = close < 0 ? n : close;
                if (withAttributes)
                    value = decodeEntities(QStringView(html).mid(i + 1, end - i - 1));
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !html.at(i).isSpace() && html.at(i) != QLatin1Char('>'))
                    ++i;
                if (withAttributes)
                    value = decodeEntities(QStringView(html).mid(valueStart, i - valueStart));
            }
        }
        if (withAttributes)
            tag->attributes.append(
                    {html.mid(attributeStart, nameEnd - attributeStart).toLower(), value});
    }
    return i < n ? i + 1 : n;
}

// Collects plain text with HTML's whitespace rules: runs of spaces become one, line breaks come
// only from the structure.
class PlainText
{
public:
    void addText(QStringView text)
    {
        const QChar *p = text.data();
        const QChar *end = p + text.size();
        while (p < end) {
            if (isCollapsible(*p)) {
                m_pendingSpace = true;
                ++p;
                continue;
            }
            const QChar *run = p;
            while (p < end && !isCollapsible(*p))
                ++p;
            if (m_pendingSpace && !m_text.isEmpty() && m_text.back() != QLatin1Char('\n')
                && m_text.back() != QLatin1Char(' '))
                m_text += QLatin1Char(' ');
            m_pendingSpace = false;
            m_text.append(run, p - run);
        }
    }
    void addBreak(int lines)
    {
        m_pendingSpace = false;
        while (m_text.endsWith(QLatin1Char(' ')))
            m_text.chop(1);
        if (m_text.isEmpty())
            return;
        int have = 0;
        while (have < m_text.size() && m_text.at(m_text.size() - 1 - have) == QLatin1Char('\n'))
            ++have;
        for (int k = have; k < lines; ++k)
            m_text += QLatin1Char('\n');
    }
    void addRaw(const QString &text)
    {
        m_pendingSpace = false;
        m_text += text;
    }
    QString result() const { return m_text.trimmed(); }
    void reserve(qsizetype size) { m_text.reserve(size); }

private:
    // HTML collapses whitespace, but a no-break space is a character like any other.
    static bool isCollapsible(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return u == ' ' || u == '\n' || u == '\t' || u == '\r' || u == '\f';
        return u != 0xa0 && c.isSpace();
    }

    QString m_text;
    bool m_pendingSpace = false;
};

bool isSafeLink(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
            || url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

} // namespace

QString escape(const QString &text)
{
    QString out;
    appendEscaped(out, text);
    return out;
}

void appendEscaped(QString &out, QStringView text)
{
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const char *entity = c == u'&' ? "&amp;"
                : c == u'<'            ? "&lt;"
                : c == u'>'            ? "&gt;"
                : c == u'"'            ? "&quot;"
                                       : nullptr;
        if (!entity)
            continue;
        out += text.mid(run, i - run);
        out += QLatin1String(entity);
        run = i + 1;
    }
    out += text.mid(run);
}

QString decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            continue;
        }
        const qsizetype semicolon = text.indexOf(QLatin1Char(';'), i + 1);
        if (semicolon < 0 || semicolon - i > 33) {
            out += c;
            continue;
        }
        const QStringView name = text.mid(i + 1, semicolon - i - 1);
        char32_t codePoint = 0;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const bool hex = name.size() > 1
                    && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
            codePoint = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (!ok || codePoint == 0 || codePoint > 0x10ffff)
                codePoint = 0;
        } else if (!name.isEmpty()) {
            const QByteArray latin = name.toLatin1();
            if (const htmlEntityDesc *entity
                = htmlEntityLookup(reinterpret_cast<const xmlChar *>(latin.constData())))
                codePoint = entity->value;
        }
        if (codePoint == 0) {
            out += c;
            continue;
        }
        out += QString::fromUcs4(&codePoint, 1);
        i = semicolon;
    }
    return out;
}

bool looksLikeHtml(const QString &text)
{
    qsizetype i = text.indexOf(QLatin1Char('<'));
    while (i >= 0 && i + 1 < text.size()) {
        qsizetype j = i + 1;
        if (text.at(j).isLetter() && text.at(j).unicode() < 128) {
            while (j < text.size() && text.at(j).unicode() < 128 && text.at(j).isLetterOrNumber())
                ++j;
            if (j < text.size()
                && (text.at(j) == QLatin1Char('>') || text.at(j) == QLatin1Char('/')
                    || (text.at(j).isSpace() && text.indexOf(QLatin1Char('>'), j) > 0)))
                return true;
        }
        i = text.indexOf(QLatin1Char('<'), i + 1);
    }
    return false;
}

namespace {

// One pass for both: with `WithHtml` false nothing but the plain text is made (toText()).
template<bool WithHtml>
Result convert(const QString &html, const QUrl &base)
{
    QString out;
    if constexpr (WithHtml)
        out.reserve(html.size());
    PlainText plain;
    plain.reserve(html.size());
    QStringList open; // allowed tags opened and not yet closed
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        const qsizetype textEnd = lt < 0 ? n : lt;
        if (textEnd > i) {
            const QStringView raw = QStringView(html).mid(i, textEnd - i);
            if (raw.contains(QLatin1Char('&'))) {
                const QString text = decodeEntities(raw);
                if constexpr (WithHtml)
                    appendEscaped(out, text);
                plain.addText(text);
            } else {
                if constexpr (WithHtml)
                    appendEscaped(out, raw);
                plain.addText(raw);
            }
            i = textEnd;
            continue;
        }
        // html.at(i) == '<'
        if (QStringView(html).mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const QChar next = i + 1 < n ? html.at(i + 1) : QChar();
        if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (!next.isLetter() && next != QLatin1Char('/')) {
            if constexpr (WithHtml)
                out += QStringLiteral("&lt;");
            plain.addText(u"<");
            ++i;
            continue;
        }
        Tag tag;
        i = readTag(html, i, &tag, WithHtml);
        const Kind kind = kindOf(tag.name);
        if (tag.closing) {
            if constexpr (WithHtml) {
                const qsizetype at = open.lastIndexOf(tag.name);
                if (at >= 0) {
                    while (open.size() > at)
                        out += QStringLiteral("</") + open.takeLast() + QLatin1Char('>');
                }
            }
            if (kind == Kind::Block)
                plain.addBreak(tag.name == QLatin1String("td") ? 0 : 2);
            else if (kind == Kind::ListItem)
                plain.addBreak(1);
            continue;
        }
        switch (kind) {
        case Kind::DropWithContent: {
            if (tag.selfClosing)
                break;
            const qsizetype end
                    = html.indexOf(QStringLiteral("</") + tag.name, i, Qt::CaseInsensitive);
            const qsizetype close = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
            i = close < 0 ? n : close + 1;
            break;
        }
        case Kind::Drop:
            break;
        case Kind::Void:
            if constexpr (WithHtml)
                out += QLatin1Char('<') + tag.name + QLatin1Char('>');
            plain.addBreak(1);
            break;
        case Kind::Image: {
            if constexpr (WithHtml) {
                const QString source = FeedUrl::resolve(base, tag.attribute("src"));
                const QString alt = tag.attribute("alt").simplified();
                const QString label = alt.isEmpty() ? QStringLiteral("[image]")
                                                    : QStringLiteral("[image: %1]").arg(alt);
                if (isSafeLink(source))
                    out += QStringLiteral("<a href=\"%1\" class=\"image\">%2</a>")
                                   .arg(escape(source), escape(label));
            }
            break;
        }
        case Kind::Link: {
            if constexpr (WithHtml) {
                const QString href = FeedUrl::resolve(base, tag.attribute("href"));
                if (!isSafeLink(href) || tag.selfClosing)
                    break;
                out += QStringLiteral("<a href=\"") + escape(href) + QStringLiteral("\">");
                open << tag.name;
            }
            break;
        }
        case Kind::ListItem:
            plain.addBreak(1);
            plain.addRaw(QStringLiteral("\u2022 "));
            Q_FALLTHROUGH();
        case Kind::Block:
        case Kind::Inline:
            if (kind == Kind::Block)
                plain.addBreak(tag.name == QLatin1String("td") ? 0 : 2);
            if (tag.selfClosing)
                break;
            if constexpr (WithHtml) {
                out += QLatin1Char('<') + tag.name + QLatin1Char('>');
                open << tag.name;
            }
            break;
        }
    }
    while (!open.isEmpty())
        out += QStringLiteral("</") + open.takeLast() + QLatin1Char('>');
    return {out.trimmed(), plain.result()};
}

} // namespace

Result sanitize(const QString &html, const QUrl &base)
{
    return convert<true>(html, base);
}

QString toText(const QString &html)
{
    return convert<false>(html, QUrl()).text;
}

} // namespace HtmlSanitizer
