#include "FeedParser.h"

#include "EpisodeGuids.h"
#include "FeedBuilder.h"
#include "FeedBytes.h"
#include "XmlSaxParser.h"

#include <QCoreApplication>

namespace FeedParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FeedParser", text);
}

Parsed<Feed> failure(const QString &fileName, const QString &message)
{
    ImportError error;
    error.file = fileName;
    error.message = message;
    return Parsed<Feed>::failure(error);
}

} // namespace

Parsed<Feed> parse(const QByteArray &bytes, const QString &fileName, const Options &options)
{
    const FeedBytes::Prepared prepared = FeedBytes::prepare(bytes);
    if (!prepared.problem.isEmpty())
        return failure(fileName, prepared.problem);
    if (prepared.xml.trimmed().isEmpty())
        return failure(fileName, tr("the file is empty"));

    FeedBuilder builder(options.feedUrl, options.maxEpisodes, options.descriptionHtml);
    const XmlSaxParser::Result xml
            = XmlSaxParser::parse(prepared, fileName, options.feedUrl, builder);
    if (!xml.ok)
        return Parsed<Feed>::failure(xml.error);
    if (!builder.notAFeed().isEmpty())
        return failure(fileName,
                       tr("not a podcast feed: the document is %1, not <rss> or an Atom <feed>")
                               .arg(builder.notAFeed()));
    Feed feed = builder.takeFeed();
    feed.warnings = xml.warnings;
    EpisodeGuids::derive(feed.episodes, feed.show.title);
    return Parsed<Feed>::success(std::move(feed));
}

} // namespace FeedParser
