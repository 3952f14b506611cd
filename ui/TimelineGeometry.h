#pragma once

#include <QPoint>
#include <QRect>
#include <QtGlobal>

// Where everything of the timeline sits for a width, a lane count, an episode length and the
// visible range, and the zoom and scroll arithmetic: plain values, so the painter, the mouse and
// the tests agree on every pixel.
class TimelineGeometry
{
public:
    static constexpr int LabelWidth = 92;
    static constexpr int RightMargin = 12;
    static constexpr int RulerHeight = 20;
    static constexpr int WaveformHeight = 40;
    static constexpr int WaveformGap = 6;
    static constexpr int LaneHeight = 20;
    static constexpr int LaneGap = 4;
    static constexpr int ScrollBarHeight = 10;
    static constexpr int BottomMargin = 4;
    // The closest zoom shows this much of the episode across the track.
    static constexpr qint64 MinVisibleMs = 5000;

    void setWidth(int width) { m_width = width; }
    void setLaneCount(int count) { m_laneCount = std::max(1, count); }
    // A view of the whole episode stays whole; a zoomed-in one keeps its range where it can.
    void setDurationMs(qint64 durationMs);

    int width() const { return m_width; }
    int height() const;
    int laneCount() const { return m_laneCount; }
    qint64 durationMs() const { return m_durationMs; }

    // The visible range; the whole episode unless zoomed in.
    qint64 visibleStartMs() const { return m_startMs; }
    qint64 visibleSpanMs() const { return m_spanMs; }
    qint64 visibleEndMs() const { return m_startMs + m_spanMs; }
    qint64 minSpanMs() const;
    bool isZoomedIn() const { return m_spanMs < m_durationMs; }
    // How many times the episode is magnified: 1 shows it whole.
    double zoomFactor() const;
    bool isVisible(qint64 ms) const { return ms >= m_startMs && ms <= visibleEndMs(); }

    // Each returns whether the visible range changed. Ranges are clamped to the episode and to
    // the zoom limits.
    bool setVisibleRange(qint64 startMs, qint64 spanMs);
    // Shows `spanMs` with `anchorMs` staying at the same x.
    bool zoomAround(qint64 spanMs, qint64 anchorMs);
    bool scrollTo(qint64 startMs) { return setVisibleRange(startMs, m_spanMs); }
    // Turns the page (not a smooth scroll) so that `ms` is in view, `marginFraction` of the
    // span from the edge it entered by.
    bool pageTo(qint64 ms, double marginFraction = 0.05);

    // Where times are drawn, across the full height.
    QRect trackRect() const;
    QRect rulerRect() const;
    QRect waveformRect() const;
    QRect laneRect(int lane) const;
    QRect scrollBarRect() const;
    // A marker of [startMs, endMs) on `lane`: at least a few pixels wide, in widget coordinates
    // (outside the track when scrolled out of view).
    QRect markerRect(qint64 startMs, qint64 endMs, int lane) const;
    // Where a drag selects a range: the ruler and the waveform, over the track.
    bool inSelectionArea(const QPoint &point) const;
    bool inTrack(const QPoint &point) const;

    int xForTime(qint64 ms) const;
    double xForTimeF(qint64 ms) const;
    // The time at `x`, clamped to the episode.
    qint64 timeForX(double x) const;
    double msPerPixel() const;

    // The ruler's labelled step (at least `minPixels` apart) and its unlabelled subdivision.
    qint64 tickStepMs(int minPixels = 70) const;
    qint64 minorTickStepMs(qint64 stepMs, int minPixels = 7) const;

private:
    int m_width = 600;
    int m_laneCount = 1;
    qint64 m_durationMs = 0;
    qint64 m_startMs = 0;
    qint64 m_spanMs = 0;
};
