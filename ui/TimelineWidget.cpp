#include "TimelineWidget.h"

#include "TimelineAccessible.h"
#include "domain/TimeFormat.h"

#include <QAbstractItemModel>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

#include <climits>
#include <cmath>

namespace {

constexpr double KeyZoomStep = 1.5;   // per + or − press
constexpr double FollowMargin = 0.05; // of the view, left of a play head that turned the page

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    TimelineAccessible::install();
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Left and Right move between clips and Enter plays one; drag over "
                                "the waveform to select a range; + and \u2212 zoom."));
    m_scrollBar = new QScrollBar(Qt::Horizontal, this);
    m_scrollBar->setFocusPolicy(Qt::NoFocus);
    m_scrollBar->hide();
    connect(m_scrollBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_syncingScrollBar)
            viewChanged(m_geometry.scrollTo(value));
    });
    relayout();
}

void TimelineWidget::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineWidget::reset);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineWidget::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineWidget::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineWidget::rebuild);
    }
    rebuild();
}

void TimelineWidget::reset()
{
    // Another episode: the view, the selection and the keyboard start afresh.
    m_focused = -1;
    m_showFocus = false;
    clearSelection();
    rebuild();
    zoomToFit();
}

void TimelineWidget::rebuild()
{
    m_markers.setClips(m_model);
    m_hovered = -1;
    if (m_focused >= m_markers.count())
        m_focused = -1;
    relayout();
    TimelineAccessible::markersChanged(this);
}

void TimelineWidget::setExtraLane(const TimelineLane &lane, const QVector<TimelineMarker> &markers)
{
    m_markers.setExtraLane(lane, markers);
    rebuild();
}

void TimelineWidget::removeExtraLane(int laneId)
{
    m_markers.removeExtraLane(laneId);
    rebuild();
}

void TimelineWidget::relayout()
{
    const int lanes = m_geometry.laneCount();
    const qint64 start = m_geometry.visibleStartMs();
    const qint64 span = m_geometry.visibleSpanMs();
    m_geometry.setLaneCount(int(m_markers.lanes().size()));
    m_geometry.setDurationMs(
            std::max({m_baseDurationMs, m_markers.endMs(), m_waveform.durationMs()}));
    m_geometry.setWidth(width());
    if (lanes != m_geometry.laneCount())
        updateGeometry();
    m_scrollBar->setGeometry(m_geometry.scrollBarRect());
    viewChanged(start != m_geometry.visibleStartMs() || span != m_geometry.visibleSpanMs());
}

void TimelineWidget::viewChanged(bool changed)
{
    syncScrollBar();
    if (changed)
        Q_EMIT visibleRangeChanged(visibleStartMs(), visibleSpanMs());
    update();
}

void TimelineWidget::syncScrollBar()
{
    m_syncingScrollBar = true;
    const qint64 span = m_geometry.visibleSpanMs();
    m_scrollBar->setRange(0, int(std::min<qint64>(INT_MAX, durationMs() - span)));
    m_scrollBar->setPageStep(int(std::min<qint64>(INT_MAX, span)));
    m_scrollBar->setSingleStep(int(std::clamp<qint64>(span / 10, 1, INT_MAX)));
    m_scrollBar->setValue(int(std::min<qint64>(INT_MAX, visibleStartMs())));
    m_scrollBar->setVisible(m_geometry.isZoomedIn());
    m_syncingScrollBar = false;
}

void TimelineWidget::setDurationMs(qint64 durationMs)
{
    m_baseDurationMs = std::max<qint64>(0, durationMs);
    relayout();
}

void TimelineWidget::setPositionMs(qint64 positionMs)
{
    if (positionMs == m_positionMs)
        return;
    const bool wasVisible = m_positionMs >= 0 && m_geometry.isVisible(m_positionMs);
    m_positionMs = positionMs;
    // While playing, a zoomed-in view follows the play head a page at a time.
    if (positionMs >= 0 && wasVisible && !m_geometry.isVisible(positionMs)) {
        viewChanged(
                m_geometry.scrollTo(positionMs - qint64(double(visibleSpanMs()) * FollowMargin)));
    }
    update();
}

void TimelineWidget::setActiveClip(qint64 clipId)
{
    if (clipId == m_activeClip)
        return;
    m_activeClip = clipId;
    const int index = m_markers.indexOfClip(clipId);
    if (index >= 0 && !isMarkerInView(index)) {
        viewChanged(m_geometry.scrollTo(m_markers.at(index).startMs
                                        - qint64(double(visibleSpanMs()) * FollowMargin)));
    }
    update();
}

void TimelineWidget::setWaveform(const Waveform &waveform)
{
    m_waveform = waveform;
    if (!waveform.isNull())
        m_waveformProgress = -1;
    relayout(); // the audio may be longer than the page said
}

void TimelineWidget::setWaveformProgress(int percent)
{
    m_waveformProgress = std::clamp(percent, -1, 100);
    update(m_geometry.waveformRect());
}

void TimelineWidget::setWaveformMessage(const QString &message)
{
    m_waveformMessage = message;
    update(m_geometry.waveformRect());
}

QRect TimelineWidget::markerRect(int row) const
{
    if (row < 0 || row >= m_markers.count())
        return QRect();
    const TimelineMarker &marker = m_markers.at(row);
    return m_geometry.markerRect(marker.startMs, marker.endMs, m_markers.laneIndexOf(row));
}

bool TimelineWidget::isMarkerInView(int index) const
{
    if (index < 0 || index >= m_markers.count())
        return false;
    const TimelineMarker &marker = m_markers.at(index);
    return marker.endMs >= visibleStartMs() && marker.startMs <= m_geometry.visibleEndMs();
}

int TimelineWidget::markerAt(const QPoint &point) const
{
    if (!m_geometry.inTrack(point))
        return -1;
    // Later markers are drawn on top, so they win.
    for (int index = m_markers.count() - 1; index >= 0; --index) {
        if (markerRect(index).adjusted(-1, -2, 1, 2).contains(point))
            return index;
    }
    return -1;
}

void TimelineWidget::setFocusedMarker(int index)
{
    m_focused = index >= 0 && index < m_markers.count() ? index : -1;
    if (m_focused >= 0 && !isMarkerInView(m_focused))
        viewChanged(m_geometry.pageTo(m_markers.at(m_focused).startMs, FollowMargin));
    TimelineAccessible::focusChanged(this, m_focused);
    update();
}

void TimelineWidget::moveFocus(int index)
{
    if (index < 0)
        return;
    m_showFocus = true;
    setFocusedMarker(index);
}

void TimelineWidget::activateMarker(int index)
{
    if (index < 0 || index >= m_markers.count())
        return;
    const TimelineMarker &marker = m_markers.at(index);
    if (index < m_markers.clipCount())
        Q_EMIT clipActivated(marker.id);
    else
        Q_EMIT markerActivated(marker.laneId, marker.id);
}

double TimelineWidget::maximumZoomFactor() const
{
    const qint64 minimum = m_geometry.minSpanMs();
    return minimum > 0 ? double(durationMs()) / double(minimum) : 1.0;
}

void TimelineWidget::setVisibleRange(qint64 startMs, qint64 spanMs)
{
    viewChanged(m_geometry.setVisibleRange(startMs, spanMs));
}

void TimelineWidget::setZoomFactor(double factor)
{
    zoomTo(qint64(double(durationMs()) / std::max(1.0, factor)), zoomAnchor());
}

qint64 TimelineWidget::zoomAnchor() const
{
    if (m_positionMs >= 0 && m_geometry.isVisible(m_positionMs))
        return m_positionMs;
    if (m_focused >= 0 && isMarkerInView(m_focused))
        return m_markers.at(m_focused).startMs;
    return visibleStartMs() + visibleSpanMs() / 2;
}

void TimelineWidget::zoomTo(qint64 spanMs, qint64 anchorMs)
{
    const bool playHeadVisible = m_positionMs >= 0 && m_geometry.isVisible(m_positionMs);
    bool changed = m_geometry.zoomAround(spanMs, anchorMs);
    if (playHeadVisible && !m_geometry.isVisible(m_positionMs))
        changed = m_geometry.pageTo(m_positionMs, FollowMargin) || changed;
    viewChanged(changed);
}

void TimelineWidget::zoomIn()
{
    zoomTo(qint64(double(visibleSpanMs()) / KeyZoomStep), zoomAnchor());
}

void TimelineWidget::zoomOut()
{
    zoomTo(qint64(double(visibleSpanMs()) * KeyZoomStep), zoomAnchor());
}

void TimelineWidget::zoomToFit()
{
    setVisibleRange(0, durationMs());
}

void TimelineWidget::setSelection(qint64 startMs, qint64 endMs)
{
    if (startMs > endMs)
        std::swap(startMs, endMs);
    startMs = std::clamp<qint64>(startMs, -1, durationMs());
    endMs = std::clamp<qint64>(endMs, -1, durationMs());
    if (startMs < 0 || endMs <= startMs)
        startMs = endMs = -1;
    if (startMs == m_selectionStartMs && endMs == m_selectionEndMs)
        return;
    m_selectionStartMs = startMs;
    m_selectionEndMs = endMs;
    Q_EMIT selectionChanged(startMs, endMs);
    update();
}

QSize TimelineWidget::sizeHint() const
{
    return QSize(600, m_geometry.height());
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(240, m_geometry.height());
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    TimelinePainter::Scene scene;
    scene.geometry = &m_geometry;
    scene.markers = &m_markers;
    scene.waveform = &m_waveform;
    scene.waveformProgress = m_waveformProgress;
    scene.waveformMessage = m_waveformMessage;
    scene.positionMs = m_positionMs;
    scene.activeClipId = m_activeClip;
    scene.hovered = m_hovered;
    scene.focused = m_focused;
    scene.showFocus = m_showFocus && hasFocus();
    scene.selectionStartMs = m_selectionStartMs;
    scene.selectionEndMs = m_selectionEndMs;
    QPainter painter(this);
    m_painter.paint(painter, *this, scene);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    relayout();
    QWidget::resizeEvent(event);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    m_input.press(event);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    m_input.move(event);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    m_input.release(event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_input.doubleClick(event);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    m_input.wheel(event);
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    if (!m_input.handlesKey(event))
        return QWidget::keyPressEvent(event);
    m_input.key(event);
    event->accept();
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    m_input.contextMenu(event);
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    m_input.focusIn(event);
    QWidget::focusInEvent(event);
}

void TimelineWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

bool TimelineWidget::event(QEvent *event)
{
    return m_input.event(event) || QWidget::event(event);
}
