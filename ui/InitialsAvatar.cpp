#include "InitialsAvatar.h"

#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

namespace InitialsAvatar {

namespace {

// Soft, readable backgrounds for white letters; picked by a stable hash of the name.
QColor colorFor(const QString &seed)
{
    static const QColor palette[] = {
            QColor(0x2f, 0x6f, 0xde), QColor(0x8a, 0x56, 0xd0), QColor(0x1f, 0x9a, 0x6a),
            QColor(0xc0, 0x5a, 0x1e), QColor(0x0e, 0x7c, 0x96), QColor(0xb8, 0x3b, 0x6b),
            QColor(0x5b, 0x6b, 0x1f), QColor(0x4a, 0x55, 0xa8),
    };
    uint hash = 5381;
    for (const QChar c : seed)
        hash = hash * 33 + c.unicode();
    return palette[hash % (sizeof(palette) / sizeof(palette[0]))];
}

QPainterPath shape(int size, bool rounded)
{
    QPainterPath path;
    if (rounded)
        path.addRoundedRect(QRectF(0, 0, size, size), size * 0.16, size * 0.16);
    else
        path.addEllipse(QRectF(0, 0, size, size));
    return path;
}

} // namespace

QPixmap pixmap(const QString &initials, const QString &seed, int size, qreal devicePixelRatio,
               bool rounded)
{
    QPixmap result(QSize(size, size) * devicePixelRatio);
    result.setDevicePixelRatio(devicePixelRatio);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor base = colorFor(seed);
    QLinearGradient gradient(0, 0, size, size);
    gradient.setColorAt(0, base.lighter(118));
    gradient.setColorAt(1, base);
    painter.fillPath(shape(size, rounded), gradient);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(8, int(size * (initials.size() > 1 ? 0.36 : 0.44))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, initials);
    return result;
}

QPixmap artwork(const QString &path, int size, qreal devicePixelRatio)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return QPixmap();
    const int pixels = qRound(size * devicePixelRatio);
    const QImage scaled = image.scaled(pixels, pixels, Qt::KeepAspectRatioByExpanding,
                                       Qt::SmoothTransformation);
    QPixmap result(pixels, pixels);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(devicePixelRatio, devicePixelRatio);
    painter.setClipPath(shape(size, true));
    painter.scale(1 / devicePixelRatio, 1 / devicePixelRatio);
    painter.drawImage(QPoint((pixels - scaled.width()) / 2, (pixels - scaled.height()) / 2),
                      scaled);
    painter.end();
    result.setDevicePixelRatio(devicePixelRatio);
    return result;
}

} // namespace InitialsAvatar
