#pragma once

#include <QWidget>

class QLabel;
class QListView;
class ShowListModel;

// The Shows tab of the left pane: the library's shows with their artwork and episode counts.
// Picking one asks the window to list only its episodes; it filters nothing itself.
class ShowsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ShowsPane(ShowListModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    // Selects the show (0: none) without emitting.
    void selectShow(qint64 showId);

Q_SIGNALS:
    void showActivated(qint64 showId, const QString &title);

private:
    void updateEmptyState();

    ShowListModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};
