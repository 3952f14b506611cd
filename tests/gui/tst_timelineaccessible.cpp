// What screen readers see of the timeline: one accessible child per marker, named like
// "Citation 4, 1:08 to 1:20: …", placed where the marker is drawn, with a press action that plays
// it.
#include "TimelineFixture.h"

#include <QAccessible>
#include <QSignalSpy>

using namespace TimelineFixture;

class TestTimelineAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenReadersSeeEveryMarker()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(f.timeline);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Timeline"));
        QVERIFY(iface->childCount() >= f.timeline->markerCount());
        const int row = f.row(14);
        QAccessibleInterface *marker = iface->child(row);
        QVERIFY(marker && marker->isValid());
        QCOMPARE(marker->text(QAccessible::Name),
                 QStringLiteral("Citation 4, 1:08 to 1:20: RL and fine-tuning compensate for each "
                                "other"));
        QCOMPARE(marker->role(), QAccessible::Button);
        QCOMPARE(marker->parent(), iface);
        QCOMPARE(iface->indexOfChild(marker), row);
        QCOMPARE(marker->rect().center(),
                 f.timeline->mapToGlobal(f.timeline->markerRect(row).center()));
        QCOMPARE(iface->childAt(marker->rect().center().x(), marker->rect().center().y()), marker);
        for (int i = 0; i < f.timeline->markerCount(); ++i)
            QVERIFY(!iface->child(i)->text(QAccessible::Name).isEmpty());
        QVERIFY(iface->child(f.row(21))
                        ->text(QAccessible::Name)
                        .startsWith(QStringLiteral("Popular clip, 0:10 to 0:26")));

        QSignalSpy activated(f.timeline, &TimelineWidget::clipActivated);
        QAccessibleActionInterface *action = marker->actionInterface();
        QVERIFY(action);
        action->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 14);

        f.timeline->setFocus();
        f.timeline->setFocusedMarker(row);
        QCOMPARE(iface->focusChild(), marker);
        QVERIFY(marker->state().focused);
        // A new model: the markers' interfaces are rebuilt, and name the new clips.
        f.model.setClips({clip(99, ClipKind::Highlight, 1000, 2000)}, DurationMs);
        QCOMPARE(iface->childCount() - f.timeline->markerCount(),
                 QAccessible::queryAccessibleInterface(f.timeline)->childCount() - 1);
        QVERIFY(iface->child(0)->text(QAccessible::Name).startsWith(QStringLiteral("Highlight")));
    }
};

QTEST_MAIN(TestTimelineAccessible)
#include "tst_timelineaccessible.moc"
