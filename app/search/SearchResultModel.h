#pragma once

#include "SearchHit.h"

#include <QAbstractItemModel>
#include <QVector>

// Search hits for the window, grouped by kind: one top-level row per kind that has hits, the
// group with the best hit first, its hits as children, best first. So the first hit is the best.
class SearchResultModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int (SearchKind)
        IsGroupRole,
        EpisodeIdRole, // -1: none
        StartMsRole,   // -1: no span
        EndMsRole,
        SnippetHtmlRole, // escaped text, matches in <b>
        DetailRole,      // topic or clip title, speaker; may be empty
        SpanTextRole,    // "12:03–12:09", or empty
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const SearchHits &hits);
    void clear() { setHits({}); }
    int hitCount() const { return m_hitCount; }
    // The hit at `index`, or nullptr for a group row or an invalid index.
    const SearchHit *hitAt(const QModelIndex &index) const;
    // The first hit row (the best hit of the first group), or an invalid index.
    QModelIndex firstHit() const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group
    {
        SearchKind kind;
        QVector<SearchHit> hits;
    };

    QVector<Group> m_groups;
    int m_hitCount = 0;
};
