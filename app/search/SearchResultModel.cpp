#include "SearchResultModel.h"

#include "domain/TimeFormat.h"

#include <algorithm>

namespace {

// Top-level rows have internal id 0; a hit's internal id is its group's row + 1.
constexpr quintptr GroupId = 0;

} // namespace

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SearchResultModel::setHits(const SearchHits &hits)
{
    beginResetModel();
    m_groups.clear();
    // Groups in the order of their best hit (hits arrive best first), hits in order within.
    for (const SearchHit &hit : hits) {
        auto group = std::find_if(m_groups.begin(), m_groups.end(),
                                  [&hit](const Group &g) { return g.kind == hit.kind; });
        if (group == m_groups.end()) {
            m_groups << Group {hit.kind, {}};
            group = m_groups.end() - 1;
        }
        group->hits << hit;
    }
    m_hitCount = int(hits.size());
    endResetModel();
}

const SearchHit *SearchResultModel::hitAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId)
        return nullptr;
    const int group = int(index.internalId()) - 1;
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).hits.size())
        return nullptr;
    return &m_groups.at(group).hits.at(index.row());
}

QModelIndex SearchResultModel::firstHit() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SearchResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, GroupId);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupId || parent.row() >= m_groups.size())
        return 0;
    return int(m_groups.at(parent.row()).hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return QStringLiteral("%1 (%2)")
                    .arg(SearchKinds::groupLabel(group.kind))
                    .arg(group.hits.size());
        case KindRole:
            return static_cast<int>(group.kind);
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }
    const SearchHit *hit = hitAt(index);
    if (!hit)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // What inside the episode first (a topic, a clip, who speaks), then the episode.
        return hit->detail.isEmpty() ? hit->title
                                     : hit->detail + QStringLiteral(" \u2014 ") + hit->title;
    case Qt::ToolTipRole:
        return hit->plainSnippet();
    case KindRole:
        return static_cast<int>(hit->kind);
    case IsGroupRole:
        return false;
    case EpisodeIdRole:
        return hit->episodeId;
    case StartMsRole:
        return hit->hasSpan() ? hit->startMs : -1;
    case EndMsRole:
        return hit->hasSpan() ? hit->endMs : -1;
    case SnippetHtmlRole:
        return hit->snippetHtml();
    case DetailRole:
        return hit->detail;
    case SpanTextRole:
        return hit->hasSpan() ? TimeFormat::span(hit->startMs, hit->endMs) : QString();
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IsGroupRole, "isGroup");
    names.insert(EpisodeIdRole, "episodeId");
    names.insert(StartMsRole, "startMs");
    names.insert(EndMsRole, "endMs");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(DetailRole, "detail");
    names.insert(SpanTextRole, "spanText");
    return names;
}
