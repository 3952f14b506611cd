#include "EpisodeWriter.h"

#include "SqlHelpers.h"
#include "domain/EpisodeIdentity.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// "5, 6": the integer values of `kinds`, for an IN (...) list.
QString kindList(const QVector<ClipKind> &kinds)
{
    QStringList values;
    for (ClipKind kind : kinds)
        values << QString::number(static_cast<int>(kind));
    return values.join(QStringLiteral(", "));
}

} // namespace

EpisodeWriter::EpisodeWriter(QSqlDatabase db, QString libraryPath)
    : m_db(std::move(db))
    , m_libraryPath(std::move(libraryPath))
{ }

void EpisodeWriter::setReplacedClipKinds(const QVector<ClipKind> &kinds)
{
    m_replacedClipKinds = kinds;
}

void EpisodeWriter::setKeepsPageContent(bool keep)
{
    m_keepsPageContent = keep;
}

qint64 EpisodeWriter::write(const EpisodeContent &content)
{
    m_error.clear();
    const qint64 id = writeContent(content);
    // No statement stays part-way through its rows: the caller's commit or rollback may follow.
    for (auto &entry : m_statements)
        entry.second.finish();
    return id;
}

bool EpisodeWriter::run(QSqlQuery *&query, const QString &sql,
                        std::initializer_list<QVariant> values, QString *error)
{
    // Each statement is prepared once per writer: preparing one whose table has search triggers
    // compiles the triggers too, which cost more than running it.
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        QSqlQuery prepared(m_db);
        prepared.setForwardOnly(true);
        if (!prepared.prepare(sql)) {
            *error = prepared.lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')');
            return false;
        }
        found = m_statements.emplace(sql, std::move(prepared)).first;
    }
    query = &found->second;
    int position = 0;
    for (const QVariant &value : values) {
        // A null QString would be stored as NULL; text columns hold '' instead (as Sql::exec).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query->bindValue(position++, QString(QLatin1String("")));
        else
            query->bindValue(position++, value);
    }
    if (!query->exec()) {
        *error = query->lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')');
        return false;
    }
    return true;
}

qint64 EpisodeWriter::writeContent(const EpisodeContent &content)
{
    const qint64 existing = findEpisodeForWrite(content.episode);
    if (!m_error.isEmpty())
        return 0;
    const qint64 episodeId = writeEpisodeRow(content.episode, existing);
    if (episodeId == 0)
        return 0;

    QHash<QString, qint64> clipIds;
    if (!writePeople(episodeId, content.episode) || !writeClips(episodeId, content.clips, &clipIds))
        return 0;
    if (m_keepsPageContent)
        return episodeId;
    if (!writeTopics(episodeId, content.topics, clipIds)
        || !writeHighlights(episodeId, content.highlights, clipIds)
        || !writeQuestions(episodeId, content.questions, clipIds)
        || !writeRelated(episodeId, content.related))
        return 0;
    return episodeId;
}

qint64 EpisodeWriter::showId(const QString &title)
{
    if (title.trimmed().isEmpty())
        return 0;
    QSqlQuery *query = nullptr;
    if (!run(query, QStringLiteral("INSERT OR IGNORE INTO shows (title) VALUES (?)"),
             {title.trimmed()}, &m_error)
        || !run(query, QStringLiteral("SELECT id FROM shows WHERE title = ?"), {title.trimmed()},
                &m_error)
        || !query->next())
        return 0;
    return query->value(0).toLongLong();
}

qint64 EpisodeWriter::findEpisodeForWrite(const Episode &episode)
{
    QSqlQuery *query = nullptr;
    if (!run(query, QStringLiteral("SELECT id FROM episodes WHERE guid = ?"), {episode.guid},
             &m_error))
        return 0;
    if (query->next())
        return query->value(0).toLongLong();
    // An episode first seen only by title (a related episode) becomes this one.
    if (!run(query,
             QStringLiteral(
                     "SELECT id FROM episodes WHERE title_key = ? AND known_only_by_title = 1 "
                     "ORDER BY id LIMIT 1"),
             {EpisodeIdentity::guidForTitle(episode.title)}, &m_error))
        return 0;
    return query->next() ? query->value(0).toLongLong() : 0;
}

QString EpisodeWriter::storedAudioLocation(const AudioSource &audio) const
{
    if (audio.kind != AudioSource::Kind::File || m_libraryPath.isEmpty())
        return audio.location;
    const QDir libraryDir = QFileInfo(m_libraryPath).absoluteDir();
    const QString relative
            = libraryDir.relativeFilePath(QFileInfo(audio.location).absoluteFilePath());
    return relative.startsWith(QStringLiteral("../")) ? audio.location : relative;
}

qint64 EpisodeWriter::writeEpisodeRow(const Episode &episode, qint64 existingId)
{
    const qint64 show = showId(episode.show);
    if (!m_error.isEmpty())
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariant published = episode.published.isValid()
            ? QVariant(episode.published.toMSecsSinceEpoch())
            : QVariant(QMetaType::fromType<qint64>());
    QSqlQuery *query = nullptr;
    if (existingId != 0) {
        // Only a real change touches the row (and its updated time): re-importing the same file
        // leaves the library exactly as it was.
        QVariantList values = {episode.guid,
                               Sql::nullIfZero(show),
                               Sql::nullIf(episode.number, -1),
                               episode.title,
                               EpisodeIdentity::guidForTitle(episode.title),
                               episode.description,
                               published,
                               Sql::nullIf(episode.durationMs, -1),
                               Sql::nullIf(episode.questionsAnswered, -1),
                               0,
                               static_cast<int>(episode.audio.kind),
                               storedAudioLocation(episode.audio),
                               episode.sourcePath};
        if (!run(query,
                 QStringLiteral("SELECT guid, show_id, number, title, title_key, description, "
                                "published_ms, duration_ms, questions_answered, "
                                "known_only_by_title, audio_kind, audio_location, source_path "
                                "FROM episodes WHERE id = ?"),
                 {existingId}, &m_error)
            || !query->next())
            return 0;
        if (episode.audio.isNull()) {
            // A source that names no audio (a page over a feed's episode) keeps the stored one.
            values[10] = query->value(10);
            values[11] = query->value(11);
        }
        bool changed = false;
        for (int i = 0; i < values.size() && !changed; ++i)
            changed = !Sql::sameValue(query->value(i), values.at(i));
        if (!changed)
            return existingId;
        if (!run(query,
                 QStringLiteral(
                         "UPDATE episodes SET guid = ?, show_id = ?, number = ?, title = ?, "
                         "title_key = ?, description = ?, published_ms = ?, duration_ms = ?, "
                         "questions_answered = ?, known_only_by_title = ?, audio_kind = ?, "
                         "audio_location = ?, source_path = ?, updated_ms = ? WHERE id = ?"),
                 {values.at(0), values.at(1), values.at(2), values.at(3), values.at(4),
                  values.at(5), values.at(6), values.at(7), values.at(8), values.at(9),
                  values.at(10), values.at(11), values.at(12), now, existingId},
                 &m_error))
            return 0;
        return existingId;
    }
    if (!run(query,
             QStringLiteral("INSERT INTO episodes (guid, show_id, number, title, title_key, "
                            "description, published_ms, duration_ms, questions_answered, "
                            "audio_kind, audio_location, source_path, imported_ms, updated_ms) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {episode.guid, Sql::nullIfZero(show), Sql::nullIf(episode.number, -1), episode.title,
              EpisodeIdentity::guidForTitle(episode.title), episode.description, published,
              Sql::nullIf(episode.durationMs, -1), Sql::nullIf(episode.questionsAnswered, -1),
              static_cast<int>(episode.audio.kind), storedAudioLocation(episode.audio),
              episode.sourcePath, now, now},
             &m_error))
        return 0;
    return query->lastInsertId().toLongLong();
}

bool EpisodeWriter::writePeople(qint64 episodeId, const Episode &episode)
{
    // A feed names everyone with a role and replaces them all; a page names only its guests and
    // replaces only the guests, keeping the hosts and others a feed named.
    QVector<EpisodePerson> people = episode.persons;
    QSqlQuery *query = nullptr;
    if (people.isEmpty()) {
        if (!run(query,
                 QStringLiteral("SELECT name, role, person_group, href, image_url FROM "
                                "episode_people WHERE episode_id = ? AND role <> 'guest' "
                                "ORDER BY position"),
                 {episodeId}, &m_error))
            return false;
        while (query->next()) {
            people.append(EpisodePerson {query->value(0).toString(), query->value(1).toString(),
                                         query->value(2).toString(), query->value(3).toString(),
                                         query->value(4).toString()});
        }
        for (const QString &guest : episode.guests)
            people.append(EpisodePerson {guest, QStringLiteral("guest"), {}, {}, {}});
    }
    if (!run(query, QStringLiteral("DELETE FROM episode_people WHERE episode_id = ?"), {episodeId},
             &m_error))
        return false;
    for (int i = 0; i < people.size(); ++i) {
        const EpisodePerson &person = people.at(i);
        if (!run(query,
                 QStringLiteral("INSERT INTO episode_people (episode_id, position, name, "
                                "role, person_group, href, image_url) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {episodeId, i, person.name, person.role, person.group, person.href,
                  person.imageUrl},
                 &m_error))
            return false;
    }
    return true;
}

bool EpisodeWriter::writeClips(qint64 episodeId, const QVector<Clip> &clips,
                               QHash<QString, qint64> *idsByKey)
{
    QSqlQuery *query = nullptr;
    if (!run(query, QStringLiteral("SELECT clip_key, id FROM clips WHERE episode_id = ?"),
             {episodeId}, &m_error))
        return false;
    QHash<QString, qint64> existing;
    while (query->next())
        existing.insert(query->value(0).toString(), query->value(1).toLongLong());

    for (const Clip &clip : clips) {
        const QVariant number = clip.kind == ClipKind::Citation
                ? QVariant(clip.citationNumber)
                : QVariant(QMetaType::fromType<int>());
        const auto found = existing.constFind(clip.key);
        if (found != existing.constEnd()) {
            // Play counts belong to the user, not the import: keep them.
            if (!run(query,
                     QStringLiteral("UPDATE clips SET kind = ?, citation_number = ?, title = ?, "
                                    "start_ms = ?, end_ms = ? WHERE id = ?"),
                     {static_cast<int>(clip.kind), number, clip.title, clip.startMs, clip.endMs,
                      found.value()},
                     &m_error))
                return false;
            idsByKey->insert(clip.key, found.value());
            existing.remove(clip.key);
            continue;
        }
        if (!run(query,
                 QStringLiteral("INSERT INTO clips (episode_id, clip_key, kind, citation_number, "
                                "title, start_ms, end_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {episodeId, clip.key, static_cast<int>(clip.kind), number, clip.title,
                  clip.startMs, clip.endMs},
                 &m_error))
            return false;
        idsByKey->insert(clip.key, query->lastInsertId().toLongLong());
    }
    for (qint64 staleId : std::as_const(existing)) {
        // Only the kinds this write owns: a page leaves a feed's chapters alone, and back.
        if (!run(query,
                 QStringLiteral("DELETE FROM clips WHERE id = ? AND kind IN (%1)")
                         .arg(kindList(m_replacedClipKinds)),
                 {staleId}, &m_error))
            return false;
    }
    return true;
}

QVector<qint64> EpisodeWriter::idsByPosition(const QString &table, const QString &parentColumn,
                                             qint64 parentId)
{
    QVector<qint64> ids;
    QSqlQuery *query = nullptr;
    if (!run(query,
             QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY position")
                     .arg(table, parentColumn),
             {parentId}, &m_error))
        return ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

bool EpisodeWriter::deleteFromPosition(const QString &table, const QString &parentColumn,
                                       qint64 parentId, int firstPosition)
{
    QSqlQuery *query = nullptr;
    return run(query,
               QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND position >= ?")
                       .arg(table, parentColumn),
               {parentId, firstPosition}, &m_error);
}

bool EpisodeWriter::writeTopics(qint64 episodeId, const QVector<Topic> &topics,
                                const QHash<QString, qint64> &clipIds)
{
    const QVector<qint64> existing
            = idsByPosition(QStringLiteral("topics"), QStringLiteral("episode_id"), episodeId);
    if (!m_error.isEmpty())
        return false;
    QSqlQuery *query = nullptr;
    for (int i = 0; i < topics.size(); ++i) {
        const Topic &topic = topics.at(i);
        qint64 topicId = 0;
        if (i < existing.size()) {
            topicId = existing.at(i);
            if (!run(query, QStringLiteral("UPDATE topics SET title = ?, summary = ? WHERE id = ?"),
                     {topic.title, topic.summary, topicId}, &m_error))
                return false;
        } else {
            if (!run(query,
                     QStringLiteral("INSERT INTO topics (episode_id, position, title, summary) "
                                    "VALUES (?, ?, ?, ?)"),
                     {episodeId, i, topic.title, topic.summary}, &m_error))
                return false;
            topicId = query->lastInsertId().toLongLong();
        }
        if (!writeCitations(topicId, topic.citations, clipIds))
            return false;
    }
    return deleteFromPosition(QStringLiteral("topics"), QStringLiteral("episode_id"), episodeId,
                              topics.size());
}

bool EpisodeWriter::writeCitations(qint64 topicId, const QVector<Citation> &citations,
                                   const QHash<QString, qint64> &clipIds)
{
    const QVector<qint64> existing
            = idsByPosition(QStringLiteral("citations"), QStringLiteral("topic_id"), topicId);
    if (!m_error.isEmpty())
        return false;
    QSqlQuery *query = nullptr;
    for (int i = 0; i < citations.size(); ++i) {
        const Citation &citation = citations.at(i);
        const QVariant clipId = Sql::nullIfZero(clipIds.value(citationClipKey(citation.number)));
        const bool ok = i < existing.size()
                ? run(query,
                      QStringLiteral("UPDATE citations SET number = ?, sentence = ?, "
                                     "text_start = ?, text_end = ?, clip_id = ? WHERE id = ?"),
                      {citation.number, citation.sentence, citation.textStart, citation.textEnd,
                       clipId, existing.at(i)},
                      &m_error)
                : run(query,
                      QStringLiteral("INSERT INTO citations (topic_id, position, number, "
                                     "sentence, text_start, text_end, clip_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {topicId, i, citation.number, citation.sentence, citation.textStart,
                       citation.textEnd, clipId},
                      &m_error);
        if (!ok)
            return false;
    }
    return deleteFromPosition(QStringLiteral("citations"), QStringLiteral("topic_id"), topicId,
                              citations.size());
}

bool EpisodeWriter::writeHighlights(qint64 episodeId, const QVector<Highlight> &highlights,
                                    const QHash<QString, qint64> &clipIds)
{
    const QVector<qint64> existing
            = idsByPosition(QStringLiteral("highlights"), QStringLiteral("episode_id"), episodeId);
    if (!m_error.isEmpty())
        return false;
    QSqlQuery *query = nullptr;
    for (int i = 0; i < highlights.size(); ++i) {
        const Highlight &highlight = highlights.at(i);
        const QVariant clipId = Sql::nullIfZero(clipIds.value(highlight.clipKey));
        const bool ok = i < existing.size()
                ? run(query,
                      QStringLiteral("UPDATE highlights SET text = ?, clip_id = ? WHERE id = ?"),
                      {highlight.text, clipId, existing.at(i)}, &m_error)
                : run(query,
                      QStringLiteral("INSERT INTO highlights (episode_id, position, text, "
                                     "clip_id) VALUES (?, ?, ?, ?)"),
                      {episodeId, i, highlight.text, clipId}, &m_error);
        if (!ok)
            return false;
    }
    return deleteFromPosition(QStringLiteral("highlights"), QStringLiteral("episode_id"), episodeId,
                              highlights.size());
}

bool EpisodeWriter::writeQuestions(qint64 episodeId, const QVector<Question> &questions,
                                   const QHash<QString, qint64> &clipIds)
{
    const QVector<qint64> existing
            = idsByPosition(QStringLiteral("questions"), QStringLiteral("episode_id"), episodeId);
    if (!m_error.isEmpty())
        return false;
    QSqlQuery *query = nullptr;
    for (int i = 0; i < questions.size(); ++i) {
        const Question &question = questions.at(i);
        const QVariant clipId = Sql::nullIfZero(clipIds.value(question.clipKey));
        const bool ok = i < existing.size()
                ? run(query,
                      QStringLiteral("UPDATE questions SET text = ?, clip_id = ? WHERE id = ?"),
                      {question.text, clipId, existing.at(i)}, &m_error)
                : run(query,
                      QStringLiteral("INSERT INTO questions (episode_id, position, text, "
                                     "clip_id) VALUES (?, ?, ?, ?)"),
                      {episodeId, i, question.text, clipId}, &m_error);
        if (!ok)
            return false;
    }
    return deleteFromPosition(QStringLiteral("questions"), QStringLiteral("episode_id"), episodeId,
                              questions.size());
}

qint64 EpisodeWriter::relatedTarget(const RelatedEpisode &related)
{
    QSqlQuery *query = nullptr;
    const QString titleKey = EpisodeIdentity::guidForTitle(related.title);
    // By guid when the page gives one, else by title (an episode of the same show first).
    const bool found = !related.guid.isEmpty()
            ? run(query,
                  QStringLiteral("SELECT id, known_only_by_title FROM episodes WHERE guid = ?"),
                  {related.guid}, &m_error)
                    && query->next()
            : false;
    if (!m_error.isEmpty())
        return 0;
    if (!found
        && (!run(query,
                 QStringLiteral("SELECT id, known_only_by_title FROM episodes WHERE title_key = ? "
                                "ORDER BY known_only_by_title, id LIMIT 1"),
                 {titleKey}, &m_error)
            || !query->next())) {
        if (!m_error.isEmpty())
            return 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (!run(query,
                 QStringLiteral("INSERT INTO episodes (guid, number, title, title_key, "
                                "questions_answered, known_only_by_title, imported_ms, "
                                "updated_ms) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
                 {related.guid.isEmpty() ? titleKey : related.guid, Sql::nullIf(related.number, -1),
                  related.title, titleKey, Sql::nullIf(related.questionsAnswered, -1), now, now},
                 &m_error))
            return 0;
        return query->lastInsertId().toLongLong();
    }
    const qint64 id = query->value(0).toLongLong();
    if (query->value(1).toBool() && related.questionsAnswered >= 0) {
        // Keep what a page says about an episode we only know by title up to date.
        if (!run(query, QStringLiteral("UPDATE episodes SET questions_answered = ? WHERE id = ?"),
                 {related.questionsAnswered, id}, &m_error))
            return 0;
    }
    return id;
}

bool EpisodeWriter::writeRelated(qint64 episodeId, const QVector<RelatedEpisode> &related)
{
    const QVector<qint64> existing = idsByPosition(QStringLiteral("related_episodes"),
                                                   QStringLiteral("episode_id"), episodeId);
    if (!m_error.isEmpty())
        return false;
    QSqlQuery *query = nullptr;
    for (int i = 0; i < related.size(); ++i) {
        const RelatedEpisode &entry = related.at(i);
        qint64 target = relatedTarget(entry);
        if (!m_error.isEmpty())
            return false;
        if (target == episodeId)
            target = 0; // a page recommending itself is not a link worth following
        const QVariant targetValue = Sql::nullIfZero(target);
        const bool ok = i < existing.size()
                ? run(query,
                      QStringLiteral("UPDATE related_episodes SET title = ?, guid = ?, "
                                     "number = ?, questions_answered = ?, "
                                     "target_episode_id = ? WHERE id = ?"),
                      {entry.title, entry.guid, Sql::nullIf(entry.number, -1),
                       Sql::nullIf(entry.questionsAnswered, -1), targetValue, existing.at(i)},
                      &m_error)
                : run(query,
                      QStringLiteral("INSERT INTO related_episodes (episode_id, position, "
                                     "title, guid, number, questions_answered, "
                                     "target_episode_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {episodeId, i, entry.title, entry.guid, Sql::nullIf(entry.number, -1),
                       Sql::nullIf(entry.questionsAnswered, -1), targetValue},
                      &m_error);
        if (!ok)
            return false;
    }
    return deleteFromPosition(QStringLiteral("related_episodes"), QStringLiteral("episode_id"),
                              episodeId, related.size());
}
