#pragma once

#include <QAbstractListModel>

class PlayQueue;

// The play queue as a list the window shows: one row per item, in queue order, with its label,
// title, span and clip, and which one is current. Follows the queue's changes row by row.
class PlayQueueModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        TitleRole,
        StartMsRole,
        EndMsRole,
        ClipIdRole,
        IsCurrentRole,
    };

    explicit PlayQueueModel(PlayQueue &queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onCurrentChanged(int index);

    PlayQueue &m_queue;
    int m_current = -1;
};
