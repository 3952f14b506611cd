#include "EpisodeListPane.h"

#include "EpisodeItemDelegate.h"
#include "models/EpisodeListModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

EpisodeListPane::EpisodeListPane(EpisodeListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_showProxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("episodeListPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 4, 8);
    layout->setSpacing(8);

    auto *heading = new QLabel(tr("Episodes"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    heading->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(heading);

    m_filter->setPlaceholderText(tr("Filter episodes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter episodes"));
    layout->addWidget(m_filter);

    // Shown while the list is narrowed to one show (picked in the Shows tab).
    m_showBar = new QWidget(this);
    m_showBar->setObjectName(QStringLiteral("showFilterBar"));
    m_showBar->setStyleSheet(QStringLiteral("#showFilterBar { background: #e6eefc; "
                                            "border-radius: 6px; }"));
    auto *showRow = new QHBoxLayout(m_showBar);
    showRow->setContentsMargins(10, 4, 4, 4);
    m_showLabel = new QLabel(m_showBar);
    m_showLabel->setTextFormat(Qt::PlainText);
    showRow->addWidget(m_showLabel, 1);
    auto *showAll = new QToolButton(m_showBar);
    showAll->setObjectName(QStringLiteral("showAllEpisodes"));
    showAll->setText(tr("Show all"));
    showAll->setAutoRaise(true);
    showAll->setCursor(Qt::PointingHandCursor);
    connect(showAll, &QToolButton::clicked, this, [this] { setShowFilter(QString()); });
    showRow->addWidget(showAll);
    m_showBar->hide();
    layout->addWidget(m_showBar);

    m_showProxy->setSourceModel(model);
    m_showProxy->setFilterRole(EpisodeListModel::ShowRole);
    m_showProxy->setFilterKeyColumn(EpisodeListModel::TitleColumn);
    m_proxy->setSourceModel(m_showProxy);
    m_proxy->setFilterKeyColumn(-1); // any column: number, title, guests
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setModelColumn(EpisodeListModel::TitleColumn);
    m_view->setItemDelegate(new EpisodeItemDelegate(m_view));
    m_view->setMouseTracking(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Episode list"));
    m_view->setStyleSheet(QStringLiteral("QListView { background: transparent; }"));
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EpisodeListPane::onCurrentChanged);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::customContextMenuRequested, this,
            &EpisodeListPane::showContextMenu);
    auto *remove = new QAction(tr("Delete Episode\u2026"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut); // only while the list has the focus
    m_view->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] {
        if (currentEpisode() != 0)
            Q_EMIT deleteRequested(currentEpisode());
    });
}

void EpisodeListPane::showContextMenu(const QPoint &position)
{
    const qint64 id = m_view->indexAt(position).data(EpisodeListModel::EpisodeIdRole).toLongLong();
    if (id == 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("Bookmark Episode\u2026"), this,
                   [this, id] { Q_EMIT bookmarkRequested(id); });
    menu.addSeparator();
    QAction *remove = menu.addAction(tr("Delete Episode\u2026"), this,
                                     [this, id] { Q_EMIT deleteRequested(id); });
    remove->setShortcut(QKeySequence::Delete);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void EpisodeListPane::selectEpisode(qint64 episodeId)
{
    const int row = m_model->rowOfEpisode(episodeId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(
            m_showProxy->mapFromSource(m_model->index(row, EpisodeListModel::TitleColumn)));
    if (!index.isValid()) {
        if (m_filter->text().isEmpty() && m_show.isEmpty())
            return;
        m_filter->clear();
        setShowFilter(QString());
        return selectEpisode(episodeId);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void EpisodeListPane::setShowFilter(const QString &show)
{
    if (show == m_show)
        return;
    m_show = show;
    const QString exactly = QStringLiteral("^%1$").arg(QRegularExpression::escape(show));
    m_showProxy->setFilterRegularExpression(show.isEmpty() ? QRegularExpression()
                                                           : QRegularExpression(exactly));
    m_showLabel->setText(tr("Show: %1").arg(show));
    m_showBar->setVisible(!show.isEmpty());
    Q_EMIT showFilterChanged(show);
}

qint64 EpisodeListPane::currentEpisode() const
{
    return m_view->currentIndex().data(EpisodeListModel::EpisodeIdRole).toLongLong();
}

void EpisodeListPane::onCurrentChanged()
{
    const qint64 id = currentEpisode();
    if (id != 0)
        Q_EMIT episodeSelected(id);
}
