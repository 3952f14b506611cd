#include "BookmarkLook.h"

#include "Theme.h"
#include "domain/TimeFormat.h"

#include <QPainter>
#include <QPainterPath>

namespace BookmarkLook {

QColor kindColor(BookmarkKind kind)
{
    switch (kind) {
    case BookmarkKind::Insight:
        return Theme::kindColor(ClipKind::Citation);
    case BookmarkKind::Clip:
        return Theme::kindColor(ClipKind::Popular);
    case BookmarkKind::Topic:
        return Theme::kindColor(ClipKind::Highlight);
    case BookmarkKind::Range:
        return Theme::kindColor(ClipKind::Question);
    case BookmarkKind::Episode:
        break;
    }
    return Theme::mutedText();
}

QColor starColor()
{
    return QColor(0xe0, 0xa1, 0x1b);
}

QColor orphanColor()
{
    return QColor(0xc2, 0x41, 0x3b);
}

QString span(qint64 startMs, qint64 endMs)
{
    if (startMs < 0 || endMs <= startMs)
        return QString();
    return TimeFormat::span(startMs, endMs);
}

QString source(const QString &episodeTitle, qint64 startMs, qint64 endMs)
{
    const QString when = span(startMs, endMs);
    if (when.isEmpty())
        return episodeTitle;
    if (episodeTitle.isEmpty())
        return when;
    return episodeTitle + QStringLiteral(" \u00b7 ") + when;
}

QString headline(const Bookmark &bookmark)
{
    if (!bookmark.quote.trimmed().isEmpty())
        return bookmark.quote.simplified();
    if (!bookmark.topicTitle.isEmpty())
        return bookmark.topicTitle;
    return bookmark.episodeTitle;
}

QString shortened(const QString &text, int maxChars)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() <= maxChars)
        return trimmed;
    QString cut = trimmed.left(qMax(maxChars - 1, 0));
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxChars / 2)
        cut.truncate(space);
    return cut + QChar(0x2026);
}

QPixmap ribbon(const QSize &size, qreal ratio)
{
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal w = size.width();
    const qreal h = size.height();
    QPainterPath path;
    path.moveTo(4, 6);
    path.quadTo(4, 2, 8, 2);
    path.lineTo(w - 8, 2);
    path.quadTo(w - 4, 2, w - 4, 6);
    path.lineTo(w - 4, h - 3);
    path.lineTo(w / 2, h - 13);
    path.lineTo(4, h - 3);
    path.closeSubpath();
    painter.fillPath(path, QColor(0xdc, 0xe6, 0xf9));
    painter.setPen(QPen(Theme::accent().lighter(140), 1.5));
    painter.drawPath(path);
    return pixmap;
}

QIcon ribbonIcon(const QColor &color)
{
    QIcon icon;
    for (const int side : {16, 24, 32}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal s = side / 16.0;
        QPainterPath path;
        path.moveTo(4 * s, 2 * s);
        path.lineTo(12 * s, 2 * s);
        path.lineTo(12 * s, 14 * s);
        path.lineTo(8 * s, 10.5 * s);
        path.lineTo(4 * s, 14 * s);
        path.closeSubpath();
        painter.setPen(QPen(color, 1.4 * s, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace BookmarkLook
