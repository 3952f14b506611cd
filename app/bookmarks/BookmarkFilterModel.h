#pragma once

#include <QSortFilterProxyModel>
#include <QString>

// What the Bookmarks pane shows of a BookmarkListModel: filtered by text (quote, note, episode,
// show, topic, sentence), tag, episode and star, and sorted by date, episode or span (or any
// column); ties fall back to the episode, the span and the creation order, so the order is stable.
class BookmarkFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // The orders the pane offers; each sorts by one of BookmarkListModel's columns.
    enum class Order { Date, Episode, Span };

    explicit BookmarkFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    // Empty for every tag; compared case-insensitively, a leading '#' ignored.
    void setTag(const QString &tag);
    QString tag() const { return m_tag; }
    // Empty for every episode.
    void setEpisodeGuid(const QString &guid);
    QString episodeGuid() const { return m_episodeGuid; }
    void setStarredOnly(bool starredOnly);
    bool starredOnly() const { return m_starredOnly; }

    void sortBy(Order order, Qt::SortOrder direction = Qt::AscendingOrder);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_tag;
    QString m_episodeGuid;
    bool m_starredOnly = false;
};
