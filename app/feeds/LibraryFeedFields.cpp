#include "LibraryFeedFields.h"

#include "storage/SqlHelpers.h"

#include <QHash>
#include <QSqlQuery>

LibraryFeedFields::LibraryFeedFields(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool LibraryFeedFields::write(qint64 episodeId, const Episode &episode, const QString &chaptersUrl)
{
    const QVariantList values = {episode.feedGuid,
                                 episode.link,
                                 episode.imageUrl,
                                 Sql::nullIf(episode.season, -1),
                                 static_cast<int>(episode.type),
                                 episode.descriptionHtml,
                                 episode.enclosureUrl,
                                 episode.enclosureType,
                                 Sql::nullIf(episode.enclosureLength, -1),
                                 chaptersUrl};
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT feed_guid, link, image_url, season, episode_type, "
                                  "description_html, enclosure_url, enclosure_type, "
                                  "enclosure_length, chapters_url FROM episodes WHERE id = ?"),
                   {episodeId}, &m_error)
        || !query.next())
        return false;
    bool changed = false;
    for (int i = 0; i < values.size() && !changed; ++i)
        changed = !Sql::sameValue(query.value(i), values.at(i));
    if (!changed)
        return true;
    return Sql::exec(query,
                     QStringLiteral("UPDATE episodes SET feed_guid = ?, link = ?, image_url = ?, "
                                    "season = ?, episode_type = ?, description_html = ?, "
                                    "enclosure_url = ?, enclosure_type = ?, enclosure_length = ?, "
                                    "chapters_url = ? WHERE id = ?"),
                     {values.at(0), values.at(1), values.at(2), values.at(3), values.at(4),
                      values.at(5), values.at(6), values.at(7), values.at(8), values.at(9),
                      episodeId},
                     &m_error);
}

bool LibraryFeedFields::writeChapterLinks(qint64 episodeId, const QVector<ChapterLink> &links)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT c.id, c.clip_key, l.url, l.image_url FROM clips c "
                                  "LEFT JOIN chapter_links l ON l.clip_id = c.id "
                                  "WHERE c.episode_id = ? AND c.kind = ?"),
                   {episodeId, static_cast<int>(ClipKind::Chapter)}, &m_error))
        return false;
    struct Row
    {
        qint64 clipId;
        bool hasLink;
        QString url;
        QString imageUrl;
    };
    QHash<QString, Row> rows;
    while (query.next()) {
        rows.insert(query.value(1).toString(),
                    Row {query.value(0).toLongLong(), !query.value(2).isNull(),
                         query.value(2).toString(), query.value(3).toString()});
    }
    QHash<QString, ChapterLink> wanted;
    for (const ChapterLink &link : links)
        wanted.insert(link.clipKey, link);
    for (auto row = rows.constBegin(); row != rows.constEnd(); ++row) {
        const auto link = wanted.constFind(row.key());
        if (link == wanted.constEnd()) {
            if (row->hasLink
                && !Sql::exec(query, QStringLiteral("DELETE FROM chapter_links WHERE clip_id = ?"),
                              {row->clipId}, &m_error))
                return false;
            continue;
        }
        if (row->hasLink && row->url == link->url && row->imageUrl == link->imageUrl)
            continue;
        if (!Sql::exec(query,
                       QStringLiteral("INSERT OR REPLACE INTO chapter_links (clip_id, url, "
                                      "image_url) VALUES (?, ?, ?)"),
                       {row->clipId, link->url, link->imageUrl}, &m_error))
            return false;
    }
    return true;
}
