#pragma once

#include <QStyledItemDelegate>

// Paints a bookmark of BookmarkListModel as a rounded card of three lines: the quote, then its
// kind, episode and span, then the note's first line and #tags; a star when starred (a click on
// it asks to toggle), and "episode deleted" for an orphan.
class BookmarkItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the star sits in an item drawn in `itemRect`.
    static QRect starRect(const QRect &itemRect);

Q_SIGNALS:
    void starClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};
