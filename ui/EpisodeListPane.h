#pragma once

#include <QWidget>

class EpisodeListModel;
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
    QListView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }

Q_SIGNALS:
    void episodeSelected(qint64 episodeId);

private:
    void onCurrentChanged();

    EpisodeListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_view = nullptr;
};
