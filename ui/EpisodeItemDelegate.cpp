#include "EpisodeItemDelegate.h"

#include "Theme.h"
#include "models/EpisodeListModel.h"

#include <QPainter>
#include <QPainterPath>

namespace {

QString column(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data(Qt::DisplayRole).toString();
}

} // namespace

QSize EpisodeItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(200, metrics.height() * 2 + 22);
}

void EpisodeItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool stub = index.data(EpisodeListModel::KnownOnlyByTitleRole).toBool();
    const QRect card = option.rect.adjusted(6, 2, -6, -2);
    if (selected || hovered) {
        QPainterPath path;
        path.addRoundedRect(card, 8, 8);
        painter->fillPath(path, selected ? QColor(0xe3, 0xec, 0xfc) : QColor(0xf1, 0xf4, 0xf8));
    }

    const QFontMetrics metrics(option.font);
    const int badgeSize = metrics.height() * 2;
    const QRect badge(card.left() + 8, card.top() + (card.height() - badgeSize) / 2, badgeSize,
                      badgeSize);
    const QString number = column(index, EpisodeListModel::NumberColumn);
    QPainterPath badgePath;
    badgePath.addRoundedRect(badge, 7, 7);
    if (stub) {
        painter->setPen(QPen(QColor(0xc5, 0xca, 0xd1), 1, Qt::DashLine));
        painter->drawPath(badgePath);
    } else {
        painter->fillPath(badgePath, selected ? Theme::accent() : QColor(0xe8, 0xec, 0xf2));
    }
    QFont badgeFont = Theme::scaled(option.font, number.size() > 2 ? 0.85 : 1.0, true);
    painter->setFont(badgeFont);
    painter->setPen(selected && !stub ? Qt::white
                            : stub    ? QColor(0x9a, 0xa0, 0xa8)
                                      : QColor(0x44, 0x4b, 0x57));
    painter->drawText(badge, Qt::AlignCenter, number.isEmpty() ? QStringLiteral("\u2022") : number);

    const int textLeft = badge.right() + 10;
    const QRect titleRect(textLeft, card.top() + 7, card.right() - textLeft - 8, metrics.height());
    QFont titleFont = Theme::scaled(option.font, 1.0, !stub);
    titleFont.setItalic(stub);
    painter->setFont(titleFont);
    painter->setPen(stub ? QColor(0x9a, 0xa0, 0xa8) : QColor(0x1f, 0x24, 0x2b));
    const QString title = column(index, EpisodeListModel::TitleColumn);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, titleRect.width()));

    QStringList facts;
    if (stub) {
        facts << tr("known only by title");
    } else {
        const QString guests = column(index, EpisodeListModel::GuestsColumn);
        if (!guests.isEmpty())
            facts << guests;
        const QString duration = column(index, EpisodeListModel::DurationColumn);
        if (!duration.isEmpty())
            facts << duration;
    }
    const int bookmarks = index.data(EpisodeListModel::BookmarkCountRole).toInt();
    if (bookmarks > 0)
        facts.prepend(QStringLiteral("\u2605 %1").arg(bookmarks));
    const QString questions = column(index, EpisodeListModel::QuestionsColumn);
    if (!questions.isEmpty())
        facts << tr("answers %1").arg(questions);
    const QRect factsRect(textLeft, titleRect.bottom() + 3, titleRect.width(), metrics.height());
    QFont factsFont = Theme::scaled(option.font, 0.9);
    painter->setFont(factsFont);
    painter->setPen(stub ? QColor(0xb0, 0xb5, 0xbc) : Theme::mutedText());
    painter->drawText(factsRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(factsFont).elidedText(facts.join(QStringLiteral("  \u00b7  ")),
                                                         Qt::ElideRight, factsRect.width()));
    painter->restore();
}
