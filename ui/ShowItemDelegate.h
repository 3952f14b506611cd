#pragma once

#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

// Draws one show of the Shows view: its artwork (a local image, else a placeholder with its
// initials), title, episode count and author. Artwork is scaled once and kept.
class ShowItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static constexpr int ArtworkSize = 44;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QPixmap artwork(const QModelIndex &index, qreal devicePixelRatio) const;

    mutable QHash<QString, QPixmap> m_cache; // by artwork path or placeholder title
};
