#include "TimelineInteraction.h"

#include "TimelineAccessible.h"
#include "TimelineWidget.h"
#include "domain/TimeFormat.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace {

constexpr double WheelZoomStep = 1.25; // per notch of the wheel
constexpr int SelectDragPixels = 4;    // a press that moves less is a click

} // namespace

TimelineInteraction::TimelineInteraction(TimelineWidget &timeline)
    : m_timeline(timeline)
{ }

void TimelineInteraction::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    TimelineWidget &t = m_timeline;
    const QPoint point = event->position().toPoint();
    t.m_showFocus = false;
    const int index = t.markerAt(point);
    if (index >= 0) {
        t.setFocusedMarker(index);
        t.activateMarker(index);
    } else if (t.m_geometry.inTrack(point) && t.durationMs() > 0) {
        const qint64 ms = t.m_geometry.timeForX(event->position().x());
        if (t.m_geometry.inSelectionArea(point)) {
            m_drag = Drag::Pending;
            m_pressPoint = point;
            m_pressMs = ms;
        } else {
            Q_EMIT t.seekRequested(ms);
        }
    }
}

void TimelineInteraction::move(QMouseEvent *event)
{
    TimelineWidget &t = m_timeline;
    const QPoint point = event->position().toPoint();
    if (m_drag == Drag::Pending && std::abs(point.x() - m_pressPoint.x()) >= SelectDragPixels) {
        m_drag = Drag::Selecting;
        t.setFocusedMarker(-1);
    }
    if (m_drag == Drag::Selecting) {
        const qint64 ms = t.m_geometry.timeForX(event->position().x());
        t.setSelection(std::min(m_pressMs, ms), std::max(m_pressMs, ms));
        return;
    }
    const int hovered = m_drag == Drag::None ? t.markerAt(point) : -1;
    if (hovered != t.m_hovered) {
        t.m_hovered = hovered;
        t.setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        t.update();
    }
}

void TimelineInteraction::release(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    TimelineWidget &t = m_timeline;
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag != Drag::Pending)
        return;
    // A click: seeks, unless it is inside the selection (a double-click there plays it).
    const auto [start, end] = t.selection();
    if (t.hasSelection() && m_pressMs >= start && m_pressMs <= end)
        return;
    t.clearSelection();
    Q_EMIT t.seekRequested(m_pressMs);
}

void TimelineInteraction::doubleClick(QMouseEvent *event)
{
    TimelineWidget &t = m_timeline;
    const QPoint point = event->position().toPoint();
    if (event->button() != Qt::LeftButton || t.markerAt(point) >= 0)
        return; // the first click already played the marker
    const qint64 ms = t.m_geometry.timeForX(event->position().x());
    const auto [start, end] = t.selection();
    if (t.hasSelection() && t.m_geometry.inTrack(point) && ms >= start && ms <= end)
        Q_EMIT t.selectionPlayRequested(start, end);
    else
        press(event);
}

void TimelineInteraction::wheel(QWheelEvent *event)
{
    TimelineWidget &t = m_timeline;
    const QPoint delta = event->angleDelta();
    if (t.durationMs() <= 0)
        return event->ignore();
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = delta.y() != 0 ? delta.y() : delta.x();
        const double factor = std::pow(WheelZoomStep, steps / 120.0);
        const QPointF at = event->position();
        const qint64 anchor = t.m_geometry.inTrack(at.toPoint()) ? t.m_geometry.timeForX(at.x())
                                                                 : t.zoomAnchor();
        t.zoomTo(qint64(double(t.visibleSpanMs()) / factor), anchor);
        return event->accept();
    }
    if (!t.m_geometry.isZoomedIn())
        return event->ignore(); // let the page scroll
    // Down or right moves later, an eighth of the view per notch.
    const int steps = delta.x() != 0 ? delta.x() : delta.y();
    const auto shift = qint64(-steps / 120.0 * double(t.visibleSpanMs()) / 8.0);
    t.viewChanged(t.m_geometry.scrollTo(t.visibleStartMs() + shift));
    event->accept();
}

int TimelineInteraction::keyboardMarker() const
{
    // After a click on a marker, Space and Enter stay the window's (pause, ...); after the
    // arrows brought the keyboard to it, they play it.
    return m_timeline.m_showFocus ? m_timeline.m_focused : -1;
}

bool TimelineInteraction::handlesKey(const QKeyEvent *event) const
{
    const TimelineWidget &t = m_timeline;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = modifiers == Qt::NoModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        return plain && t.markerCount() > 0;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
        return !(modifiers & ~(Qt::ShiftModifier | Qt::ControlModifier)) && t.durationMs() > 0;
    case Qt::Key_0:
        return modifiers == Qt::ControlModifier;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return plain && t.m_geometry.isZoomedIn();
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return keyboardMarker() >= 0 || t.hasSelection();
    case Qt::Key_Space:
        return plain && keyboardMarker() >= 0;
    case Qt::Key_Escape:
        return t.hasSelection() || keyboardMarker() >= 0;
    default:
        return false;
    }
}

void TimelineInteraction::key(QKeyEvent *event)
{
    TimelineWidget &t = m_timeline;
    const TimelineMarkers &markers = t.m_markers;
    const int focused = t.m_focused;
    const int fromView = markers.firstFrom(t.visibleStartMs());
    switch (event->key()) {
    case Qt::Key_Left:
        return t.moveFocus(focused < 0 ? fromView : markers.step(focused, -1));
    case Qt::Key_Right:
        return t.moveFocus(focused < 0 ? fromView : markers.step(focused, 1));
    case Qt::Key_Up:
        return t.moveFocus(focused < 0 ? fromView : markers.nearestOnOtherLane(focused, -1));
    case Qt::Key_Down:
        return t.moveFocus(focused < 0 ? fromView : markers.nearestOnOtherLane(focused, 1));
    case Qt::Key_Home:
        return t.moveFocus(markers.step(-1, 1));
    case Qt::Key_End:
        return t.moveFocus(markers.step(-1, -1));
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return t.zoomIn();
    case Qt::Key_Minus:
        return t.zoomOut();
    case Qt::Key_0:
        return t.zoomToFit();
    case Qt::Key_PageUp:
        return t.viewChanged(t.m_geometry.scrollTo(t.visibleStartMs() - t.visibleSpanMs()));
    case Qt::Key_PageDown:
        return t.viewChanged(t.m_geometry.scrollTo(t.visibleStartMs() + t.visibleSpanMs()));
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (keyboardMarker() >= 0)
            return t.activateMarker(focused);
        Q_EMIT t.selectionPlayRequested(t.selection().first, t.selection().second);
        return;
    case Qt::Key_Space:
        return t.activateMarker(focused);
    case Qt::Key_Escape:
        if (t.hasSelection())
            return t.clearSelection();
        return t.setFocusedMarker(-1);
    default:
        return;
    }
}

void TimelineInteraction::contextMenu(QContextMenuEvent *event)
{
    TimelineWidget &t = m_timeline;
    QMenu menu(&t);
    const int index = t.markerAt(event->pos());
    if (index >= 0) {
        menu.addAction(tr("Play %1").arg(t.marker(index).label), &t,
                       [&t, index] { t.activateMarker(index); });
    }
    QAction *play = menu.addAction(tr("Play Selection\tEnter"), &t, [&t] {
        Q_EMIT t.selectionPlayRequested(t.selection().first, t.selection().second);
    });
    play->setEnabled(t.hasSelection());
    QAction *bookmark = menu.addAction(tr("Bookmark Selection\u2026\tCtrl+B"), &t, [&t] {
        Q_EMIT t.selectionBookmarkRequested(t.selection().first, t.selection().second);
    });
    bookmark->setEnabled(t.hasSelection());
    QAction *clear
            = menu.addAction(tr("Clear Selection\tEsc"), &t, &TimelineWidget::clearSelection);
    clear->setEnabled(t.hasSelection());
    menu.addSeparator();
    menu.addAction(tr("Zoom In\t+"), &t, &TimelineWidget::zoomIn)
            ->setEnabled(t.zoomFactor() < t.maximumZoomFactor());
    menu.addAction(tr("Zoom Out\t\u2212"), &t, &TimelineWidget::zoomOut)
            ->setEnabled(t.zoomFactor() > 1.0);
    menu.addAction(tr("Show the Whole Episode\tCtrl+0"), &t, &TimelineWidget::zoomToFit)
            ->setEnabled(t.zoomFactor() > 1.0);
    menu.exec(event->globalPos());
}

QString TimelineInteraction::toolTipAt(const QPoint &point) const
{
    const TimelineWidget &t = m_timeline;
    const int index = t.markerAt(point);
    if (index >= 0)
        return t.m_markers.toolTip(index);
    if (!t.m_geometry.inTrack(point) || t.durationMs() <= 0)
        return QString();
    const qint64 ms = t.m_geometry.timeForX(point.x());
    const auto [start, end] = t.selection();
    if (t.hasSelection() && ms >= start && ms <= end) {
        return tr("Selection %1 (%2)\nDouble-click or press Enter to play it")
                .arg(TimeFormat::span(start, end), TimeFormat::duration(end - start));
    }
    return TimeFormat::clock(ms);
}

void TimelineInteraction::showToolTip(QHelpEvent *event) const
{
    const QString text = toolTipAt(event->pos());
    const int index = m_timeline.markerAt(event->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), text, &m_timeline,
                           index >= 0 ? m_timeline.markerRect(index) : QRect());
}

void TimelineInteraction::focusIn(QFocusEvent *event)
{
    TimelineWidget &t = m_timeline;
    // Tabbing in lands on the first marker in view, ready for Enter.
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) {
        t.m_showFocus = true;
        if (t.m_focused < 0 && !t.hasSelection())
            t.m_focused = t.m_markers.firstFrom(t.visibleStartMs());
    }
    TimelineAccessible::focusChanged(&t, t.m_focused);
    t.update();
}

bool TimelineInteraction::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Arrows, Enter, Space and Esc mean the timeline's own thing while it has the focus.
        if (handlesKey(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
    } else if (event->type() == QEvent::ToolTip) {
        showToolTip(static_cast<QHelpEvent *>(event));
        return true;
    }
    return false;
}
