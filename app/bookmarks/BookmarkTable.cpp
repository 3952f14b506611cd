#include "BookmarkTable.h"

#include "BookmarkTags.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// The stored columns, then the episode the bookmark resolves to now: the one with its guid, or
// the cached row (an episode known only by title that later got its real guid).
const char *const selectBookmarks
        = "SELECT b.id, b.uid, b.kind, b.episode_guid, b.episode_title, b.show_title, b.start_ms, "
          "b.end_ms, b.clip_key, b.topic_title, b.sentence, b.citation_number, b.quote, b.note, "
          "b.starred, b.created_ms, b.updated_ms, e.id, e.title, s.title "
          "FROM bookmarks b "
          "LEFT JOIN episodes e ON e.id = COALESCE("
          "(SELECT g.id FROM episodes g WHERE g.guid = b.episode_guid), b.episode_id) "
          "LEFT JOIN shows s ON s.id = e.show_id ";

const char *const resolvedEpisodeId
        = "COALESCE((SELECT g.id FROM episodes g WHERE g.guid = b.episode_guid), b.episode_id)";

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values) {
        // A null QString would be stored as NULL; text columns hold '' instead.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QVariant nullIf(qint64 value, qint64 nullValue)
{
    return value == nullValue ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

Bookmark bookmarkFromQuery(const QSqlQuery &query)
{
    Bookmark b;
    b.id = query.value(0).toLongLong();
    b.uid = query.value(1).toString();
    b.kind = bookmarkKindFromValue(query.value(2).toInt()).value_or(BookmarkKind::Range);
    b.episodeGuid = query.value(3).toString();
    b.episodeTitle = query.value(4).toString();
    b.show = query.value(5).toString();
    b.startMs = query.value(6).isNull() ? -1 : query.value(6).toLongLong();
    b.endMs = query.value(7).isNull() ? -1 : query.value(7).toLongLong();
    b.clipKey = query.value(8).toString();
    b.topicTitle = query.value(9).toString();
    b.sentence = query.value(10).toString();
    b.citationNumber = query.value(11).isNull() ? 0 : query.value(11).toInt();
    b.quote = query.value(12).toString();
    b.note = query.value(13).toString();
    b.starred = query.value(14).toInt() != 0;
    b.createdMs = query.value(15).toLongLong();
    b.updatedMs = query.value(16).toLongLong();
    if (!query.value(17).isNull()) {
        // The episode is in the library: its title and show as they are now.
        b.episodeId = query.value(17).toLongLong();
        b.episodeTitle = query.value(18).toString();
        if (!query.value(19).isNull())
            b.show = query.value(19).toString();
    }
    return b;
}

} // namespace

BookmarkTable::BookmarkTable(QSqlDatabase db)
    : m_db(std::move(db))
{ }

void BookmarkTable::fillSnapshot(Bookmark *b)
{
    if (!b->episodeTitle.isEmpty() && !b->show.isEmpty())
        return;
    QSqlQuery query(m_db);
    QString ignored;
    if (!exec(query,
              QStringLiteral("SELECT e.title, s.title FROM episodes e "
                             "LEFT JOIN shows s ON s.id = e.show_id WHERE e.guid = ?"),
              {b->episodeGuid}, &ignored)
        || !query.next())
        return;
    if (b->episodeTitle.isEmpty())
        b->episodeTitle = query.value(0).toString();
    if (b->show.isEmpty())
        b->show = query.value(1).toString();
}

bool BookmarkTable::insert(const Bookmark &b, qint64 *id)
{
    QSqlQuery query(m_db);
    const QString columns = QStringLiteral(
            "uid, kind, episode_guid, episode_id, episode_title, show_title, start_ms, end_ms, "
            "clip_key, topic_title, sentence, citation_number, quote, note, starred, created_ms, "
            "updated_ms");
    const QString values = QStringLiteral(
            "?, ?, ?, COALESCE((SELECT id FROM episodes WHERE guid = ?), "
            "(SELECT id FROM episodes WHERE id = ?)), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    QVariantList bound {b.uid,
                        static_cast<int>(b.kind),
                        b.episodeGuid,
                        b.episodeGuid,
                        nullIf(b.episodeId, 0),
                        b.episodeTitle,
                        b.show,
                        nullIf(b.startMs, -1),
                        nullIf(b.endMs, -1),
                        b.clipKey,
                        b.topicTitle,
                        b.sentence,
                        nullIf(b.citationNumber, 0),
                        b.quote,
                        b.note,
                        b.starred ? 1 : 0,
                        b.createdMs,
                        b.updatedMs};
    QString sql = QStringLiteral("INSERT INTO bookmarks (%1) VALUES (%2)").arg(columns, values);
    if (b.id != 0) {
        // Undo puts a deleted bookmark back under its own id.
        sql = QStringLiteral("INSERT INTO bookmarks (id, %1) VALUES (?, %2)").arg(columns, values);
        bound.prepend(b.id);
    }
    if (!exec(query, sql, bound, &m_error))
        return false;
    *id = b.id != 0 ? b.id : query.lastInsertId().toLongLong();
    return writeTags(*id, b.tags);
}

bool BookmarkTable::update(const Bookmark &b)
{
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral(
                      "UPDATE bookmarks SET uid = ?, kind = ?, episode_guid = ?, episode_id = "
                      "COALESCE((SELECT id FROM episodes WHERE guid = ?), "
                      "(SELECT id FROM episodes WHERE id = ?)), episode_title = ?, show_title = ?, "
                      "start_ms = ?, end_ms = ?, clip_key = ?, topic_title = ?, sentence = ?, "
                      "citation_number = ?, quote = ?, note = ?, starred = ?, created_ms = ?, "
                      "updated_ms = ? WHERE id = ?"),
              {b.uid, static_cast<int>(b.kind), b.episodeGuid, b.episodeGuid,
               nullIf(b.episodeId, 0), b.episodeTitle, b.show, nullIf(b.startMs, -1),
               nullIf(b.endMs, -1), b.clipKey, b.topicTitle, b.sentence,
               nullIf(b.citationNumber, 0), b.quote, b.note, b.starred ? 1 : 0, b.createdMs,
               b.updatedMs, b.id},
              &m_error))
        return false;
    if (query.numRowsAffected() != 1) {
        m_error = QCoreApplication::translate("BookmarkStore", "There is no bookmark %1.")
                          .arg(b.id);
        return false;
    }
    return writeTags(b.id, b.tags);
}

bool BookmarkTable::writeTags(qint64 id, const QStringList &tags)
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("DELETE FROM bookmark_tags WHERE bookmark_id = ?"), {id},
              &m_error))
        return false;
    for (int i = 0; i < tags.size(); ++i) {
        if (!exec(query,
                  QStringLiteral("INSERT INTO bookmark_tags (bookmark_id, position, tag) "
                                 "VALUES (?, ?, ?)"),
                  {id, i, tags.at(i)}, &m_error))
            return false;
    }
    return true;
}

QVector<Bookmark> BookmarkTable::select(const QString &condition, const QVariantList &values)
{
    QVector<Bookmark> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QLatin1String(selectBookmarks);
    if (!condition.isEmpty())
        sql += QStringLiteral("WHERE ") + condition;
    sql += QStringLiteral(" ORDER BY b.created_ms, b.id");
    if (!exec(query, sql, values, &m_error))
        return result;
    QHash<qint64, int> rowOfId;
    while (query.next()) {
        rowOfId.insert(query.value(0).toLongLong(), int(result.size()));
        result << bookmarkFromQuery(query);
    }
    if (result.isEmpty())
        return result;
    // Tags of the selected bookmarks, in their order, in one query.
    QSqlQuery tags(m_db);
    tags.setForwardOnly(true);
    const bool one = result.size() == 1;
    if (!exec(tags,
              one ? QStringLiteral("SELECT bookmark_id, tag FROM bookmark_tags "
                                   "WHERE bookmark_id = ? ORDER BY bookmark_id, position")
                  : QStringLiteral("SELECT bookmark_id, tag FROM bookmark_tags "
                                   "ORDER BY bookmark_id, position"),
              one ? QVariantList {result.constFirst().id} : QVariantList(), &m_error))
        return result;
    while (tags.next()) {
        const auto row = rowOfId.constFind(tags.value(0).toLongLong());
        if (row != rowOfId.constEnd())
            result[*row].tags << tags.value(1).toString();
    }
    return result;
}

QStringList BookmarkTable::allTags()
{
    QStringList tags;
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT DISTINCT tag FROM bookmark_tags ORDER BY tag"), {},
              &m_error))
        return tags;
    while (query.next())
        tags << query.value(0).toString();
    tags = BookmarkTags::normalized(tags);
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        const int order = a.compare(b, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a < b;
    });
    return tags;
}

QHash<qint64, int> BookmarkTable::countsByEpisode()
{
    QHash<qint64, int> counts;
    QSqlQuery query(m_db);
    if (!exec(query,
              QStringLiteral(
                      "SELECT episode, count(*) FROM (SELECT %1 AS episode FROM bookmarks b) "
                      "r GROUP BY episode")
                      .arg(QLatin1String(resolvedEpisodeId)),
              {}, &m_error))
        return counts;
    while (query.next()) {
        if (!query.value(0).isNull())
            counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return counts;
}

bool BookmarkTable::remove(qint64 id, bool *found)
{
    QSqlQuery query(m_db);
    // Tags go first so the delete needs no ON DELETE CASCADE support from the connection.
    if (!exec(query, QStringLiteral("DELETE FROM bookmark_tags WHERE bookmark_id = ?"), {id},
              &m_error)
        || !exec(query, QStringLiteral("DELETE FROM bookmarks WHERE id = ?"), {id}, &m_error))
        return false;
    *found = query.numRowsAffected() == 1;
    return true;
}
