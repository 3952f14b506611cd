#pragma once

#include <QStyledItemDelegate>

// Paints an episode as two lines with a number badge: the title, then guests, duration and how
// many questions it answers. Episodes known only by title are drawn greyed and in italics.
class EpisodeItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
