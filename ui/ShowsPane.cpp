#include "ShowsPane.h"

#include "ShowItemDelegate.h"
#include "Theme.h"
#include "models/ShowListModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QSignalBlocker>
#include <QVBoxLayout>

ShowsPane::ShowsPane(ShowListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("showsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 4, 8);
    layout->setSpacing(8);

    auto *heading = new QLabel(tr("Shows"), this);
    heading->setFont(Theme::scaled(font(), 1.15, true));
    heading->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(heading);

    m_view->setModel(model);
    m_view->setItemDelegate(new ShowItemDelegate(m_view));
    m_view->setMouseTracking(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Show list"));
    m_view->setStyleSheet(QStringLiteral("QListView { background: transparent; }"));
    layout->addWidget(m_view, 1);

    m_empty->setText(tr("No shows yet.\nImport a podcast feed (File \u203a Import) to see its "
                        "show here."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText());
    m_empty->setPalette(muted);
    layout->addWidget(m_empty, 1);

    // A click, or Enter on the focused show, picks it.
    auto pick = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT showActivated(index.data(ShowListModel::ShowIdRole).toLongLong(),
                                 index.data(ShowListModel::TitleRole).toString());
    };
    connect(m_view, &QListView::activated, this, pick);
    connect(m_view, &QListView::clicked, this, pick);
    connect(model, &QAbstractItemModel::modelReset, this, &ShowsPane::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ShowsPane::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ShowsPane::updateEmptyState);
    updateEmptyState();
}

void ShowsPane::selectShow(qint64 showId)
{
    const QSignalBlocker blocker(m_view->selectionModel());
    const int row = m_model->rowOfShow(showId);
    if (row < 0) {
        m_view->clearSelection();
        m_view->setCurrentIndex(QModelIndex());
        m_view->viewport()->update();
        return;
    }
    m_view->setCurrentIndex(m_model->index(row));
    m_view->viewport()->update();
}

void ShowsPane::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}
