#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Theme {

QColor kindColor(ClipKind kind)
{
    switch (kind) {
    case ClipKind::Citation:
        return QColor(0x2f, 0x6f, 0xde);
    case ClipKind::Popular:
        return QColor(0xe0, 0x7a, 0x2e);
    case ClipKind::Highlight:
        return QColor(0x8a, 0x56, 0xd0);
    case ClipKind::Question:
        return QColor(0x1f, 0x9a, 0x6a);
    case ClipKind::Chapter:
        return QColor(0x0e, 0x7c, 0x96);
    case ClipKind::Soundbite:
        return QColor(0xc2, 0x41, 0x7a);
    }
    return QColor(Qt::gray);
}

QColor accent()
{
    return QColor(0x2f, 0x6f, 0xde);
}

QColor mutedText()
{
    return QColor(0x6b, 0x72, 0x80);
}

QColor pageBackground()
{
    return QColor(0xf6, 0xf7, 0xf9);
}

QColor cardBackground()
{
    return QColor(Qt::white);
}

QColor cardBorder()
{
    return QColor(0xe2, 0xe5, 0xea);
}

QFont scaled(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

void apply()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = QApplication::style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xee, 0xf0, 0xf3));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    palette.setColor(QPalette::Highlight, accent());
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, accent());
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa8));
    QApplication::setPalette(palette);
}

} // namespace Theme
