#include "EpisodeListPane.h"

#include "EpisodeItemDelegate.h"
#include "models/EpisodeListModel.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

EpisodeListPane::EpisodeListPane(EpisodeListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
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

    m_proxy->setSourceModel(model);
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
}

void EpisodeListPane::selectEpisode(qint64 episodeId)
{
    const int row = m_model->rowOfEpisode(episodeId);
    if (row < 0)
        return;
    const QModelIndex index
            = m_proxy->mapFromSource(m_model->index(row, EpisodeListModel::TitleColumn));
    if (!index.isValid()) {
        m_filter->clear();
        return selectEpisode(episodeId);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
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
