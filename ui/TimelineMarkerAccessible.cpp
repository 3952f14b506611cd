#include "TimelineMarkerAccessible.h"

#include "TimelineWidget.h"

#include <QWindow>

TimelineMarkerAccessible::TimelineMarkerAccessible(TimelineWidget *timeline, int index)
    : m_timeline(timeline)
    , m_index(index)
{ }

bool TimelineMarkerAccessible::isValid() const
{
    return m_timeline && m_index >= 0 && m_index < m_timeline->markerCount();
}

QWindow *TimelineMarkerAccessible::window() const
{
    return m_timeline ? m_timeline->window()->windowHandle() : nullptr;
}

QAccessibleInterface *TimelineMarkerAccessible::parent() const
{
    return m_timeline ? QAccessible::queryAccessibleInterface(m_timeline.data()) : nullptr;
}

QString TimelineMarkerAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return QString();
    switch (t) {
    case QAccessible::Name:
        return m_timeline->markerAccessibleName(m_index);
    case QAccessible::Description:
        return TimelineWidget::tr("Press Enter to play it.");
    default:
        return QString();
    }
}

QRect TimelineMarkerAccessible::rect() const
{
    if (!isValid())
        return QRect();
    const QRect local = m_timeline->markerRect(m_index);
    return QRect(m_timeline->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::State TimelineMarkerAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.focused = m_timeline->hasFocus() && m_timeline->focusedMarker() == m_index;
    state.offscreen = !m_timeline->isMarkerInView(m_index);
    state.invisible = !m_timeline->isVisible();
    return state;
}

void *TimelineMarkerAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::ActionInterface)
        return static_cast<QAccessibleActionInterface *>(this);
    return nullptr;
}

QStringList TimelineMarkerAccessible::actionNames() const
{
    return {pressAction(), setFocusAction()};
}

void TimelineMarkerAccessible::doAction(const QString &actionName)
{
    if (!isValid())
        return;
    if (actionName == pressAction()) {
        m_timeline->activateMarker(m_index);
    } else if (actionName == setFocusAction()) {
        m_timeline->setFocus(Qt::OtherFocusReason);
        m_timeline->setFocusedMarker(m_index);
    }
}

QStringList TimelineMarkerAccessible::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == pressAction())
        return {QStringLiteral("Return"), QStringLiteral("Space")};
    return {};
}
