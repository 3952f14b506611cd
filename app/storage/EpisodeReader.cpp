#include "EpisodeReader.h"

#include "SqlHelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const char *const episodeColumns
        = "e.id, e.guid, COALESCE(s.title, ''), e.number, e.title, e.description, e.published_ms, "
          "e.duration_ms, e.questions_answered, e.known_only_by_title, e.audio_kind, "
          "e.audio_location, e.source_path, "
          "(SELECT group_concat(name, char(31)) FROM (SELECT name FROM episode_people p "
          " WHERE p.episode_id = e.id AND p.role = 'guest' ORDER BY position)), "
          "e.feed_guid, e.link, e.image_url, e.season, e.episode_type, e.description_html, "
          "e.enclosure_url, e.enclosure_type, e.enclosure_length";

Episode episodeFromQuery(const QSqlQuery &query)
{
    Episode episode;
    episode.id = query.value(0).toLongLong();
    episode.guid = query.value(1).toString();
    episode.show = query.value(2).toString();
    episode.number = query.value(3).isNull() ? -1 : query.value(3).toInt();
    episode.title = query.value(4).toString();
    episode.description = query.value(5).toString();
    if (!query.value(6).isNull())
        episode.published = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
    episode.durationMs = query.value(7).isNull() ? -1 : query.value(7).toLongLong();
    episode.questionsAnswered = query.value(8).isNull() ? -1 : query.value(8).toInt();
    episode.knownOnlyByTitle = query.value(9).toBool();
    episode.audio.kind = static_cast<AudioSource::Kind>(query.value(10).toInt());
    episode.audio.location = query.value(11).toString();
    episode.sourcePath = query.value(12).toString();
    const QString people = query.value(13).toString();
    if (!people.isEmpty())
        episode.guests = people.split(QChar(31));
    episode.feedGuid = query.value(14).toString();
    episode.link = query.value(15).toString();
    episode.imageUrl = query.value(16).toString();
    episode.season = query.value(17).isNull() ? -1 : query.value(17).toInt();
    episode.type = static_cast<Episode::Type>(query.value(18).toInt());
    episode.descriptionHtml = query.value(19).toString();
    episode.enclosureUrl = query.value(20).toString();
    episode.enclosureType = query.value(21).toString();
    episode.enclosureLength = query.value(22).isNull() ? -1 : query.value(22).toLongLong();
    return episode;
}

qint64 idOrZero(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace

EpisodeReader::EpisodeReader(QSqlDatabase db, QString libraryPath)
    : m_db(std::move(db))
    , m_libraryPath(std::move(libraryPath))
{ }

QVector<Episode> EpisodeReader::episodes()
{
    QVector<Episode> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT %1 FROM episodes e LEFT JOIN shows s ON s.id = e.show_id "
                                  "ORDER BY e.known_only_by_title, e.number IS NULL, e.number, "
                                  "e.title COLLATE NOCASE")
                           .arg(QLatin1String(episodeColumns)),
                   {}, &m_error))
        return result;
    while (query.next())
        result << episodeFromQuery(query);
    return result;
}

QVector<Episode> EpisodeReader::episodeList()
{
    return episodeList(0, -1);
}

QVector<Episode> EpisodeReader::episodeList(int offset, int limit)
{
    QVector<Episode> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT e.id, e.guid, COALESCE(s.title, ''), e.number, e.title, "
                                  "e.duration_ms, e.questions_answered, e.known_only_by_title, "
                                  "e.audio_kind, e.audio_location, e.published_ms FROM episodes e "
                                  "LEFT JOIN shows s ON s.id = e.show_id "
                                  "ORDER BY e.known_only_by_title, e.number IS NULL, e.number, "
                                  "e.title COLLATE NOCASE, e.id LIMIT ? OFFSET ?"),
                   {limit, qMax(0, offset)}, &m_error))
        return result;
    QStringList ids;
    while (query.next()) {
        Episode episode;
        episode.id = query.value(0).toLongLong();
        episode.guid = query.value(1).toString();
        episode.show = query.value(2).toString();
        episode.number = query.value(3).isNull() ? -1 : query.value(3).toInt();
        episode.title = query.value(4).toString();
        episode.durationMs = query.value(5).isNull() ? -1 : query.value(5).toLongLong();
        episode.questionsAnswered = query.value(6).isNull() ? -1 : query.value(6).toInt();
        episode.knownOnlyByTitle = query.value(7).toBool();
        episode.audio.kind = static_cast<AudioSource::Kind>(query.value(8).toInt());
        episode.audio.location = query.value(9).toString();
        if (!query.value(10).isNull())
            episode.published
                    = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
        if (limit >= 0)
            ids << QString::number(episode.id);
        result << episode;
    }
    if (result.isEmpty())
        return result;
    // Guests in one pass over episode_people (all of it for the whole list, else the page's rows)
    // rather than one subquery per episode. The ids are integers read above.
    QString rows;
    if (limit >= 0)
        rows = QStringLiteral(" AND episode_id IN (") + ids.join(QLatin1Char(','))
                + QLatin1Char(')');
    if (!Sql::exec(
                query,
                QStringLiteral("SELECT episode_id, name FROM episode_people WHERE role = 'guest'")
                        + rows + QStringLiteral(" ORDER BY episode_id, position"),
                {}, &m_error))
        return {};
    QHash<qint64, QStringList> guests;
    while (query.next())
        guests[query.value(0).toLongLong()] << query.value(1).toString();
    for (Episode &episode : result)
        episode.guests = guests.value(episode.id);
    return result;
}

QSet<qint64> EpisodeReader::episodesWithTranscript()
{
    QSet<qint64> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral("SELECT episode_id FROM transcripts"), {}, &m_error))
        return result;
    while (query.next())
        result.insert(query.value(0).toLongLong());
    return result;
}

std::optional<Episode> EpisodeReader::episodeWhere(const QString &condition, const QVariant &value)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT %1 FROM episodes e LEFT JOIN shows s ON s.id = e.show_id "
                                  "WHERE %2")
                           .arg(QLatin1String(episodeColumns), condition),
                   {value}, &m_error)
        || !query.next())
        return std::nullopt;
    return episodeFromQuery(query);
}

std::optional<Episode> EpisodeReader::episode(qint64 id)
{
    return episodeWhere(QStringLiteral("e.id = ?"), id);
}

std::optional<Episode> EpisodeReader::findEpisode(const QString &idOrGuid)
{
    bool isNumber = false;
    const qint64 id = idOrGuid.toLongLong(&isNumber);
    if (isNumber) {
        if (auto found = episode(id))
            return found;
    }
    return episodeWhere(QStringLiteral("e.guid = ?"), idOrGuid);
}

QVector<Clip> EpisodeReader::clips(qint64 episodeId)
{
    QVector<Clip> result;
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, clip_key, kind, citation_number, title, start_ms, "
                                  "end_ms, play_count FROM clips WHERE episode_id = ? "
                                  "ORDER BY start_ms, kind, id"),
                   {episodeId}, &m_error))
        return result;
    while (query.next()) {
        Clip clip;
        clip.id = query.value(0).toLongLong();
        clip.key = query.value(1).toString();
        clip.kind = static_cast<ClipKind>(query.value(2).toInt());
        clip.citationNumber = query.value(3).toInt();
        clip.title = query.value(4).toString();
        clip.startMs = query.value(5).toLongLong();
        clip.endMs = query.value(6).toLongLong();
        clip.playCount = query.value(7).toInt();
        result << clip;
    }
    return result;
}

QVector<Topic> EpisodeReader::topics(qint64 episodeId)
{
    QVector<Topic> result;
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, title, summary FROM topics WHERE episode_id = ? "
                                  "ORDER BY position"),
                   {episodeId}, &m_error))
        return result;
    while (query.next()) {
        Topic topic;
        topic.id = query.value(0).toLongLong();
        topic.title = query.value(1).toString();
        topic.summary = query.value(2).toString();
        result << topic;
    }
    for (Topic &topic : result) {
        if (!Sql::exec(query,
                       QStringLiteral("SELECT number, sentence, text_start, text_end, clip_id "
                                      "FROM citations WHERE topic_id = ? ORDER BY position"),
                       {topic.id}, &m_error))
            return result;
        while (query.next()) {
            Citation citation;
            citation.number = query.value(0).toInt();
            citation.sentence = query.value(1).toString();
            citation.textStart = query.value(2).toInt();
            citation.textEnd = query.value(3).toInt();
            citation.clipId = idOrZero(query.value(4));
            topic.citations << citation;
        }
    }
    return result;
}

std::optional<EpisodeContent> EpisodeReader::content(qint64 id)
{
    std::optional<Episode> found = episode(id);
    if (!found)
        return std::nullopt;
    EpisodeContent content;
    content.episode = *found;
    content.clips = clips(id);
    content.topics = topics(id);
    content.episode.persons = persons(id);
    content.chapterLinks = chapterLinks(id);
    content.transcript = transcript(id);

    QSqlQuery query(m_db);
    if (Sql::exec(query,
                  QStringLiteral("SELECT h.id, h.text, h.clip_id, c.clip_key FROM highlights h "
                                 "LEFT JOIN clips c ON c.id = h.clip_id WHERE h.episode_id = ? "
                                 "ORDER BY h.position"),
                  {id}, &m_error)) {
        while (query.next()) {
            content.highlights << Highlight {query.value(0).toLongLong(), query.value(1).toString(),
                                             query.value(3).toString(), idOrZero(query.value(2))};
        }
    }
    if (Sql::exec(query,
                  QStringLiteral("SELECT q.id, q.text, q.clip_id, c.clip_key FROM questions q "
                                 "LEFT JOIN clips c ON c.id = q.clip_id WHERE q.episode_id = ? "
                                 "ORDER BY q.position"),
                  {id}, &m_error)) {
        while (query.next()) {
            content.questions << Question {query.value(0).toLongLong(), query.value(1).toString(),
                                           query.value(3).toString(), idOrZero(query.value(2))};
        }
    }
    if (Sql::exec(
                query,
                QStringLiteral("SELECT title, guid, number, questions_answered, target_episode_id "
                               "FROM related_episodes WHERE episode_id = ? ORDER BY position"),
                {id}, &m_error)) {
        while (query.next()) {
            RelatedEpisode related;
            related.title = query.value(0).toString();
            related.guid = query.value(1).toString();
            related.number = query.value(2).isNull() ? -1 : query.value(2).toInt();
            related.questionsAnswered = query.value(3).isNull() ? -1 : query.value(3).toInt();
            related.episodeId = idOrZero(query.value(4));
            content.related << related;
        }
    }
    return content;
}

QVector<EpisodePerson> EpisodeReader::persons(qint64 episodeId)
{
    QVector<EpisodePerson> result;
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT name, role, person_group, href, image_url FROM "
                                  "episode_people WHERE episode_id = ? ORDER BY position"),
                   {episodeId}, &m_error))
        return result;
    while (query.next()) {
        result << EpisodePerson {query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(), query.value(3).toString(),
                                 query.value(4).toString()};
    }
    return result;
}

QVector<ChapterLink> EpisodeReader::chapterLinks(qint64 episodeId)
{
    QVector<ChapterLink> result;
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT c.clip_key, l.url, l.image_url FROM chapter_links l "
                                  "JOIN clips c ON c.id = l.clip_id WHERE c.episode_id = ? "
                                  "ORDER BY c.start_ms, c.id"),
                   {episodeId}, &m_error))
        return result;
    while (query.next()) {
        result << ChapterLink {query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toString()};
    }
    return result;
}

TranscriptInfo EpisodeReader::transcript(qint64 episodeId)
{
    TranscriptInfo info;
    QSqlQuery query(m_db);
    if (Sql::exec(query,
                  QStringLiteral("SELECT t.source_url, t.format, t.language, "
                                 "(SELECT count(*) FROM transcript_segments s "
                                 " WHERE s.episode_id = t.episode_id) "
                                 "FROM transcripts t WHERE t.episode_id = ?"),
                  {episodeId}, &m_error)
        && query.next()) {
        info.sourceUrl = query.value(0).toString();
        info.format = query.value(1).toString();
        info.language = query.value(2).toString();
        info.segmentCount = query.value(3).toInt();
    }
    return info;
}

QString EpisodeReader::resolvedAudio(const AudioSource &audio) const
{
    if (audio.isNull())
        return QString();
    if (audio.kind == AudioSource::Kind::Url || QDir::isAbsolutePath(audio.location))
        return audio.location;
    return QFileInfo(m_libraryPath).absoluteDir().absoluteFilePath(audio.location);
}
