#pragma once

#include <QStyledItemDelegate>

// Paints a queue entry: its label ("Citation 4") over its title, its span on the right, and the
// one playing marked.
class QueueItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
