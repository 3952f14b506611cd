#include "Icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Icons {

namespace {

// Paints `draw` into a 64 px pixmap (scaled down smoothly by QIcon).
template<typename Draw>
QIcon painted(Draw draw)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 64.0, size / 64.0);
        draw(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon play(const QColor &color)
{
    return painted([color](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(2, 2, 60, 60));
        QPainterPath triangle;
        triangle.moveTo(25, 18);
        triangle.lineTo(47, 32);
        triangle.lineTo(25, 46);
        triangle.closeSubpath();
        p.setBrush(Qt::white);
        p.drawPath(triangle);
    });
}

QIcon pause(const QColor &color)
{
    return painted([color](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(2, 2, 60, 60));
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(22, 19, 7, 26), 2, 2);
        p.drawRoundedRect(QRectF(35, 19, 7, 26), 2, 2);
    });
}

QIcon stop(const QColor &color)
{
    return painted([color](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(16, 16, 32, 32), 5, 5);
    });
}

QIcon volume(const QColor &color)
{
    return painted([color](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        QPainterPath speaker;
        speaker.moveTo(8, 24);
        speaker.lineTo(20, 24);
        speaker.lineTo(34, 10);
        speaker.lineTo(34, 54);
        speaker.lineTo(20, 40);
        speaker.lineTo(8, 40);
        speaker.closeSubpath();
        p.drawPath(speaker);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, 4, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(QRectF(30, 20, 16, 24), -50 * 16, 100 * 16);
        p.drawArc(QRectF(30, 12, 26, 40), -50 * 16, 100 * 16);
    });
}

QIcon app()
{
    return QIcon(QStringLiteral(":/icons/citecast.svg"));
}

} // namespace Icons
