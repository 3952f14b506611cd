#include "BookmarkListModel.h"

#include "BookmarkStore.h"
#include "BookmarkText.h"

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

namespace {

constexpr int NoteExcerptLength = 80;
bool readAfterStart = false;

int indexOfId(const QVector<Bookmark> &bookmarks, qint64 id)
{
    for (int i = 0; i < bookmarks.size(); ++i) {
        if (bookmarks.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace

BookmarkListModel::BookmarkListModel(BookmarkStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &BookmarkStore::bookmarkAdded, this, &BookmarkListModel::addBookmark);
    connect(store, &BookmarkStore::bookmarkChanged, this, &BookmarkListModel::changeBookmark);
    connect(store, &BookmarkStore::bookmarkRemoved, this, &BookmarkListModel::removeBookmark);
    connect(store, &BookmarkStore::bookmarksReset, this, &BookmarkListModel::reload);
    m_nextBatch.setSingleShot(true);
    m_nextBatch.setInterval(0);
    connect(&m_nextBatch, &QTimer::timeout, this, [this] { fetchMore(QModelIndex()); });
    m_unread = readAfterStart;
    if (!m_unread)
        m_bookmarks = store->bookmarks();
}

void BookmarkListModel::setReadAfterStart(bool later)
{
    readAfterStart = later;
}

void BookmarkListModel::reload()
{
    m_nextBatch.stop();
    m_unread = false;
    m_pending.clear();
    beginResetModel();
    m_bookmarks = m_store ? m_store->bookmarks() : QVector<Bookmark>();
    endResetModel();
    Q_EMIT fullyLoaded();
}

void BookmarkListModel::loadAll()
{
    while (!isFullyLoaded() && !m_inserting)
        insertPending(int(m_pending.size()) + 1);
}

bool BookmarkListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !isFullyLoaded();
}

void BookmarkListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || isFullyLoaded())
        return;
    insertPending(BatchSize);
    if (!isFullyLoaded())
        m_nextBatch.start();
}

void BookmarkListModel::insertPending(int count)
{
    if (m_inserting) // a view or proxy asking for more while rows are announced
        return;
    const QScopedValueRollback<bool> inserting(m_inserting, true);
    m_nextBatch.stop();
    if (m_unread) {
        // Oldest first, as reload() reads; bookmarks added before this read are in it.
        m_pending = m_store ? m_store->bookmarks() : QVector<Bookmark>();
        m_unread = false;
    }
    const int take = qMin(count, int(m_pending.size()));
    if (take > 0) {
        const int first = int(m_bookmarks.size());
        beginInsertRows(QModelIndex(), first, first + take - 1);
        m_bookmarks.append(m_pending.mid(0, take));
        m_pending.remove(0, take);
        endInsertRows();
    }
    if (isFullyLoaded())
        Q_EMIT fullyLoaded();
}

int BookmarkListModel::rowOfId(qint64 id) const
{
    return indexOfId(m_bookmarks, id);
}

void BookmarkListModel::addBookmark(const Bookmark &bookmark)
{
    if (m_unread)
        return; // the read to come holds it
    if (const int i = indexOfId(m_pending, bookmark.id); i >= 0) {
        m_pending[i] = bookmark;
        return;
    }
    if (!m_pending.isEmpty()) {
        m_pending.append(bookmark); // after the older ones still to be inserted
        return;
    }
    if (rowOfId(bookmark.id) >= 0) {
        changeBookmark(bookmark);
        return;
    }
    const int row = int(m_bookmarks.size());
    beginInsertRows(QModelIndex(), row, row);
    m_bookmarks.append(bookmark);
    endInsertRows();
}

void BookmarkListModel::changeBookmark(const Bookmark &bookmark)
{
    if (m_unread)
        return;
    if (const int i = indexOfId(m_pending, bookmark.id); i >= 0) {
        m_pending[i] = bookmark;
        return;
    }
    const int row = rowOfId(bookmark.id);
    if (row < 0) {
        addBookmark(bookmark);
        return;
    }
    m_bookmarks[row] = bookmark;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BookmarkListModel::removeBookmark(qint64 id)
{
    if (m_unread)
        return;
    if (const int i = indexOfId(m_pending, id); i >= 0) {
        m_pending.removeAt(i);
        return;
    }
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_bookmarks.removeAt(row);
    endRemoveRows();
}

int BookmarkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookmarks.size());
}

int BookmarkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BookmarkListModel::displayText(const Bookmark &b, int column) const
{
    switch (column) {
    case QuoteColumn:
        return b.quote.isEmpty() ? b.topicTitle : b.quote;
    case EpisodeColumn:
        return b.episodeTitle;
    case SpanColumn:
        return BookmarkText::span(b.startMs, b.endMs);
    case NoteColumn:
        return BookmarkText::excerpt(b.note, NoteExcerptLength);
    case TagsColumn:
        return b.tags.join(QStringLiteral(", "));
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.createdMs).date(),
                                  QLocale::ShortFormat);
    }
    return QVariant();
}

QVariant BookmarkListModel::sortKey(const Bookmark &b, int column) const
{
    switch (column) {
    case QuoteColumn:
        return b.quote.toCaseFolded();
    case EpisodeColumn:
        return b.episodeTitle.toCaseFolded();
    case SpanColumn:
        return b.startMs;
    case NoteColumn:
        return b.note.toCaseFolded();
    case TagsColumn:
        return b.tags.join(QLatin1Char(' ')).toCaseFolded();
    case CreatedColumn:
        return b.createdMs;
    }
    return QVariant();
}

QVariant BookmarkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Bookmark &b = m_bookmarks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(b, index.column());
    case Qt::ToolTipRole:
        return b.note.isEmpty() ? b.quote : b.note;
    case IdRole:
        return b.id;
    case UidRole:
        return b.uid;
    case KindRole:
        return static_cast<int>(b.kind);
    case EpisodeIdRole:
        return b.episodeId;
    case EpisodeGuidRole:
        return b.episodeGuid;
    case EpisodeTitleRole:
        return b.episodeTitle;
    case ShowRole:
        return b.show;
    case QuoteRole:
        return b.quote;
    case NoteRole:
        return b.note;
    case NoteExcerptRole:
        return BookmarkText::excerpt(b.note, NoteExcerptLength);
    case TagsRole:
        return b.tags;
    case StarredRole:
        return b.starred;
    case StartMsRole:
        return b.hasSpan() ? b.startMs : -1;
    case EndMsRole:
        return b.hasSpan() ? b.endMs : -1;
    case SpanTextRole:
        return BookmarkText::span(b.startMs, b.endMs);
    case TopicTitleRole:
        return b.topicTitle;
    case SentenceRole:
        return b.sentence;
    case CreatedMsRole:
        return b.createdMs;
    case UpdatedMsRole:
        return b.updatedMs;
    case OrphanRole:
        return b.isOrphan();
    case SortRole:
        return sortKey(b, index.column());
    case BookmarkRole:
        return QVariant::fromValue(b);
    }
    return QVariant();
}

QVariant BookmarkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuoteColumn:
        return tr("Quote");
    case EpisodeColumn:
        return tr("Episode");
    case SpanColumn:
        return tr("Span");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case CreatedColumn:
        return tr("Created");
    }
    return QVariant();
}

QHash<int, QByteArray> BookmarkListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "bookmarkId");
    names.insert(UidRole, "uid");
    names.insert(KindRole, "kind");
    names.insert(EpisodeIdRole, "episodeId");
    names.insert(EpisodeGuidRole, "episodeGuid");
    names.insert(EpisodeTitleRole, "episodeTitle");
    names.insert(ShowRole, "show");
    names.insert(QuoteRole, "quote");
    names.insert(NoteRole, "note");
    names.insert(NoteExcerptRole, "noteExcerpt");
    names.insert(TagsRole, "tags");
    names.insert(StarredRole, "starred");
    names.insert(StartMsRole, "startMs");
    names.insert(EndMsRole, "endMs");
    names.insert(SpanTextRole, "spanText");
    names.insert(TopicTitleRole, "topicTitle");
    names.insert(SentenceRole, "sentence");
    names.insert(CreatedMsRole, "createdMs");
    names.insert(UpdatedMsRole, "updatedMs");
    names.insert(OrphanRole, "orphan");
    names.insert(SortRole, "sortKey");
    names.insert(BookmarkRole, "bookmark");
    return names;
}
