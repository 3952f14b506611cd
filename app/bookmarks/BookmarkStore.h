#pragma once

#include "Bookmark.h"
#include "BookmarkFilter.h"

#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcBookmarks)

// The library's bookmarks: every write is its own transaction, committed (and synced to disk)
// before the call returns, and announced by a signal the models turn into row changes.
class BookmarkStore : public QObject
{
    Q_OBJECT

public:
    // How update() treats Bookmark::updatedMs.
    enum class Stamp { Touch, Keep };

    // What importBookmarks() did, by bookmark uid.
    struct ImportCounts
    {
        int added = 0;
        int updated = 0;   // the file's copy was newer than the library's
        int unchanged = 0; // already there, as new or newer
    };

    explicit BookmarkStore(QSqlDatabase db, QObject *parent = nullptr);

    // Stores a new bookmark and returns it as stored: a fresh uid when it has none, created and
    // updated times of now when 0, tags normalised, the snapshot of the episode's title and show
    // filled from the library when empty. A non-zero `id` is kept (undo re-inserts a deleted
    // bookmark exactly). nullopt with errorString() on failure (unknown kind, bad span, a uid or
    // id already used, a busy library).
    std::optional<Bookmark> add(Bookmark bookmark);
    // Writes every field of the bookmark with this id (the anchor included); returns it as stored.
    std::optional<Bookmark> update(Bookmark bookmark, Stamp stamp = Stamp::Touch);
    bool remove(qint64 id);
    // Adds the bookmarks whose uid is new and replaces those the library holds in an older
    // version (by updatedMs), all in one transaction: all of them, or none.
    std::optional<ImportCounts> importBookmarks(const QVector<Bookmark> &bookmarks);

    std::optional<Bookmark> bookmark(qint64 id);
    std::optional<Bookmark> bookmarkByUid(const QString &uid);
    // Oldest first (created time, then id).
    QVector<Bookmark> bookmarks(const BookmarkFilter &filter = {});
    // Every tag in use, sorted case-insensitively.
    QStringList allTags();
    // Bookmarks per library episode id, for the episode list; orphans are not counted.
    QHash<qint64, int> countsByEpisode();
    // How many bookmarks are anchored to the episode with this row id (asked before deleting it).
    int countForEpisode(qint64 episodeId);

    // Tells listeners to read everything again after changes made elsewhere (an episode deleted,
    // a re-import that renamed an episode, another process writing the library).
    void invalidate();

    QString errorString() const { return m_error; }

Q_SIGNALS:
    void bookmarkAdded(const Bookmark &bookmark);
    void bookmarkChanged(const Bookmark &bookmark);
    void bookmarkRemoved(qint64 id);
    void bookmarksReset();

private:
    bool validate(const Bookmark &bookmark);
    // Reads the bookmark back as stored, logs the write and emits `signal` with it.
    std::optional<Bookmark> announce(qint64 id, void (BookmarkStore::*signal)(const Bookmark &));

    QSqlDatabase m_db;
    QString m_error;
};
