#pragma once

#include "Bookmark.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

class BookmarkStore;

// Every bookmark of the library as a table (quote, episode, span, note, tags, created), kept in
// step with the BookmarkStore's signals row by row. The Bookmarks pane shows it through a
// BookmarkFilterModel; the timeline lane and the episode list can read its roles.
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

    explicit BookmarkListModel(BookmarkStore *store, QObject *parent = nullptr);

    // Reads every bookmark from the store again (a reset).
    void reload();
    int rowOfId(qint64 id) const;
    const Bookmark &bookmarkAt(int row) const { return m_bookmarks.at(row); }
    const QVector<Bookmark> &bookmarks() const { return m_bookmarks; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void addBookmark(const Bookmark &bookmark);
    void changeBookmark(const Bookmark &bookmark);
    void removeBookmark(qint64 id);
    QVariant displayText(const Bookmark &bookmark, int column) const;
    QVariant sortKey(const Bookmark &bookmark, int column) const;

    QPointer<BookmarkStore> m_store;
    QVector<Bookmark> m_bookmarks;
};
