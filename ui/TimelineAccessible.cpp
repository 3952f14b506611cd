#include "TimelineAccessible.h"

#include "TimelineMarkerAccessible.h"
#include "TimelineWidget.h"
#include "domain/TimeFormat.h"

TimelineAccessible::TimelineAccessible(TimelineWidget *timeline)
    : QAccessibleWidget(timeline, QAccessible::Pane)
{ }

TimelineAccessible::~TimelineAccessible()
{
    forgetMarkers();
}

QAccessibleInterface *TimelineAccessible::create(const QString &className, QObject *object)
{
    if (className == QLatin1String("TimelineWidget") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineWidget *>(object));
    return nullptr;
}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&TimelineAccessible::create);
        return true;
    }();
    Q_UNUSED(installed);
}

void TimelineAccessible::markersChanged(TimelineWidget *timeline)
{
    if (auto *self
        = dynamic_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(timeline)))
        self->forgetMarkers();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(timeline, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&event);
    }
}

void TimelineAccessible::focusChanged(TimelineWidget *timeline, int index)
{
    if (!QAccessible::isActive() || !timeline->hasFocus() || index < 0)
        return;
    QAccessibleEvent event(timeline, QAccessible::Focus);
    event.setChild(index);
    QAccessible::updateAccessibility(&event);
}

TimelineWidget *TimelineAccessible::timeline() const
{
    return static_cast<TimelineWidget *>(widget());
}

void TimelineAccessible::forgetMarkers()
{
    for (QAccessible::Id id : std::as_const(m_markerIds))
        QAccessible::deleteAccessibleInterface(id);
    m_markerIds.clear();
}

int TimelineAccessible::childCount() const
{
    return timeline()->markerCount() + QAccessibleWidget::childCount();
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    const int markers = timeline()->markerCount();
    if (index < 0)
        return nullptr;
    if (index >= markers)
        return QAccessibleWidget::child(index - markers);
    if (const auto found = m_markerIds.constFind(index); found != m_markerIds.cend())
        return QAccessible::accessibleInterface(*found);
    auto *marker = new TimelineMarkerAccessible(timeline(), index);
    m_markerIds.insert(index, QAccessible::registerAccessibleInterface(marker));
    return marker;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (const auto *marker = dynamic_cast<const TimelineMarkerAccessible *>(child))
        return marker->timeline() == timeline() && marker->isValid() ? marker->index() : -1;
    const int index = QAccessibleWidget::indexOfChild(child);
    return index < 0 ? -1 : index + timeline()->markerCount();
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const QPoint local = timeline()->mapFromGlobal(QPoint(x, y));
    for (int index = timeline()->markerCount() - 1; index >= 0; --index) {
        if (timeline()->isMarkerInView(index) && timeline()->markerRect(index).contains(local))
            return child(index);
    }
    return QAccessibleWidget::childAt(x, y);
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    if (timeline()->hasFocus() && timeline()->focusedMarker() >= 0)
        return child(timeline()->focusedMarker());
    return QAccessibleWidget::focusChild();
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value && timeline()->durationMs() > 0) {
        return TimelineWidget::tr("%1 clips; showing %2 of %3")
                .arg(timeline()->markerCount())
                .arg(TimeFormat::span(timeline()->visibleStartMs(),
                                      timeline()->visibleStartMs() + timeline()->visibleSpanMs()),
                     TimeFormat::duration(timeline()->durationMs()));
    }
    return QAccessibleWidget::text(t);
}
