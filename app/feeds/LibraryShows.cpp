#include "LibraryShows.h"

#include "storage/SqlHelpers.h"

#include <QSqlQuery>

LibraryShows::LibraryShows(QSqlDatabase db)
    : m_db(std::move(db))
{ }

qint64 LibraryShows::find(const Feed &feed, const QString &feedUrl, qint64 preferredId)
{
    const FeedShow &show = feed.show;
    QSqlQuery query(m_db);
    if (preferredId != 0) {
        if (!Sql::exec(query, QStringLiteral("SELECT id FROM shows WHERE id = ?"), {preferredId},
                       &m_error))
            return 0;
        if (query.next())
            return preferredId;
    }
    if (!feedUrl.isEmpty()) {
        if (!Sql::exec(
                    query,
                    QStringLiteral("SELECT id FROM shows WHERE feed_url = ? ORDER BY id LIMIT 1"),
                    {feedUrl}, &m_error))
            return 0;
        if (query.next())
            return query.value(0).toLongLong();
    }
    if (!show.podcastGuid.isEmpty()) {
        if (!Sql::exec(query,
                       QStringLiteral("SELECT id FROM shows WHERE podcast_guid = ? ORDER BY id "
                                      "LIMIT 1"),
                       {show.podcastGuid}, &m_error))
            return 0;
        if (query.next())
            return query.value(0).toLongLong();
    }
    // A few items suffice: a renamed show still has its episodes' guids and enclosures.
    for (int i = 0; i < feed.episodes.size() && i < 10; ++i) {
        const FeedEpisode &item = feed.episodes.at(i);
        if (item.enclosure.url.isEmpty())
            continue;
        if (!Sql::exec(
                    query,
                    QStringLiteral("SELECT show_id FROM episodes WHERE guid = ? AND "
                                   "feed_guid = ? AND enclosure_url = ? AND show_id IS NOT NULL"),
                    {item.guid, item.guid, item.enclosure.url}, &m_error))
            return 0;
        if (query.next())
            return query.value(0).toLongLong();
    }
    if (!Sql::exec(query, QStringLiteral("SELECT id FROM shows WHERE title = ?"),
                   {show.title.trimmed()}, &m_error))
        return 0;
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString LibraryShows::title(qint64 showId)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT title FROM shows WHERE id = ?"), {showId},
                   &m_error)
        || !query.next())
        return QString();
    return query.value(0).toString();
}

qint64 LibraryShows::write(const FeedShow &show, const QString &feedUrl, qint64 existingId)
{
    m_error.clear();
    QSqlQuery query(m_db);
    const QString title = show.title.trimmed();
    QVariantList values = {title,
                           show.author,
                           show.link,
                           show.image,
                           feedUrl,
                           show.descriptionText,
                           show.descriptionHtml,
                           show.language,
                           show.type,
                           show.podcastGuid};
    if (existingId == 0) {
        if (!Sql::exec(
                    query,
                    QStringLiteral("INSERT INTO shows (title, author, link, image_url, feed_url, "
                                   "description, description_html, language, show_type, "
                                   "podcast_guid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {values.at(0), values.at(1), values.at(2), values.at(3), values.at(4),
                     values.at(5), values.at(6), values.at(7), values.at(8), values.at(9)},
                    &m_error))
            return 0;
        const qint64 id = query.lastInsertId().toLongLong();
        return writePeople(id, show.persons) ? id : 0;
    }
    if (!Sql::exec(query,
                   QStringLiteral("SELECT title, author, link, image_url, feed_url, description, "
                                  "description_html, language, show_type, podcast_guid "
                                  "FROM shows WHERE id = ?"),
                   {existingId}, &m_error)
        || !query.next())
        return 0;
    QVariantList stored;
    for (int i = 0; i < values.size(); ++i)
        stored << query.value(i);
    if (feedUrl.isEmpty())
        values[4] = stored.at(4); // a file does not say where the feed lives
    if (values.at(0) != stored.at(0)) {
        // A new title another show already has: keep the old one rather than merge two shows.
        if (!Sql::exec(query, QStringLiteral("SELECT 1 FROM shows WHERE title = ? AND id <> ?"),
                       {title, existingId}, &m_error))
            return 0;
        if (query.next() || title.isEmpty())
            values[0] = stored.at(0);
    }
    bool changed = false;
    for (int i = 0; i < values.size() && !changed; ++i)
        changed = !Sql::sameValue(stored.at(i), values.at(i));
    if (changed
        && !Sql::exec(query,
                      QStringLiteral("UPDATE shows SET title = ?, author = ?, link = ?, "
                                     "image_url = ?, feed_url = ?, description = ?, "
                                     "description_html = ?, language = ?, show_type = ?, "
                                     "podcast_guid = ? WHERE id = ?"),
                      {values.at(0), values.at(1), values.at(2), values.at(3), values.at(4),
                       values.at(5), values.at(6), values.at(7), values.at(8), values.at(9),
                       existingId},
                      &m_error))
        return 0;
    return writePeople(existingId, show.persons) ? existingId : 0;
}

bool LibraryShows::writePeople(qint64 showId, const QVector<FeedPerson> &persons)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("DELETE FROM show_people WHERE show_id = ?"), {showId},
                   &m_error))
        return false;
    int position = 0;
    for (const FeedPerson &person : persons) {
        if (person.name.trimmed().isEmpty())
            continue;
        if (!Sql::exec(
                    query,
                    QStringLiteral("INSERT INTO show_people (show_id, position, name, role, "
                                   "person_group, href, image_url) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {showId, position++, person.name.trimmed(), person.role, person.group,
                     person.href, person.img},
                    &m_error))
            return false;
    }
    return true;
}
