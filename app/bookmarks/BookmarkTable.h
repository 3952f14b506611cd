#pragma once

#include "Bookmark.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <QVector>

// The SQL of the bookmarks and bookmark_tags tables (resources/migrations/003_bookmarks.sql):
// rows to Bookmark values and back. No transactions and no signals; BookmarkStore adds those.
class BookmarkTable
{
public:
    explicit BookmarkTable(QSqlDatabase db);

    // Fills an empty episode title or show from the library's episode with the bookmark's guid.
    void fillSnapshot(Bookmark *bookmark);
    // Inserts under bookmark.id when it is not 0, else under a new id; writes the tags too.
    bool insert(const Bookmark &bookmark, qint64 *id);
    // Rewrites every stored field of the row bookmark.id; fails when there is no such row.
    bool update(const Bookmark &bookmark);
    // `*found` tells whether the row was there.
    bool remove(qint64 id, bool *found);
    // The bookmarks matching `condition` (SQL over the alias `b`), oldest first, with their
    // tags; the episode's id, title and show as the library has them now when it has the episode.
    QVector<Bookmark> select(const QString &condition = QString(), const QVariantList &values = {});
    QStringList allTags();
    QHash<qint64, int> countsByEpisode();

    QString errorString() const { return m_error; }

private:
    bool writeTags(qint64 id, const QStringList &tags);

    QSqlDatabase m_db;
    QString m_error;
};
