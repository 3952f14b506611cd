#include "ImportFormats.h"

#include "FeedBytes.h"

#include "import/EpisodePageParser.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace ImportFormats {

namespace {

// The first bytes after a BOM and blank space, lower case (gzip inflated first).
QByteArray head(const QByteArray &bytes)
{
    QByteArray start = bytes.left(64 * 1024);
    if (FeedBytes::isGzip(bytes)) {
        const std::optional<QByteArray> inflated = FeedBytes::gunzip(bytes);
        start = inflated ? inflated->left(64 * 1024) : QByteArray();
    }
    if (start.startsWith("\xef\xbb\xbf"))
        start.remove(0, 3);
    return start.trimmed().left(4096).toLower();
}

// The name of the root element ("rss", "opml", "rdf:rdf"...), past the XML declaration,
// processing instructions, comments and a DOCTYPE; empty when there is none.
QByteArray rootElement(const QByteArray &start)
{
    int at = 0;
    while (at < start.size()) {
        at = start.indexOf('<', at);
        if (at < 0)
            return QByteArray();
        if (start.mid(at, 4) == "<!--") {
            at = start.indexOf("-->", at);
        } else if (start.mid(at, 2) == "<?" || start.mid(at, 2) == "<!") {
            at = start.indexOf('>', at);
        } else {
            int end = at + 1;
            while (end < start.size() && !QChar::isSpace(uchar(start.at(end)))
                   && start.at(end) != '>' && start.at(end) != '/')
                ++end;
            return start.mid(at + 1, end - at - 1);
        }
        if (at < 0)
            return QByteArray();
    }
    return QByteArray();
}

bool looksLikeSrt(const QByteArray &start)
{
    static const QRegularExpression cue(
            QStringLiteral("^\\d+\\s*\\r?\\n\\s*\\d{1,2}:\\d{2}:\\d{2}[,.]\\d{1,3}\\s*-->"));
    return cue.match(QString::fromLatin1(start.left(200))).hasMatch();
}

} // namespace

Format detect(const QByteArray &bytes, const QString &fileName)
{
    const QByteArray start = head(bytes);
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (start.startsWith('<')) {
        const QByteArray root = rootElement(start);
        if (root == "opml")
            return Format::Opml;
        if (root == "rss" || root == "feed" || root == "rdf:rdf" || root == "channel")
            return Format::Feed;
        if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")
            || start.contains("<cite") || start.contains("<time"))
            return Format::Transcript;
        return Format::Feed; // the feed parser says what it is not, with its place
    }
    if (start.startsWith("webvtt") || looksLikeSrt(start))
        return Format::Transcript;
    if (start.startsWith('{')) {
        if (start.contains("\"citecastpack\"") || start.contains("\"citecastsidecar\""))
            return Format::Pack;
        if (start.contains("\"segments\""))
            return Format::Transcript;
        if (start.contains("\"chapters\""))
            return Format::Chapters;
        return Format::Pack;
    }
    if (suffix == QLatin1String("srt") || suffix == QLatin1String("vtt"))
        return Format::Transcript;
    return EpisodePageParser::looksLikePage(bytes) ? Format::Page : Format::Pack;
}

QString name(Format format)
{
    switch (format) {
    case Format::Page:
        return QStringLiteral("page");
    case Format::Pack:
        return QStringLiteral("pack");
    case Format::Feed:
        return QStringLiteral("feed");
    case Format::Opml:
        return QStringLiteral("opml");
    case Format::Chapters:
        return QStringLiteral("chapters");
    case Format::Transcript:
        return QStringLiteral("transcript");
    }
    return QString();
}

} // namespace ImportFormats
