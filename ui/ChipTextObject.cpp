#include "ChipTextObject.h"

#include "Theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace {

QFont chipFont(const QTextFormat &format)
{
    QFont font = format.toCharFormat().font();
    font.setPointSizeF(font.pointSizeF() * 0.84);
    font.setBold(true);
    return font;
}

} // namespace

ChipTextObject::ChipTextObject(QObject *parent)
    : QObject(parent)
{ }

QSizeF ChipTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const QFontMetricsF metrics(chipFont(format));
    const QString label = QString::number(format.intProperty(NumberProperty));
    const qreal height = metrics.height() + 2;
    const qreal width = std::max(height, metrics.horizontalAdvance(label) + 10);
    // A little room on the left separates the chip from the sentence's full stop.
    return QSizeF(width + 3, height);
}

void ChipTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                const QTextFormat &format)
{
    const int index = format.intProperty(IndexProperty);
    const bool hasAudio = format.boolProperty(HasAudioProperty);
    const bool playing = m_playing.contains(index);
    const bool hovered = m_hovered == index;
    const QRectF chip = rect.adjusted(3, 0, 0, 0);
    const QColor base = Theme::kindColor(ClipKind::Citation);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2, chip.height() / 2);
    QColor fill = hasAudio ? base : QColor(0xe9, 0xeb, 0xee);
    if (hasAudio && hovered)
        fill = base.darker(115);
    if (playing)
        fill = QColor(0xe0, 0x7a, 0x2e);
    painter->fillPath(path, fill);
    if (!hasAudio) {
        painter->setPen(QPen(QColor(0xb4, 0xb9, 0xc1), 1, Qt::DashLine));
        painter->drawPath(path);
    }
    painter->setFont(chipFont(format));
    painter->setPen(hasAudio || playing ? Qt::white : QColor(0x6b, 0x72, 0x80));
    painter->drawText(chip, Qt::AlignCenter, QString::number(format.intProperty(NumberProperty)));
    painter->restore();
}
