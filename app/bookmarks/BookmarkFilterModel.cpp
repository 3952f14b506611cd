#include "BookmarkFilterModel.h"

#include "BookmarkListModel.h"
#include "BookmarkTags.h"

BookmarkFilterModel::BookmarkFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BookmarkListModel::SortRole);
    setDynamicSortFilter(true);
}

void BookmarkFilterModel::setFilterText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    invalidateFilter();
}

void BookmarkFilterModel::setTag(const QString &tag)
{
    if (m_tag == tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void BookmarkFilterModel::setEpisodeGuid(const QString &guid)
{
    if (m_episodeGuid == guid)
        return;
    m_episodeGuid = guid;
    invalidateFilter();
}

void BookmarkFilterModel::setStarredOnly(bool starredOnly)
{
    if (m_starredOnly == starredOnly)
        return;
    m_starredOnly = starredOnly;
    invalidateFilter();
}

void BookmarkFilterModel::sortBy(Order order, Qt::SortOrder direction)
{
    switch (order) {
    case Order::Date:
        sort(BookmarkListModel::CreatedColumn, direction);
        return;
    case Order::Episode:
        sort(BookmarkListModel::EpisodeColumn, direction);
        return;
    case Order::Span:
        sort(BookmarkListModel::SpanColumn, direction);
        return;
    }
}

bool BookmarkFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_starredOnly && !index.data(BookmarkListModel::StarredRole).toBool())
        return false;
    if (!m_episodeGuid.isEmpty()
        && index.data(BookmarkListModel::EpisodeGuidRole).toString() != m_episodeGuid)
        return false;
    if (!m_tag.trimmed().isEmpty()
        && !BookmarkTags::contains(index.data(BookmarkListModel::TagsRole).toStringList(), m_tag))
        return false;
    const QString text = m_text.trimmed();
    if (text.isEmpty())
        return true;
    for (int role : {BookmarkListModel::QuoteRole, BookmarkListModel::NoteRole,
                     BookmarkListModel::EpisodeTitleRole, BookmarkListModel::ShowRole,
                     BookmarkListModel::TopicTitleRole, BookmarkListModel::SentenceRole}) {
        if (index.data(role).toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool BookmarkFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a != b)
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    // Ties: by episode, then span, then creation (and id), whatever the column.
    for (int role : {BookmarkListModel::EpisodeGuidRole, BookmarkListModel::StartMsRole,
                     BookmarkListModel::CreatedMsRole, BookmarkListModel::IdRole}) {
        const QVariant x = left.data(role);
        const QVariant y = right.data(role);
        if (x != y)
            return QVariant::compare(x, y) == QPartialOrdering::Less;
    }
    return false;
}
