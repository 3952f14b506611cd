#pragma once

#include <QCoreApplication>
#include <QPoint>
#include <QString>
#include <QtGlobal>

class QContextMenuEvent;
class QEvent;
class QFocusEvent;
class QHelpEvent;
class QKeyEvent;
class QMouseEvent;
class QWheelEvent;
class TimelineWidget;

// What the mouse, the wheel and the keys mean on the timeline: a click on a marker plays it, a
// click elsewhere seeks, a drag over the ruler or waveform selects a range, Ctrl+wheel and + / −
// zoom, the wheel scrolls, arrows move between markers. Kept apart from the widget's state and
// drawing so the rules read in one place; it acts on the widget (a friend) and emits its intents.
class TimelineInteraction
{
    Q_DECLARE_TR_FUNCTIONS(TimelineInteraction)

public:
    explicit TimelineInteraction(TimelineWidget &timeline);

    void press(QMouseEvent *event);
    void move(QMouseEvent *event);
    void release(QMouseEvent *event);
    void doubleClick(QMouseEvent *event);
    void wheel(QWheelEvent *event);
    // Whether the key means something here now (so it wins over the window's shortcuts).
    bool handlesKey(const QKeyEvent *event) const;
    void key(QKeyEvent *event);
    void contextMenu(QContextMenuEvent *event);
    void focusIn(QFocusEvent *event);
    // Shortcut overrides and tooltips; true when handled.
    bool event(QEvent *event);

private:
    enum class Drag { None, Pending, Selecting };

    void showToolTip(QHelpEvent *event) const;
    QString toolTipAt(const QPoint &point) const;
    // The marker Enter and Space play: the focused one once the keyboard moved to it, else -1.
    int keyboardMarker() const;

    TimelineWidget &m_timeline;
    Drag m_drag = Drag::None;
    QPoint m_pressPoint;
    qint64 m_pressMs = 0;
};
