#include "OpmlWriter.h"

#include <QXmlStreamWriter>

namespace OpmlWriter {

namespace {

void writeOutlines(QXmlStreamWriter &xml, const QVector<OpmlOutline> &outlines)
{
    for (const OpmlOutline &outline : outlines) {
        xml.writeStartElement(QStringLiteral("outline"));
        xml.writeAttribute(QStringLiteral("text"), outline.title);
        xml.writeAttribute(QStringLiteral("title"), outline.title);
        if (outline.isSubscription()) {
            xml.writeAttribute(QStringLiteral("type"),
                               outline.type.isEmpty() ? QStringLiteral("rss") : outline.type);
            xml.writeAttribute(QStringLiteral("xmlUrl"), outline.feedUrl);
            if (!outline.siteUrl.isEmpty())
                xml.writeAttribute(QStringLiteral("htmlUrl"), outline.siteUrl);
        }
        writeOutlines(xml, outline.children);
        xml.writeEndElement();
    }
}

} // namespace

QByteArray write(const OpmlDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), document.title);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    writeOutlines(xml, document.outlines);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace OpmlWriter
