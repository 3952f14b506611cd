#include "PlayQueueModel.h"

#include "PlayQueue.h"
#include "domain/TimeFormat.h"

PlayQueueModel::PlayQueueModel(PlayQueue &queue, QObject *parent)
    : QAbstractListModel(parent)
    , m_queue(queue)
    , m_current(queue.currentIndex())
{
    connect(&queue, &PlayQueue::itemsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows(QModelIndex(), first, last); });
    connect(&queue, &PlayQueue::itemsInserted, this, [this] { endInsertRows(); });
    connect(&queue, &PlayQueue::itemAboutToBeRemoved, this,
            [this](int index) { beginRemoveRows(QModelIndex(), index, index); });
    connect(&queue, &PlayQueue::itemRemoved, this, [this] { endRemoveRows(); });
    connect(&queue, &PlayQueue::itemAboutToBeMoved, this, [this](int from, int to) {
        // Qt counts the destination before the move: one further when moving down.
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    });
    connect(&queue, &PlayQueue::itemMoved, this, [this] { endMoveRows(); });
    connect(&queue, &PlayQueue::aboutToBeReset, this, [this] { beginResetModel(); });
    connect(&queue, &PlayQueue::wasReset, this, [this] {
        m_current = m_queue.currentIndex();
        endResetModel();
    });
    connect(&queue, &PlayQueue::currentIndexChanged, this, &PlayQueueModel::onCurrentChanged);
}

int PlayQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_queue.count();
}

QVariant PlayQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QueueItem &item = m_queue.items().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return item.label;
    case Qt::ToolTipRole:
        return QString(item.label + QStringLiteral(" \u00b7 ")
                       + TimeFormat::span(item.request.startMs, item.request.endMs)
                       + (item.request.title.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" \u00b7 ") + item.request.title));
    case TitleRole:
        return item.request.title;
    case StartMsRole:
        return item.request.startMs;
    case EndMsRole:
        return item.request.endMs;
    case ClipIdRole:
        return item.request.clipId;
    case IsCurrentRole:
        return index.row() == m_queue.currentIndex();
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> PlayQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LabelRole, "label");
    names.insert(TitleRole, "title");
    names.insert(StartMsRole, "startMs");
    names.insert(EndMsRole, "endMs");
    names.insert(ClipIdRole, "clipId");
    names.insert(IsCurrentRole, "isCurrent");
    return names;
}

// The rows that were and are current repaint.
void PlayQueueModel::onCurrentChanged(int index)
{
    const int before = m_current;
    m_current = index;
    for (int row : {before, index}) {
        if (row >= 0 && row < rowCount())
            Q_EMIT dataChanged(this->index(row), this->index(row), {IsCurrentRole});
    }
}
