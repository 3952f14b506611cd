#include "FeedJson.h"

namespace FeedJson {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(qint64 value)
{
    return value < 0 ? QJsonValue() : QJsonValue(value);
}

QJsonArray persons(const QVector<FeedPerson> &persons)
{
    QJsonArray array;
    for (const FeedPerson &person : persons)
        array.append(QJsonObject {{QStringLiteral("name"), person.name},
                                  {QStringLiteral("role"), person.role},
                                  {QStringLiteral("group"), person.group},
                                  {QStringLiteral("href"), orNull(person.href)},
                                  {QStringLiteral("img"), orNull(person.img)}});
    return array;
}

} // namespace

QString episodeTypeName(EpisodeType type)
{
    switch (type) {
    case EpisodeType::Trailer:
        return QStringLiteral("trailer");
    case EpisodeType::Bonus:
        return QStringLiteral("bonus");
    case EpisodeType::Full:
        break;
    }
    return QStringLiteral("full");
}

QJsonArray chapters(const ChapterList &chapters)
{
    QJsonArray array;
    for (const Chapter &chapter : chapters) {
        QJsonObject object {{QStringLiteral("startMs"), chapter.startMs},
                            {QStringLiteral("endMs"), orNull(chapter.endMs)},
                            {QStringLiteral("title"), chapter.title},
                            {QStringLiteral("image"), orNull(chapter.image)},
                            {QStringLiteral("url"), orNull(chapter.url)}};
        if (!chapter.toc)
            object.insert(QStringLiteral("toc"), false);
        array.append(object);
    }
    return array;
}

QJsonArray transcript(const Transcript &segments)
{
    QJsonArray array;
    for (const TranscriptSegment &segment : segments)
        array.append(QJsonObject {{QStringLiteral("startMs"), segment.startMs},
                                  {QStringLiteral("endMs"), segment.endMs},
                                  {QStringLiteral("speaker"), orNull(segment.speaker)},
                                  {QStringLiteral("text"), segment.text}});
    return array;
}

QJsonObject show(const FeedShow &show)
{
    return {{QStringLiteral("title"), show.title},
            {QStringLiteral("link"), orNull(show.link)},
            {QStringLiteral("image"), orNull(show.image)},
            {QStringLiteral("author"), orNull(show.author)},
            {QStringLiteral("description"), show.descriptionText},
            {QStringLiteral("language"), orNull(show.language)},
            {QStringLiteral("newFeedUrl"), orNull(show.newFeedUrl)},
            {QStringLiteral("type"), orNull(show.type)},
            {QStringLiteral("podcastGuid"), orNull(show.podcastGuid)},
            {QStringLiteral("persons"), persons(show.persons)}};
}

QJsonObject episode(const FeedEpisode &episode)
{
    QJsonValue enclosure;
    if (!episode.enclosure.isNull())
        enclosure = QJsonObject {{QStringLiteral("url"), episode.enclosure.url},
                                 {QStringLiteral("length"), episode.enclosure.length},
                                 {QStringLiteral("type"), orNull(episode.enclosure.type)}};
    QJsonValue chaptersLink;
    if (!episode.chaptersLink.isNull())
        chaptersLink = QJsonObject {{QStringLiteral("url"), episode.chaptersLink.url},
                                    {QStringLiteral("type"), orNull(episode.chaptersLink.type)}};
    QJsonArray soundbites;
    for (const Soundbite &soundbite : episode.soundbites)
        soundbites.append(QJsonObject {{QStringLiteral("startMs"), soundbite.startMs},
                                       {QStringLiteral("durationMs"), soundbite.durationMs},
                                       {QStringLiteral("title"), soundbite.title}});
    QJsonArray transcripts;
    for (const TranscriptLink &link : episode.transcripts)
        transcripts.append(QJsonObject {{QStringLiteral("url"), link.url},
                                        {QStringLiteral("type"), link.type},
                                        {QStringLiteral("language"), orNull(link.language)},
                                        {QStringLiteral("rel"), orNull(link.rel)}});
    return {{QStringLiteral("guid"), episode.guid},
            {QStringLiteral("guidDerived"), episode.guidDerived},
            {QStringLiteral("title"), episode.title},
            {QStringLiteral("published"),
             episode.published.isValid()
                     ? QJsonValue(episode.published.toUTC().toString(Qt::ISODate))
                     : QJsonValue()},
            {QStringLiteral("durationMs"), orNull(episode.durationMs)},
            {QStringLiteral("enclosure"), enclosure},
            {QStringLiteral("link"), orNull(episode.link)},
            {QStringLiteral("image"), orNull(episode.image)},
            {QStringLiteral("chapters"), chapters(episode.chapters)},
            {QStringLiteral("chaptersUrl"), chaptersLink},
            {QStringLiteral("soundbites"), soundbites},
            {QStringLiteral("transcripts"), transcripts},
            {QStringLiteral("persons"), persons(episode.persons)},
            {QStringLiteral("season"),
             episode.season > 0 ? QJsonValue(episode.season) : QJsonValue()},
            {QStringLiteral("number"),
             episode.number > 0 ? QJsonValue(episode.number) : QJsonValue()},
            {QStringLiteral("episodeType"), episodeTypeName(episode.type)},
            {QStringLiteral("description"), episode.descriptionText}};
}

QJsonObject feed(const Feed &feed)
{
    QJsonArray episodes;
    for (const FeedEpisode &item : feed.episodes)
        episodes.append(episode(item));
    QJsonArray warnings;
    for (const ImportError &warning : feed.warnings)
        warnings.append(warning.toString());
    return {{QStringLiteral("show"), show(feed.show)},
            {QStringLiteral("episodes"), episodes},
            {QStringLiteral("warnings"), warnings}};
}

} // namespace FeedJson
