#pragma once

#include <QAccessibleInterface>
#include <QPointer>

class TimelineWidget;

// One marker of the timeline for screen readers: its name ("Citation 4, 1:08 to 1:20: …"), where
// it is drawn, whether the keyboard is on it, and a press action that plays it.
class TimelineMarkerAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    TimelineMarkerAccessible(TimelineWidget *timeline, int index);

    int index() const { return m_index; }
    TimelineWidget *timeline() const { return m_timeline; }

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::Button; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

private:
    QPointer<TimelineWidget> m_timeline;
    int m_index;
};
