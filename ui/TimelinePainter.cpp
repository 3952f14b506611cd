#include "TimelinePainter.h"

#include "Theme.h"
#include "TimelineGeometry.h"
#include "TimelineMarkers.h"
#include "domain/TimeFormat.h"

#include <QPainter>
#include <QPainterPath>
#include <QWidget>

#include <cmath>

namespace {

const QColor selectionColor(0x2f, 0x6f, 0xde);

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// The track's x range over the full height: what time-based drawing is clipped to.
QRect timeClip(const TimelineGeometry &geometry)
{
    const QRect track = geometry.trackRect();
    return QRect(track.left(), 0, track.width(), geometry.height());
}

} // namespace

QColor TimelinePainter::playHeadColor()
{
    return QColor(0xd9, 0x3f, 0x3f);
}

QColor TimelinePainter::trackColor()
{
    return QColor(0xe3, 0xe6, 0xeb);
}

void TimelinePainter::paint(QPainter &painter, const QWidget &widget, const Scene &scene)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(widget.rect(), widget.palette().window());
    paintRuler(painter, widget, scene);
    paintLanes(painter, widget, scene);
    painter.save();
    painter.setClipRect(timeClip(*scene.geometry));
    paintWaveform(painter, widget, scene);
    paintSpans(painter, scene);
    paintMarkers(painter, widget, scene);
    paintPlayHead(painter, scene);
    painter.restore();
}

void TimelinePainter::paintRuler(QPainter &painter, const QWidget &widget, const Scene &scene)
{
    const TimelineGeometry &g = *scene.geometry;
    if (g.durationMs() <= 0)
        return;
    const QRect ruler = g.rulerRect();
    const int bottom = ruler.bottom();
    const qint64 step = g.tickStepMs();
    const qint64 minor = g.minorTickStepMs(step);
    painter.setFont(Theme::scaled(widget.font(), 0.8));
    const QFontMetrics metrics = painter.fontMetrics();
    painter.setPen(QPen(withAlpha(Theme::mutedText(), 110), 1));
    for (qint64 t = g.visibleStartMs() / minor * minor; t <= g.visibleEndMs(); t += minor) {
        if (t % step != 0 && t >= g.visibleStartMs())
            painter.drawLine(QPointF(g.xForTimeF(t) + 0.5, bottom - 2),
                             QPointF(g.xForTimeF(t) + 0.5, bottom));
    }
    painter.setPen(Theme::mutedText());
    const int right = widget.width() - 2;
    for (qint64 t = g.visibleStartMs() / step * step; t <= g.visibleEndMs(); t += step) {
        const double x = g.xForTimeF(t) + 0.5;
        if (x < ruler.left() - 1)
            continue;
        painter.drawLine(QPointF(x, bottom - 5), QPointF(x, bottom));
        const QString label = TimeFormat::clock(t);
        if (x + 3 + metrics.horizontalAdvance(label) <= right)
            painter.drawText(QRectF(x + 3, 0, 90, bottom - 2), Qt::AlignLeft | Qt::AlignBottom,
                             label);
    }
}

const QVector<Waveform::Level> &TimelinePainter::columns(const Scene &scene)
{
    const TimelineGeometry &g = *scene.geometry;
    const Waveform &waveform = *scene.waveform;
    const int width = g.trackRect().width();
    if (m_columnsOf.constData() == waveform.levels().constData()
        && m_columnsOf.size() == waveform.levels().size() && m_columnsStartMs == g.visibleStartMs()
        && m_columnsSpanMs == g.visibleSpanMs() && m_columnsWidth == width)
        return m_columns;
    m_columnsOf = waveform.levels();
    m_columnsStartMs = g.visibleStartMs();
    m_columnsSpanMs = g.visibleSpanMs();
    m_columnsWidth = width;
    m_columns.fill(Waveform::Level(), width);
    const double msPerPixel = g.msPerPixel();
    for (int x = 0; x < width; ++x) {
        const auto from = qint64(double(g.visibleStartMs()) + x * msPerPixel);
        const auto to = qint64(double(g.visibleStartMs()) + (x + 1) * msPerPixel);
        if (from >= waveform.durationMs())
            break;
        // A square root lifts quiet speech into view without flattening the loud parts.
        const Waveform::Level level = waveform.levelBetween(from, std::max(to, from + 1));
        m_columns[x] = {std::sqrt(level.peak), std::sqrt(level.rms)};
    }
    return m_columns;
}

void TimelinePainter::paintWaveform(QPainter &painter, const QWidget &widget, const Scene &scene)
{
    const TimelineGeometry &g = *scene.geometry;
    const QRect band = g.waveformRect();
    painter.setPen(Qt::NoPen);
    painter.setBrush(withAlpha(trackColor(), 150));
    painter.drawRoundedRect(band, 4, 4);
    const double middle = band.top() + band.height() / 2.0;
    const double half = band.height() / 2.0 - 3;

    if (!scene.waveform || scene.waveform->isNull()) {
        painter.setPen(QPen(withAlpha(Theme::mutedText(), 60), 1));
        painter.drawLine(QPointF(band.left() + 4, middle), QPointF(band.right() - 4, middle));
        QString text = scene.waveformMessage;
        if (scene.waveformProgress >= 0)
            text = tr("Reading audio\u2026 %1%").arg(scene.waveformProgress);
        if (!text.isEmpty()) {
            painter.setFont(Theme::scaled(widget.font(), 0.85));
            const QRect textRect = painter.fontMetrics().boundingRect(text).adjusted(-8, -2, 8, 2);
            const QRect centred(band.center() - textRect.center(), textRect.size());
            painter.setPen(Qt::NoPen);
            painter.setBrush(withAlpha(widget.palette().window().color(), 220));
            painter.drawRoundedRect(centred, 4, 4);
            painter.setPen(withAlpha(Theme::mutedText(), 190));
            painter.drawText(band, Qt::AlignCenter, text);
        }
        return;
    }

    const QVector<Waveform::Level> &levels = columns(scene);
    QPolygonF peaks;
    QPolygonF rms;
    peaks.reserve(levels.size() * 2);
    rms.reserve(levels.size() * 2);
    const double left = band.left();
    for (int x = 0; x < levels.size(); ++x) {
        peaks << QPointF(left + x + 0.5, middle - std::max(0.5, levels.at(x).peak * half));
        rms << QPointF(left + x + 0.5, middle - std::max(0.5, levels.at(x).rms * half));
    }
    for (int x = int(levels.size()) - 1; x >= 0; --x) {
        peaks << QPointF(left + x + 0.5, middle + std::max(0.5, levels.at(x).peak * half));
        rms << QPointF(left + x + 0.5, middle + std::max(0.5, levels.at(x).rms * half));
    }
    auto draw = [&](const QColor &peakColor, const QColor &rmsColor) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(peakColor);
        painter.drawPolygon(peaks);
        painter.setBrush(rmsColor);
        painter.drawPolygon(rms);
    };
    draw(QColor(0xb4, 0xbd, 0xca), QColor(0x7d, 0x89, 0x9b));

    // The current clip and the selection stand out in their colours.
    auto redraw = [&](qint64 from, qint64 to, const QColor &color) {
        painter.save();
        painter.setClipRect(QRectF(g.xForTimeF(from), band.top(),
                                   g.xForTimeF(to) - g.xForTimeF(from), band.height()),
                            Qt::IntersectClip);
        draw(withAlpha(color, 110), color.darker(110));
        painter.restore();
    };
    const int active = scene.markers->indexOfClip(scene.activeClipId);
    if (scene.activeClipId != 0 && active >= 0) {
        const TimelineMarker &marker = scene.markers->at(active);
        redraw(marker.startMs, marker.endMs,
               scene.markers->lanes().at(scene.markers->laneIndexOf(active)).color);
    }
    if (scene.selectionStartMs >= 0)
        redraw(scene.selectionStartMs, scene.selectionEndMs, selectionColor);
}

void TimelinePainter::paintLanes(QPainter &painter, const QWidget &widget, const Scene &scene)
{
    const TimelineGeometry &g = *scene.geometry;
    painter.setFont(Theme::scaled(widget.font(), 0.85));
    const QVector<TimelineLane> &lanes = scene.markers->lanes();
    for (int lane = 0; lane < lanes.size(); ++lane) {
        const QRect area = g.laneRect(lane);
        painter.setPen(Theme::mutedText());
        painter.drawText(QRect(10, area.top(), TimelineGeometry::LabelWidth - 16, area.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, lanes.at(lane).name);
        painter.setPen(Qt::NoPen);
        painter.setBrush(trackColor());
        painter.drawRoundedRect(area, 4, 4);
    }
}

void TimelinePainter::paintSpans(QPainter &painter, const Scene &scene)
{
    const TimelineGeometry &g = *scene.geometry;
    const int top = g.waveformRect().top();
    const int bottom = g.laneRect(g.laneCount() - 1).bottom();
    painter.setPen(Qt::NoPen);
    const int active = scene.markers->indexOfClip(scene.activeClipId);
    if (scene.activeClipId != 0 && active >= 0) {
        const TimelineMarker &marker = scene.markers->at(active);
        const QColor color = scene.markers->lanes().at(scene.markers->laneIndexOf(active)).color;
        const double left = g.xForTimeF(marker.startMs);
        painter.setBrush(withAlpha(color, 34));
        painter.drawRect(QRectF(left, top, g.xForTimeF(marker.endMs) - left, bottom - top + 1));
    }
    if (scene.selectionStartMs >= 0) {
        const double left = g.xForTimeF(scene.selectionStartMs);
        const double right = g.xForTimeF(scene.selectionEndMs);
        painter.setBrush(withAlpha(selectionColor, 40));
        painter.drawRect(QRectF(left, 0, right - left, bottom + 1));
        painter.setPen(QPen(withAlpha(selectionColor, 200), 1));
        painter.drawLine(QPointF(left, 0), QPointF(left, bottom));
        painter.drawLine(QPointF(right, 0), QPointF(right, bottom));
    }
}

void TimelinePainter::paintMarkers(QPainter &painter, const QWidget &widget, const Scene &scene)
{
    const TimelineGeometry &g = *scene.geometry;
    const TimelineMarkers &markers = *scene.markers;
    const QRect track = g.trackRect().adjusted(-8, 0, 8, 0);
    const QFont numberFont = Theme::scaled(widget.font(), 0.75, true);
    const QFont titleFont = Theme::scaled(widget.font(), 0.75);
    for (int i = 0; i < markers.count(); ++i) {
        const TimelineMarker &marker = markers.at(i);
        const int lane = markers.laneIndexOf(i);
        const QRect rect = g.markerRect(marker.startMs, marker.endMs, lane);
        if (!rect.intersects(track))
            continue;
        const QRect shown = rect.intersected(track);
        const bool active = marker.id == scene.activeClipId && scene.activeClipId != 0
                && i < markers.clipCount();
        QColor color = markers.lanes().at(lane).color;
        if (i == scene.hovered)
            color = color.darker(115);
        color.setAlpha(active || i == scene.hovered ? 255 : 215);
        painter.setPen(active ? QPen(color.darker(140), 2) : QPen(Qt::white, 1));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(shown).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);

        QString text = marker.number > 0 ? QString::number(marker.number) : QString();
        const QRect visible = shown.intersected(g.trackRect()).adjusted(4, 0, -4, 0);
        if (visible.width() >= 100 && !marker.title.isEmpty()) {
            painter.setFont(titleFont);
            text = painter.fontMetrics().elidedText(
                    text.isEmpty() ? marker.title : text + QStringLiteral("  ") + marker.title,
                    Qt::ElideRight, visible.width());
            painter.setPen(Qt::white);
            painter.drawText(visible, Qt::AlignVCenter | Qt::AlignLeft, text);
        } else if (!text.isEmpty() && rect.width() >= 14 && visible.width() >= 6) {
            painter.setFont(numberFont);
            painter.setPen(Qt::white);
            painter.drawText(rect, Qt::AlignCenter, text);
        }
    }
    if (scene.showFocus && scene.focused >= 0 && scene.focused < markers.count()) {
        const TimelineMarker &marker = markers.at(scene.focused);
        const QRect rect
                = g.markerRect(marker.startMs, marker.endMs, markers.laneIndexOf(scene.focused));
        painter.setPen(QPen(Theme::accent(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect.intersected(track)).adjusted(-2.5, -2.5, 2.5, 2.5), 5,
                                5);
    }
}

void TimelinePainter::paintPlayHead(QPainter &painter, const Scene &scene)
{
    const TimelineGeometry &g = *scene.geometry;
    if (scene.positionMs < 0 || g.durationMs() <= 0 || !g.isVisible(scene.positionMs))
        return;
    const double x = g.xForTimeF(scene.positionMs);
    const int top = TimelineGeometry::RulerHeight - 4;
    painter.setPen(QPen(playHeadColor(), 2));
    painter.drawLine(QPointF(x, top), QPointF(x, g.laneRect(g.laneCount() - 1).bottom() + 2));
    painter.setPen(Qt::NoPen);
    painter.setBrush(playHeadColor());
    painter.drawEllipse(QPointF(x, top), 4, 4);
}
