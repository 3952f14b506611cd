#include "TimelineGeometry.h"

#include <algorithm>
#include <cmath>

void TimelineGeometry::setDurationMs(qint64 durationMs)
{
    durationMs = std::max<qint64>(0, durationMs);
    if (durationMs == m_durationMs)
        return;
    const bool whole = m_spanMs >= m_durationMs;
    m_durationMs = durationMs;
    if (whole)
        m_spanMs = durationMs;
    setVisibleRange(m_startMs, m_spanMs);
}

int TimelineGeometry::height() const
{
    return laneRect(m_laneCount - 1).bottom() + 1 + LaneGap + ScrollBarHeight + BottomMargin;
}

qint64 TimelineGeometry::minSpanMs() const
{
    return std::min(m_durationMs, MinVisibleMs);
}

double TimelineGeometry::zoomFactor() const
{
    return m_spanMs > 0 ? double(m_durationMs) / double(m_spanMs) : 1.0;
}

bool TimelineGeometry::setVisibleRange(qint64 startMs, qint64 spanMs)
{
    spanMs = std::clamp(spanMs, minSpanMs(), m_durationMs);
    startMs = std::clamp<qint64>(startMs, 0, m_durationMs - spanMs);
    if (startMs == m_startMs && spanMs == m_spanMs)
        return false;
    m_startMs = startMs;
    m_spanMs = spanMs;
    return true;
}

bool TimelineGeometry::zoomAround(qint64 spanMs, qint64 anchorMs)
{
    spanMs = std::clamp(spanMs, minSpanMs(), m_durationMs);
    if (m_spanMs <= 0)
        return setVisibleRange(0, spanMs);
    const double fraction = std::clamp(double(anchorMs - m_startMs) / double(m_spanMs), 0.0, 1.0);
    return setVisibleRange(anchorMs - qint64(std::llround(fraction * double(spanMs))), spanMs);
}

bool TimelineGeometry::pageTo(qint64 ms, double marginFraction)
{
    if (isVisible(ms))
        return false;
    const auto margin = qint64(double(m_spanMs) * marginFraction);
    return ms < m_startMs ? scrollTo(ms - m_spanMs + margin) : scrollTo(ms - margin);
}

QRect TimelineGeometry::trackRect() const
{
    return QRect(LabelWidth, 0, std::max(10, m_width - LabelWidth - RightMargin),
                 laneRect(m_laneCount - 1).bottom() + 1);
}

QRect TimelineGeometry::rulerRect() const
{
    return QRect(LabelWidth, 0, trackRect().width(), RulerHeight);
}

QRect TimelineGeometry::waveformRect() const
{
    return QRect(LabelWidth, RulerHeight, trackRect().width(), WaveformHeight);
}

QRect TimelineGeometry::laneRect(int lane) const
{
    const int top = RulerHeight + WaveformHeight + WaveformGap + lane * (LaneHeight + LaneGap);
    return QRect(LabelWidth, top, std::max(10, m_width - LabelWidth - RightMargin), LaneHeight);
}

QRect TimelineGeometry::scrollBarRect() const
{
    const QRect track = trackRect();
    return QRect(track.left(), track.bottom() + 1 + LaneGap, track.width(), ScrollBarHeight);
}

QRect TimelineGeometry::markerRect(qint64 startMs, qint64 endMs, int lane) const
{
    const QRect area = laneRect(lane);
    const int left = xForTime(startMs);
    const int right = std::max(left + 6, xForTime(endMs));
    return QRect(QPoint(left, area.top() + 2), QPoint(right - 1, area.bottom() - 2));
}

bool TimelineGeometry::inSelectionArea(const QPoint &point) const
{
    return point.y() >= 0 && point.y() <= waveformRect().bottom() && inTrack(point);
}

bool TimelineGeometry::inTrack(const QPoint &point) const
{
    const QRect track = trackRect();
    return point.x() >= track.left() && point.x() <= track.right();
}

double TimelineGeometry::xForTimeF(qint64 ms) const
{
    const QRect track = trackRect();
    if (m_spanMs <= 0)
        return track.left();
    return track.left() + double(ms - m_startMs) * track.width() / double(m_spanMs);
}

int TimelineGeometry::xForTime(qint64 ms) const
{
    return int(std::floor(xForTimeF(ms)));
}

qint64 TimelineGeometry::timeForX(double x) const
{
    const QRect track = trackRect();
    if (m_spanMs <= 0)
        return 0;
    const double ms = m_startMs + (x - track.left()) * double(m_spanMs) / track.width();
    return std::clamp<qint64>(std::llround(ms), 0, m_durationMs);
}

double TimelineGeometry::msPerPixel() const
{
    return double(m_spanMs) / trackRect().width();
}

qint64 TimelineGeometry::tickStepMs(int minPixels) const
{
    static const qint64 steps[]
            = {1000,   2000,   5000,   10000,   15000,   30000,   60000,   120000,
               300000, 600000, 900000, 1800000, 3600000, 7200000, 10800000};
    for (qint64 step : steps) {
        if (double(step) / msPerPixel() >= minPixels)
            return step;
    }
    return steps[std::size(steps) - 1];
}

qint64 TimelineGeometry::minorTickStepMs(qint64 stepMs, int minPixels) const
{
    static const qint64 parts[] = {100,   200,   500,    1000,   2000,   5000,   10000,   15000,
                                   30000, 60000, 120000, 300000, 600000, 900000, 1800000, 3600000};
    for (qint64 part : parts) {
        if (part < stepMs && stepMs % part == 0 && double(part) / msPerPixel() >= minPixels)
            return part;
    }
    return stepMs;
}
