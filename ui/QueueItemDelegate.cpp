#include "QueueItemDelegate.h"

#include "Theme.h"
#include "domain/TimeFormat.h"
#include "playback/PlayQueueModel.h"

#include <QPainter>
#include <QPainterPath>

QSize QueueItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(200, QFontMetrics(option.font).height() * 2 + 18);
}

void QueueItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool current = index.data(PlayQueueModel::IsCurrentRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    const QRect card = option.rect.adjusted(4, 2, -4, -2);
    if (current || selected) {
        QPainterPath path;
        path.addRoundedRect(card, 7, 7);
        painter->fillPath(path, current ? QColor(0xfd, 0xec, 0xd8) : QColor(0xe3, 0xec, 0xfc));
    }
    const QFontMetrics metrics(option.font);
    const int left = card.left() + 12;
    const QString span = TimeFormat::span(index.data(PlayQueueModel::StartMsRole).toLongLong(),
                                          index.data(PlayQueueModel::EndMsRole).toLongLong());
    const QFont small = Theme::scaled(option.font, 0.9);
    const int spanWidth = QFontMetrics(small).horizontalAdvance(span);

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(current ? QColor(0xb0, 0x55, 0x12) : Theme::accent());
    const QRect labelRect(left, card.top() + 6, card.width() - 24 - spanWidth, metrics.height());
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                      (current ? QStringLiteral("\u25b6 ") : QString())
                              + index.data(PlayQueueModel::LabelRole).toString());
    painter->setFont(small);
    painter->setPen(Theme::mutedText());
    painter->drawText(
            QRect(card.right() - 10 - spanWidth, labelRect.top(), spanWidth, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, span);
    const QRect titleRect(left, labelRect.bottom() + 2, card.width() - 22, metrics.height());
    painter->setPen(QColor(0x2f, 0x36, 0x40));
    painter->drawText(
            titleRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(index.data(PlayQueueModel::TitleRole).toString(),
                                           Qt::ElideRight, titleRect.width()));
    painter->restore();
}
