#pragma once

#include <QFrame>

class PlayQueue;
class PlayQueueModel;
class QLabel;
class QListView;
class QToolButton;

// "Up next": the play queue beside the page while several clips play in turn — which one plays,
// what follows; remove, reorder, clear, or double-click to jump to one.
class QueuePanel : public QFrame
{
    Q_OBJECT

public:
    QueuePanel(PlayQueue &queue, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }

Q_SIGNALS:
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateHeader();
    void updateButtons();
    int selectedRow() const;

    PlayQueue &m_queue;
    PlayQueueModel *m_model = nullptr;
    QLabel *m_title = nullptr;
    QListView *m_view = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_clear = nullptr;
};
