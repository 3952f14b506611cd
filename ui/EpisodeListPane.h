#pragma once

#include <QWidget>

class EpisodeFilterBar;
class EpisodeListFilter;
class EpisodeListModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

// The left pane: a filter field over the episode list. Emits which episode the user picked.
class EpisodeListPane : public QWidget
{
    Q_OBJECT

public:
    explicit EpisodeListPane(EpisodeListModel *model, QWidget *parent = nullptr);

    void selectEpisode(qint64 episodeId);
    qint64 currentEpisode() const;
    // The episode at the top of the list as sorted and filtered now (0 when none is listed).
    qint64 firstListedEpisode() const;
    QListView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    // Sort and filter menus (and what they narrow the list by) under the filter field.
    EpisodeFilterBar *filterBar() const { return m_filterBar; }
    EpisodeListFilter *episodeFilter() const { return m_episodeFilter; }
    // Lists only the episodes of the show titled `show` (empty: every show), with a bar saying so.
    void setShowFilter(const QString &show);
    QString showFilter() const { return m_show; }

Q_SIGNALS:
    void episodeSelected(qint64 episodeId);
    void showFilterChanged(const QString &show);
    // From the list's context menu (and Delete on the list).
    void bookmarkRequested(qint64 episodeId);
    void deleteRequested(qint64 episodeId);

private:
    void onCurrentChanged();
    void showContextMenu(const QPoint &position);

    EpisodeListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    // Under m_proxy: one show's episodes, the filter bar's criteria, the sort order.
    EpisodeListFilter *m_episodeFilter = nullptr;
    EpisodeFilterBar *m_filterBar = nullptr;
    QWidget *m_showBar = nullptr;
    QLabel *m_showLabel = nullptr;
    QString m_show;
    QLineEdit *m_filter = nullptr;
    QListView *m_view = nullptr;
};
