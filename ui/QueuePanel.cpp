#include "QueuePanel.h"

#include "QueueItemDelegate.h"
#include "Theme.h"
#include "playback/PlayQueue.h"
#include "playback/PlayQueueModel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

QueuePanel::QueuePanel(PlayQueue &queue, QWidget *parent)
    : QFrame(parent)
    , m_queue(queue)
    , m_model(new PlayQueueModel(queue, this))
    , m_title(new QLabel(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("queuePanel"));
    setStyleSheet(
            QStringLiteral("#queuePanel { background: #fbfbfc; border-left: 1px solid #dfe3e8; }"
                           "QListView { background: transparent; border: none; }"));
    setMinimumWidth(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 12, 10, 10);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    m_title->setFont(Theme::scaled(font(), 1.05, true));
    header->addWidget(m_title, 1);
    auto *close = toolButton(QStringLiteral("\u2715"), tr("Hide the queue"), this);
    header->addWidget(close);
    layout->addLayout(header);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new QueueItemDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Play queue"));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_up = toolButton(QStringLiteral("\u2191"), tr("Move up"), this);
    m_down = toolButton(QStringLiteral("\u2193"), tr("Move down"), this);
    m_remove = toolButton(tr("Remove"), tr("Remove from the queue (Delete)"), this);
    m_clear = toolButton(tr("Clear"), tr("Empty the queue and stop"), this);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);

    connect(close, &QToolButton::clicked, this, &QueuePanel::closeRequested);
    // Enter or a double-click (the style's "activate") plays that entry.
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { m_queue.playAt(index.row()); });
    connect(m_up, &QToolButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row > 0) {
            m_queue.move(row, row - 1);
            m_view->setCurrentIndex(m_model->index(row - 1));
        }
    });
    connect(m_down, &QToolButton::clicked, this, [this] {
        const int row = selectedRow();
        if (row >= 0 && row + 1 < m_queue.count()) {
            m_queue.move(row, row + 1);
            m_view->setCurrentIndex(m_model->index(row + 1));
        }
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (selectedRow() >= 0)
            m_queue.remove(selectedRow());
    });
    connect(m_clear, &QToolButton::clicked, &m_queue, &PlayQueue::clear);
    connect(&m_queue, &PlayQueue::itemsChanged, this, &QueuePanel::updateHeader);
    connect(&m_queue, &PlayQueue::currentIndexChanged, this, &QueuePanel::updateHeader);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QueuePanel::updateButtons);
    connect(&m_queue, &PlayQueue::itemsChanged, this, &QueuePanel::updateButtons);
    updateHeader();
    updateButtons();
}

int QueuePanel::selectedRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void QueuePanel::updateHeader()
{
    const int count = m_queue.count();
    const int current = m_queue.currentIndex();
    m_title->setText(current >= 0 ? tr("Up next \u00b7 %1 of %2").arg(current + 1).arg(count)
                                  : tr("Queue \u00b7 %1").arg(count));
}

void QueuePanel::updateButtons()
{
    const int row = selectedRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_queue.count());
    m_remove->setEnabled(row >= 0);
    m_clear->setEnabled(!m_queue.isEmpty());
}

void QueuePanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete && selectedRow() >= 0) {
        m_queue.remove(selectedRow());
        return;
    }
    QFrame::keyPressEvent(event);
}
