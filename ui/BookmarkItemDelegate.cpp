#include "BookmarkItemDelegate.h"

#include "BookmarkLook.h"
#include "Theme.h"
#include "bookmarks/BookmarkListModel.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace {

constexpr int CardMarginX = 6;
constexpr int CardMarginY = 3;
constexpr int PaddingX = 14;
constexpr int PaddingY = 9;
constexpr int LineGap = 4;
constexpr int StarSize = 22;
constexpr int MaxQuoteLines = 2;

QRect cardRect(const QRect &itemRect)
{
    return itemRect.adjusted(CardMarginX, CardMarginY, -CardMarginX, -CardMarginY);
}

QFont smallFont(const QFont &base)
{
    return Theme::scaled(base, 0.9);
}

// Draws `text` elided into `rect` and returns how wide it came out.
int drawElided(QPainter *painter, const QRect &rect, const QString &text)
{
    const QFontMetrics metrics(painter->font());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, rect.width());
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    return metrics.horizontalAdvance(shown);
}

// `text` broken into at most `maxLines` lines of `width`, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << QFontMetrics(font).elidedText(text.mid(line.textStart()).simplified(),
                                                   Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString headlineText(const QModelIndex &index)
{
    const Bookmark bookmark = index.data(BookmarkListModel::BookmarkRole).value<Bookmark>();
    const QString headline = BookmarkLook::headline(bookmark);
    return bookmark.quote.trimmed().isEmpty() ? headline
                                              : QStringLiteral("\u201c%1\u201d").arg(headline);
}

QFont headlineFont(const QFont &base, const QModelIndex &index)
{
    const bool quoted = !index.data(BookmarkListModel::QuoteRole).toString().trimmed().isEmpty();
    QFont font = base;
    font.setItalic(quoted);
    font.setBold(!quoted);
    return font;
}

// The width the headline may take in an item `itemWidth` wide (the star sits at its right).
int headlineWidth(int itemWidth)
{
    return itemWidth - 2 * CardMarginX - PaddingX - PaddingX / 2 - StarSize - 4;
}

QString tagText(const QStringList &tags)
{
    QStringList words;
    for (const QString &tag : tags)
        words << QLatin1Char('#') + tag;
    return words.join(QStringLiteral("  "));
}

} // namespace

QRect BookmarkItemDelegate::starRect(const QRect &itemRect)
{
    const QRect card = cardRect(itemRect);
    return QRect(card.right() - PaddingX / 2 - StarSize, card.top() + 4, StarSize, StarSize);
}

QSize BookmarkItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    // The quote takes one line or two, depending on the width the view gives it.
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() : option.rect.width();
    const QFont font = headlineFont(option.font, index);
    const int lines = width > 0
            ? int(wrapped(headlineText(index), font, headlineWidth(width), MaxQuoteLines).size())
            : 1;
    const int line = QFontMetrics(font).height();
    const int small = QFontMetrics(smallFont(option.font)).height();
    return QSize(240,
                 2 * CardMarginY + 2 * PaddingY + qMax(lines, 1) * line + 2 * small + 2 * LineGap);
}

void BookmarkItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool orphan = index.data(BookmarkListModel::OrphanRole).toBool();
    const bool starred = index.data(BookmarkListModel::StarredRole).toBool();
    const auto kind = static_cast<BookmarkKind>(index.data(BookmarkListModel::KindRole).toInt());
    const QColor kindColor = orphan ? QColor(0xb0, 0xb5, 0xbc) : BookmarkLook::kindColor(kind);

    const QRectF card = QRectF(cardRect(option.rect)).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(card, 8, 8);
    painter->fillPath(path, selected ? QColor(0xe3, 0xec, 0xfc) : Theme::cardBackground());
    painter->setPen(QPen(selected          ? QColor(0xa9, 0xc1, 0xf2)
                                 : hovered ? QColor(0xcd, 0xd3, 0xdb)
                                           : Theme::cardBorder(),
                         1));
    painter->drawPath(path);
    // The kind's colour as a bar along the left edge.
    QPainterPath bar;
    bar.addRoundedRect(QRectF(card.left() + 5, card.top() + 8, 3, card.height() - 16), 1.5, 1.5);
    painter->fillPath(bar, kindColor);

    const QRect inner = cardRect(option.rect).adjusted(PaddingX, PaddingY, -PaddingX / 2, 0);
    const QRect star = starRect(option.rect);
    const int textRight = star.left() - 4;
    const QFont small = smallFont(option.font);
    const int smallHeight = QFontMetrics(small).height();

    // 1. The quote (or, without one, what it points at), on one line or two.
    const QFont quoteFont = headlineFont(option.font, index);
    const QFontMetrics quoteMetrics(quoteFont);
    painter->setFont(quoteFont);
    painter->setPen(orphan ? QColor(0x5b, 0x62, 0x6c) : QColor(0x1f, 0x24, 0x2b));
    const QStringList quoteLines = wrapped(headlineText(index), quoteFont,
                                           headlineWidth(option.rect.width()), MaxQuoteLines);
    QRect quoteRect(inner.left(), inner.top(), textRight - inner.left(), quoteMetrics.height());
    for (int i = 0; i < quoteLines.size(); ++i) {
        if (i > 0)
            quoteRect.translate(0, quoteMetrics.height());
        painter->drawText(quoteRect, Qt::AlignLeft | Qt::AlignVCenter, quoteLines.at(i));
    }

    if (starred || hovered) {
        QFont starFont = Theme::scaled(option.font, 1.25);
        painter->setFont(starFont);
        painter->setPen(starred ? BookmarkLook::starColor() : QColor(0xc0, 0xc5, 0xcc));
        painter->drawText(star, Qt::AlignCenter,
                          starred ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
    }

    // 2. Kind, then "Episode title · 1:08–1:20" (and a mark when the episode was deleted).
    int x = inner.left();
    const QRect sourceLine(x, quoteRect.bottom() + 1 + LineGap, textRight - x, smallHeight);
    QFont kindFont = Theme::scaled(option.font, 0.78, true);
    kindFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.5);
    painter->setFont(kindFont);
    painter->setPen(kindColor.darker(110));
    x += drawElided(painter, sourceLine, bookmarkKindLabel(kind).toUpper()) + 8;
    if (orphan) {
        painter->setFont(Theme::scaled(option.font, 0.8, true));
        const QString mark = tr("episode deleted");
        const int markWidth = QFontMetrics(painter->font()).horizontalAdvance(mark) + 10;
        const QRectF markRect(x, sourceLine.top() + 1, markWidth, sourceLine.height() - 2);
        QPainterPath pill;
        pill.addRoundedRect(markRect, 4, 4);
        painter->fillPath(pill, QColor(0xfb, 0xe9, 0xe8));
        painter->setPen(BookmarkLook::orphanColor());
        painter->drawText(markRect, Qt::AlignCenter, mark);
        x += markWidth + 6;
    }
    painter->setFont(small);
    painter->setPen(Theme::mutedText());
    // When the headline is already the episode's title, say which show it is from instead.
    const bool titleShown = index.data(BookmarkListModel::QuoteRole).toString().trimmed().isEmpty()
            && index.data(BookmarkListModel::TopicTitleRole).toString().isEmpty();
    const QString title = index.data(titleShown ? BookmarkListModel::ShowRole
                                                : BookmarkListModel::EpisodeTitleRole)
                                  .toString();
    const QString span = BookmarkLook::span(index.data(BookmarkListModel::StartMsRole).toLongLong(),
                                            index.data(BookmarkListModel::EndMsRole).toLongLong());
    const int spanWidth = span.isEmpty()
            ? 0
            : QFontMetrics(small).horizontalAdvance(QStringLiteral(" \u00b7 ") + span);
    const QRect titleRect(x, sourceLine.top(), qMax(textRight - x - spanWidth, 0),
                          sourceLine.height());
    const int titleWidth = drawElided(painter, titleRect, title);
    if (!span.isEmpty())
        painter->drawText(QRect(x + titleWidth, sourceLine.top(), spanWidth, sourceLine.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral(" \u00b7 ") + span);

    // 3. The note's first line and #tags; without either, when it was kept.
    const QRect noteLine(inner.left(), sourceLine.bottom() + 1 + LineGap - 1,
                         inner.right() - inner.left(), smallHeight);
    const QString note = index.data(BookmarkListModel::NoteExcerptRole).toString();
    const QString tags = tagText(index.data(BookmarkListModel::TagsRole).toStringList());
    painter->setFont(small);
    if (note.isEmpty() && tags.isEmpty()) {
        const QDateTime created = QDateTime::fromMSecsSinceEpoch(
                index.data(BookmarkListModel::CreatedMsRole).toLongLong());
        painter->setPen(QColor(0x9a, 0xa0, 0xa8));
        drawElided(painter, noteLine,
                   tr("Kept %1").arg(QLocale().toString(created.date(), QLocale::ShortFormat)));
    } else {
        const QFontMetrics smallMetrics(small);
        // The tags take what the note leaves, and at least half the line when both are long.
        const int gapWidth = 12;
        const int noteFull = note.isEmpty() ? 0 : smallMetrics.horizontalAdvance(note) + gapWidth;
        const int tagsWidth = tags.isEmpty()
                ? 0
                : qMin(smallMetrics.horizontalAdvance(tags),
                       qMax(noteLine.width() / 2, noteLine.width() - noteFull));
        int noteWidth = 0;
        if (!note.isEmpty()) {
            painter->setPen(QColor(0x3a, 0x41, 0x4b));
            const int gap = tags.isEmpty() ? 0 : gapWidth;
            noteWidth = drawElided(painter, noteLine.adjusted(0, 0, -(tagsWidth + gap), 0), note)
                    + gap;
        }
        if (!tags.isEmpty()) {
            painter->setPen(Theme::accent().darker(105));
            drawElided(painter,
                       QRect(noteLine.left() + noteWidth, noteLine.top(), tagsWidth,
                             noteLine.height()),
                       tags);
        }
    }
    painter->restore();
}

bool BookmarkItemDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                       const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease
        || event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && starRect(option.rect).contains(mouse->position().toPoint())) {
            // A double-click on the star is two toggles, never "open".
            if (event->type() == QEvent::MouseButtonRelease)
                Q_EMIT starClicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}
