#include "OpmlParser.h"

#include "FeedUrl.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace OpmlParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpmlParser", text);
}

ImportError errorAt(const QString &fileName, const QXmlStreamReader &xml, const QString &message)
{
    ImportError error;
    error.file = fileName;
    error.line = int(xml.lineNumber());
    error.column = int(xml.columnNumber());
    error.message = message;
    return error;
}

// Reads the outlines inside the current element until its end tag.
QVector<OpmlOutline> readOutlines(QXmlStreamReader &xml)
{
    QVector<OpmlOutline> outlines;
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("outline")) {
            xml.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        OpmlOutline outline;
        outline.title = attributes.value(QLatin1String("title")).toString().simplified();
        if (outline.title.isEmpty())
            outline.title = attributes.value(QLatin1String("text")).toString().simplified();
        outline.feedUrl = FeedUrl::normalizeFeedAddress(
                attributes.value(QLatin1String("xmlUrl")).toString());
        outline.siteUrl = attributes.value(QLatin1String("htmlUrl")).toString().trimmed();
        outline.type = attributes.value(QLatin1String("type")).toString().trimmed();
        outline.children = readOutlines(xml);
        if (outline.isSubscription() || !outline.children.isEmpty())
            outlines << outline;
    }
    return outlines;
}

} // namespace

Parsed<OpmlDocument> parse(const QByteArray &bytes, const QString &fileName)
{
    using Result = Parsed<OpmlDocument>;
    QXmlStreamReader xml(bytes.trimmed());
    OpmlDocument document;
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("opml")) {
        if (xml.hasError())
            return Result::failure(errorAt(fileName, xml, xml.errorString()));
        return Result::failure(errorAt(fileName, xml, tr("not an OPML file: no <opml> element")));
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("head")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("title"))
                    document.title = xml.readElementText().simplified();
                else
                    xml.skipCurrentElement();
            }
        } else if (xml.name() == QLatin1String("body")) {
            document.outlines << readOutlines(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return Result::failure(errorAt(fileName, xml, xml.errorString()));
    return Result::success(document);
}

} // namespace OpmlParser
