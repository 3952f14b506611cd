#pragma once

#include <QAccessibleWidget>
#include <QHash>

class TimelineWidget;

// What screen readers see of the timeline: the widget with one child per marker ("Citation 4,
// 1:08 to 1:20: …", a button that plays it), so its clips can be found and played without a
// mouse. Created by the factory that TimelineWidget installs.
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineWidget *timeline);
    ~TimelineAccessible() override;

    // Installs the factory once per application (TimelineWidget's constructor calls it).
    static void install();
    // The markers were rebuilt: forget their interfaces.
    static void markersChanged(TimelineWidget *timeline);
    // The keyboard moved to marker `index`.
    static void focusChanged(TimelineWidget *timeline, int index);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

private:
    static QAccessibleInterface *create(const QString &className, QObject *object);
    TimelineWidget *timeline() const;
    void forgetMarkers();

    mutable QHash<int, QAccessible::Id> m_markerIds;
};
