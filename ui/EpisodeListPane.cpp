#include "EpisodeListPane.h"

#include "EpisodeFilterBar.h"
#include "EpisodeItemDelegate.h"
#include "models/EpisodeListFilter.h"
#include "models/EpisodeListModel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

EpisodeListPane::EpisodeListPane(EpisodeListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_episodeFilter(new EpisodeListFilter(this))
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
    m_filterBar = new EpisodeFilterBar(m_episodeFilter, this);
    layout->addWidget(m_filterBar);

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

    m_episodeFilter->setSourceModel(model);
    m_proxy->setSourceModel(m_episodeFilter);
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

    // Tab goes from the filter field through the filter bar to the list.
    const QList<QWidget *> tabChain {m_filter,
                                     m_filterBar->sortButton(),
                                     m_filterBar->filterButton(),
                                     m_filterBar->guestField(),
                                     m_filterBar->clearButton(),
                                     m_view};
    for (qsizetype i = 1; i < tabChain.size(); ++i)
        setTabOrder(tabChain.at(i - 1), tabChain.at(i));

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
    if (!m_model->isFullyLoaded() && m_model->rowOfEpisode(episodeId) < 0)
        m_model->loadAll();
    const int row = m_model->rowOfEpisode(episodeId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(
            m_episodeFilter->mapFromSource(m_model->index(row, EpisodeListModel::TitleColumn)));
    if (!index.isValid()) {
        if (m_filter->text().isEmpty() && m_show.isEmpty() && !m_episodeFilter->isFiltering())
            return;
        m_filter->clear();
        m_episodeFilter->clearFilters();
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
    m_episodeFilter->setShow(show);
    m_showLabel->setText(tr("Show: %1").arg(show));
    m_showBar->setVisible(!show.isEmpty());
    Q_EMIT showFilterChanged(show);
}

qint64 EpisodeListPane::currentEpisode() const
{
    return m_view->currentIndex().data(EpisodeListModel::EpisodeIdRole).toLongLong();
}

qint64 EpisodeListPane::firstListedEpisode() const
{
    return m_proxy->index(0, EpisodeListModel::TitleColumn)
            .data(EpisodeListModel::EpisodeIdRole)
            .toLongLong();
}

void EpisodeListPane::onCurrentChanged()
{
    const qint64 id = currentEpisode();
    if (id != 0)
        Q_EMIT episodeSelected(id);
}
