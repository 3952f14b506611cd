#pragma once

#include <QDateTime>
#include <QPointer>
#include <QSortFilterProxyModel>

class QSettings;

// Narrows and orders the episode list (an EpisodeListModel source) by show, guest, publication
// date, duration, transcript and bookmarks. It reads only the source's roles: no SQL per row.
class EpisodeListFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // What the list is ordered by; Library keeps the source's order (by number, then title).
    enum class SortKey : int {
        Library = 0,
        Newest = 1,
        Oldest = 2,
        Longest = 3,
        Shortest = 4,
        Title = 5,
        Show = 6,
        Number = 7,
        MostBookmarks = 8,
    };

    explicit EpisodeListFilter(QObject *parent = nullptr);

    // Only the episodes of the show titled exactly `show` (empty: every show).
    void setShow(const QString &show);
    QString show() const { return m_show; }
    // Only episodes with a guest whose name contains `text` (case-insensitive; empty: any).
    void setGuest(const QString &text);
    QString guest() const { return m_guest; }
    // Only episodes published in the last `days` days before now() (0: any date).
    void setPublishedWithinDays(int days);
    int publishedWithinDays() const { return m_withinDays; }
    // Only episodes lasting at least `minMs` and less than `maxMs` (-1: no bound). An episode of
    // unknown length is kept only when both are -1.
    void setDurationRange(qint64 minMs, qint64 maxMs);
    qint64 minDurationMs() const { return m_minMs; }
    qint64 maxDurationMs() const { return m_maxMs; }
    void setRequireTranscript(bool on);
    bool requiresTranscript() const { return m_needTranscript; }
    void setRequireBookmarks(bool on);
    bool requiresBookmarks() const { return m_needBookmarks; }
    void setSortKey(SortKey key);
    SortKey sortKey() const { return m_sortKey; }

    // Drops every criterion but the show (the Shows tab has its own "Show all").
    void clearFilters();
    // True when a criterion other than the show narrows the list.
    bool isFiltering() const;
    // How many criteria other than the show narrow the list (a length range counts once).
    int filterCount() const;
    // The criteria other than the show in words, e.g. "Has transcript · Last 30 days".
    QString summary() const;
    static QString sortKeyName(SortKey key);

    // Keeps the sort order and the filter choices (not the guest text, not the show) in
    // `settings` under "episodeList/": restores them now, then writes every change. Values that
    // make no sense (an unknown sort) are ignored. Null stops keeping them.
    void keepIn(QSettings *settings);

    // The moment "last N days" counts back from; the current time unless set (tests).
    void setNow(const QDateTime &now);
    QDateTime now() const;

Q_SIGNALS:
    void criteriaChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void resort();
    void restoreFrom(const QSettings &settings);
    void saveTo(QSettings &settings) const;

    QString m_show;
    QString m_guest;
    int m_withinDays = 0;
    qint64 m_sinceMs = 0; // computed from now() when the criteria change
    qint64 m_minMs = -1;
    qint64 m_maxMs = -1;
    bool m_needTranscript = false;
    bool m_needBookmarks = false;
    SortKey m_sortKey = SortKey::Library;
    QDateTime m_now;
    QPointer<QSettings> m_settings;
};
