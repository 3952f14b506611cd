#include "EpisodeJson.h"

#include <QHash>
#include <QJsonArray>

namespace EpisodeJson {

namespace {

QJsonValue orNull(qint64 value, qint64 nullValue = -1)
{
    return value == nullValue ? QJsonValue() : QJsonValue(value);
}

QJsonValue clipRef(const EpisodeContent &content, qint64 clipId)
{
    const Clip *clip = clipId ? content.clipById(clipId) : nullptr;
    if (!clip)
        return QJsonValue();
    return QJsonObject {{QStringLiteral("id"), clip->id},
                        {QStringLiteral("startMs"), clip->startMs},
                        {QStringLiteral("endMs"), clip->endMs}};
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString typeName(Episode::Type type)
{
    switch (type) {
    case Episode::Type::Trailer:
        return QStringLiteral("trailer");
    case Episode::Type::Bonus:
        return QStringLiteral("bonus");
    case Episode::Type::Full:
        break;
    }
    return QStringLiteral("full");
}

// What a feed adds to `show --json` (all empty or null for pages and packs).
void insertFeedFields(QJsonObject *object, const EpisodeContent &content)
{
    const Episode &episode = content.episode;
    object->insert(QStringLiteral("descriptionHtml"), episode.descriptionHtml);
    object->insert(QStringLiteral("link"), orNull(episode.link));
    object->insert(QStringLiteral("imageUrl"), orNull(episode.imageUrl));
    object->insert(
            QStringLiteral("enclosure"),
            episode.enclosureUrl.isEmpty()
                    ? QJsonValue()
                    : QJsonObject {{QStringLiteral("url"), episode.enclosureUrl},
                                   {QStringLiteral("type"), orNull(episode.enclosureType)},
                                   {QStringLiteral("length"), orNull(episode.enclosureLength)}});
    QJsonArray persons;
    for (const EpisodePerson &person : episode.persons) {
        persons.append(QJsonObject {{QStringLiteral("name"), person.name},
                                    {QStringLiteral("role"), person.role},
                                    {QStringLiteral("group"), orNull(person.group)},
                                    {QStringLiteral("href"), orNull(person.href)},
                                    {QStringLiteral("imageUrl"), orNull(person.imageUrl)}});
    }
    object->insert(QStringLiteral("persons"), persons);

    QHash<QString, ChapterLink> links;
    for (const ChapterLink &link : content.chapterLinks)
        links.insert(link.clipKey, link);
    QJsonArray chapters;
    for (const Clip &clip : content.clips) {
        if (clip.kind != ClipKind::Chapter)
            continue;
        const ChapterLink link = links.value(clip.key);
        chapters.append(QJsonObject {{QStringLiteral("clip"), clip.id},
                                     {QStringLiteral("title"), clip.title},
                                     {QStringLiteral("startMs"), clip.startMs},
                                     {QStringLiteral("endMs"), clip.endMs},
                                     {QStringLiteral("url"), orNull(link.url)},
                                     {QStringLiteral("imageUrl"), orNull(link.imageUrl)}});
    }
    object->insert(QStringLiteral("chapterCount"), chapters.size());
    object->insert(QStringLiteral("chapters"), chapters);

    const TranscriptInfo &transcript = content.transcript;
    object->insert(QStringLiteral("transcript"),
                   !transcript.isAvailable()
                           ? QJsonValue()
                           : QJsonObject {{QStringLiteral("format"), transcript.format},
                                          {QStringLiteral("language"), orNull(transcript.language)},
                                          {QStringLiteral("source"), transcript.sourceUrl},
                                          {QStringLiteral("cues"), transcript.segmentCount}});
}

} // namespace

QJsonObject summary(const Episode &episode)
{
    return QJsonObject {
            {QStringLiteral("id"), episode.id},
            {QStringLiteral("guid"), episode.guid},
            {QStringLiteral("number"), orNull(episode.number)},
            {QStringLiteral("title"), episode.title},
            {QStringLiteral("show"),
             episode.show.isEmpty() ? QJsonValue() : QJsonValue(episode.show)},
            {QStringLiteral("guests"), QJsonArray::fromStringList(episode.guests)},
            {QStringLiteral("durationMs"), orNull(episode.durationMs)},
            {QStringLiteral("questionsAnswered"), orNull(episode.questionsAnswered)},
            {QStringLiteral("knownOnlyByTitle"), episode.knownOnlyByTitle},
            {QStringLiteral("hasAudio"), !episode.audio.isNull()},
            {QStringLiteral("season"), orNull(episode.season)},
            {QStringLiteral("type"), typeName(episode.type)},
            {QStringLiteral("feedGuid"), orNull(episode.feedGuid)},
    };
}

QJsonObject content(const EpisodeContent &content, const QString &audio)
{
    QJsonObject object = summary(content.episode);
    object.insert(QStringLiteral("description"), content.episode.description);
    object.insert(QStringLiteral("audio"), audio.isEmpty() ? QJsonValue() : QJsonValue(audio));

    QJsonArray topics;
    for (const Topic &topic : content.topics) {
        QJsonArray citations;
        for (const Citation &citation : topic.citations) {
            citations.append(
                    QJsonObject {{QStringLiteral("number"), citation.number},
                                 {QStringLiteral("sentence"), citation.sentence},
                                 {QStringLiteral("textStart"), citation.textStart},
                                 {QStringLiteral("textEnd"), citation.textEnd},
                                 {QStringLiteral("clip"), clipRef(content, citation.clipId)}});
        }
        topics.append(QJsonObject {{QStringLiteral("title"), topic.title},
                                   {QStringLiteral("summary"), topic.summary},
                                   {QStringLiteral("citations"), citations}});
    }
    object.insert(QStringLiteral("topics"), topics);

    QJsonArray clips;
    for (const Clip &clip : content.clips) {
        QJsonObject json {{QStringLiteral("id"), clip.id},
                          {QStringLiteral("kind"), clipKindName(clip.kind)},
                          {QStringLiteral("title"), clip.title},
                          {QStringLiteral("startMs"), clip.startMs},
                          {QStringLiteral("endMs"), clip.endMs},
                          {QStringLiteral("playCount"), clip.playCount}};
        if (clip.kind == ClipKind::Citation)
            json.insert(QStringLiteral("citation"), clip.citationNumber);
        clips.append(json);
    }
    object.insert(QStringLiteral("clips"), clips);

    QJsonArray highlights;
    for (const Highlight &highlight : content.highlights) {
        highlights.append(
                QJsonObject {{QStringLiteral("text"), highlight.text},
                             {QStringLiteral("clip"), clipRef(content, highlight.clipId)}});
    }
    object.insert(QStringLiteral("highlights"), highlights);

    QJsonArray questions;
    for (const Question &question : content.questions) {
        questions.append(QJsonObject {{QStringLiteral("text"), question.text},
                                      {QStringLiteral("clip"), clipRef(content, question.clipId)}});
    }
    object.insert(QStringLiteral("questions"), questions);

    QJsonArray related;
    for (const RelatedEpisode &entry : content.related) {
        related.append(
                QJsonObject {{QStringLiteral("title"), entry.title},
                             {QStringLiteral("number"), orNull(entry.number)},
                             {QStringLiteral("questionsAnswered"), orNull(entry.questionsAnswered)},
                             {QStringLiteral("episodeId"), orNull(entry.episodeId, 0)}});
    }
    object.insert(QStringLiteral("related"), related);
    insertFeedFields(&object, content);
    return object;
}

QJsonObject importResult(const ImportResult &result)
{
    QJsonArray ids;
    for (qint64 id : result.episodeIds)
        ids.append(id);
    QJsonValue error;
    if (result.error) {
        error = QJsonObject {
                {QStringLiteral("message"), result.error->toString()},
                {QStringLiteral("line"), orNull(result.error->line, 0)},
                {QStringLiteral("column"), orNull(result.error->column, 0)},
                {QStringLiteral("path"),
                 result.error->path.isEmpty() ? QJsonValue() : QJsonValue(result.error->path)}};
    }
    return QJsonObject {{QStringLiteral("path"), result.path},
                        {QStringLiteral("ok"), result.ok},
                        {QStringLiteral("format"),
                         result.format.isEmpty() ? QJsonValue() : QJsonValue(result.format)},
                        {QStringLiteral("episodes"), ids},
                        {QStringLiteral("error"), error}};
}

} // namespace EpisodeJson
