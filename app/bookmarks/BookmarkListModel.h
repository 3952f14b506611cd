#pragma once

#include "Bookmark.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>
#include <QVector>

class BookmarkStore;

// Every bookmark of the library as a table (quote, episode, span, note, tags, created), kept in
// step with the BookmarkStore's signals row by row. The Bookmarks pane shows it through a
// BookmarkFilterModel; the timeline lane and the episode list can read its roles.
// In the app (setReadAfterStart) the store is read at the first fetchMore() (the window asks after
// its first paint; a view asks when shown) and the rows arrive in batches on the event loop; until
// then the model is empty and not fullyLoaded().
class BookmarkListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        QuoteColumn,
        EpisodeColumn,
        SpanColumn,
        NoteColumn,
        TagsColumn,
        CreatedColumn,
        ColumnCount
    };
    // Every role answers on every column of a row.
    enum Role {
        IdRole = Qt::UserRole + 1,
        UidRole,
        KindRole,      // int value of BookmarkKind
        EpisodeIdRole, // 0 for an orphan
        EpisodeGuidRole,
        EpisodeTitleRole,
        ShowRole,
        QuoteRole,
        NoteRole,
        NoteExcerptRole, // the note's first line, shortened
        TagsRole,        // QStringList
        StarredRole,
        StartMsRole, // -1 when not a span
        EndMsRole,
        SpanTextRole, // "00:00:21–00:00:32", empty when not a span
        TopicTitleRole,
        SentenceRole,
        CreatedMsRole,
        UpdatedMsRole,
        OrphanRole,
        SortRole,     // what the column sorts by (BookmarkFilterModel)
        BookmarkRole, // the whole Bookmark
    };

    static constexpr int BatchSize = 500;

    explicit BookmarkListModel(BookmarkStore *store, QObject *parent = nullptr);

    // The composition root's choice (app/main.cpp), for models made from then on: read the store
    // at the first fetchMore() instead of in the constructor. Off by default (tests read at once).
    static void setReadAfterStart(bool later);

    // Reads every bookmark from the store again (a reset); the model is then fully loaded.
    void reload();
    bool isFullyLoaded() const { return !m_unread && m_pending.isEmpty(); }
    // Reads and inserts every row not yet in the model, now.
    void loadAll();
    int rowOfId(qint64 id) const;
    const Bookmark &bookmarkAt(int row) const { return m_bookmarks.at(row); }
    const QVector<Bookmark> &bookmarks() const { return m_bookmarks; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // Every bookmark the store held (and any added meanwhile) is in the model.
    void fullyLoaded();

private:
    void insertPending(int count);
    void addBookmark(const Bookmark &bookmark);
    void changeBookmark(const Bookmark &bookmark);
    void removeBookmark(qint64 id);
    QVariant displayText(const Bookmark &bookmark, int column) const;
    QVariant sortKey(const Bookmark &bookmark, int column) const;

    QPointer<BookmarkStore> m_store;
    QVector<Bookmark> m_bookmarks;
    bool m_unread = false;       // the store is still to be read
    QVector<Bookmark> m_pending; // read (or added meanwhile), not yet inserted
    bool m_inserting = false;
    QTimer m_nextBatch;
};
