// The timeline driven as a user would, offscreen: clicks on markers and on the waveform, drags that
// select, the wheel and + / − that zoom and scroll, the play head the view follows, and the
// keyboard moving from marker to marker ahead of the window's shortcuts.
#include "GuiTestHelpers.h"
#include "TimelineFixture.h"

#include <QAction>
#include <QSignalSpy>

using namespace TimelineFixture;

namespace {

using GuiTest::drag;

void sendWheel(QWidget *widget, const QPoint &at, int notches, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      modifiers, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

// Presses at `from`, moves to `to` in four steps with the button held, releases.
} // namespace

class TestTimelineWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickingAMarkerActivatesItsClip()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QSignalSpy activated(f.timeline, &TimelineWidget::clipActivated);
        QSignalSpy seek(f.timeline, &TimelineWidget::seekRequested);
        for (qint64 id : {14, 21, 31, 41}) {
            const QRect rect = f.timeline->markerRect(f.row(id));
            QVERIFY(rect.isValid());
            QTest::mouseClick(f.timeline, Qt::LeftButton, {}, rect.center());
            QCOMPARE(activated.constLast().at(0).toLongLong(), id);
        }
        QCOMPARE(activated.count(), 4);
        QCOMPARE(seek.count(), 0);
        // One lane per kind, in order; each marker on its kind's lane.
        QVERIFY(f.timeline->markerRect(f.row(21)).top() > f.timeline->markerRect(f.row(14)).top());
        QVERIFY(f.timeline->markerRect(f.row(41)).top() > f.timeline->markerRect(f.row(31)).top());
        QCOMPARE(f.timeline->markerRect(f.row(11)).top(), f.timeline->markerRect(f.row(14)).top());
    }

    void clickingTheWaveformSeeks()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QSignalSpy seek(f.timeline, &TimelineWidget::seekRequested);
        QSignalSpy selection(f.timeline, &TimelineWidget::selectionChanged);
        const QPoint at = f.inWaveform(60000);
        QTest::mouseClick(f.timeline, Qt::LeftButton, {}, at);
        QCOMPARE(seek.count(), 1);
        const double msPerPixel
                = double(DurationMs) / f.timeline->timelineGeometry().trackRect().width();
        QVERIFY(qAbs(seek.at(0).at(0).toLongLong() - 60000) <= msPerPixel + 1);
        QCOMPARE(selection.count(), 0);
    }

    void draggingSelectsARangeThatEnterPlays()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QSignalSpy changed(f.timeline, &TimelineWidget::selectionChanged);
        QSignalSpy play(f.timeline, &TimelineWidget::selectionPlayRequested);
        QSignalSpy seek(f.timeline, &TimelineWidget::seekRequested);
        const QPoint from = f.inWaveform(40000);
        const QPoint to = f.inWaveform(55000);
        drag(f.timeline, from, to);

        QVERIFY(changed.count() >= 1);
        const qint64 start = changed.constLast().at(0).toLongLong();
        const qint64 end = changed.constLast().at(1).toLongLong();
        const double msPerPixel
                = double(DurationMs) / f.timeline->timelineGeometry().trackRect().width();
        QVERIFY2(qAbs(start - f.timeline->timeForX(from.x())) <= msPerPixel
                         && qAbs(end - f.timeline->timeForX(to.x())) <= msPerPixel,
                 qPrintable(QStringLiteral("%1–%2").arg(start).arg(end)));
        QVERIFY(qAbs(start - 40000) <= 2 * msPerPixel && qAbs(end - 55000) <= 2 * msPerPixel);
        QCOMPARE(f.timeline->selection(), qMakePair(start, end));
        QCOMPARE(seek.count(), 0);

        f.timeline->setFocus();
        QTest::keyClick(f.timeline, Qt::Key_Return);
        QCOMPARE(play.count(), 1);
        QCOMPARE(play.at(0).at(0).toLongLong(), start);
        QCOMPARE(play.at(0).at(1).toLongLong(), end);

        // A double-click inside plays it too, without seeking.
        QTest::mouseDClick(f.timeline, Qt::LeftButton, {}, f.inWaveform(47000));
        QCOMPARE(play.count(), 2);
        QCOMPARE(seek.count(), 0);

        // Esc clears it; a click outside a selection clears it and seeks.
        QTest::keyClick(f.timeline, Qt::Key_Escape);
        QCOMPARE(changed.constLast().at(0).toLongLong(), -1);
        QCOMPARE(changed.constLast().at(1).toLongLong(), -1);
        QVERIFY(!f.timeline->hasSelection());
        drag(f.timeline, f.inWaveform(90000), f.inWaveform(80000)); // right to left
        QVERIFY(qAbs(f.timeline->selection().first - 80000) <= 2 * msPerPixel);
        QTest::mouseClick(f.timeline, Qt::LeftButton, {}, f.inWaveform(20000));
        QCOMPARE(f.timeline->selection(), qMakePair(qint64(-1), qint64(-1)));
        QCOMPARE(seek.count(), 1);
    }

    void zoomingKeepsThePlayHeadInView()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.timeline->setPositionMs(110000);
        QCOMPARE(f.timeline->zoomFactor(), 1.0);
        QSignalSpy range(f.timeline, &TimelineWidget::visibleRangeChanged);

        // Ctrl+wheel far left of the play head: zooms around the pointer, then turns the page so
        // the play head stays in view.
        const QPoint pointer = f.inWaveform(15000);
        for (int i = 0; i < 6; ++i) {
            const double before = f.timeline->zoomFactor();
            sendWheel(f.timeline, pointer, 1, Qt::ControlModifier);
            QVERIFY(f.timeline->zoomFactor() > before);
            QVERIFY2(f.playHeadVisible(), qPrintable(QString::number(i)));
        }
        QVERIFY(range.count() >= 6);

        // + and − zoom around the play head, which stays where it is on screen.
        f.timeline->setFocus();
        const int x = f.timeline->xForTime(110000);
        QTest::keyClick(f.timeline, Qt::Key_Plus);
        QVERIFY(f.playHeadVisible());
        QVERIFY(qAbs(f.timeline->xForTime(110000) - x) <= 1);
        const double zoomed = f.timeline->zoomFactor();
        QTest::keyClick(f.timeline, Qt::Key_Minus);
        QVERIFY(f.timeline->zoomFactor() < zoomed);
        QVERIFY(f.playHeadVisible());

        // Never closer than 5 s across, never further than the whole episode.
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(f.timeline, Qt::Key_Plus);
        QCOMPARE(f.timeline->visibleSpanMs(), TimelineGeometry::MinVisibleMs);
        QVERIFY(f.playHeadVisible());
        QTest::keyClick(f.timeline, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(f.timeline->zoomFactor(), 1.0);
        QCOMPARE(f.timeline->visibleSpanMs(), DurationMs);
    }

    void ctrlWheelZoomsAroundThePointer()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const QPoint pointer = f.inWaveform(30000);
        const qint64 before = f.timeline->timeForX(pointer.x());
        sendWheel(f.timeline, pointer, 3, Qt::ControlModifier);
        QVERIFY(f.timeline->zoomFactor() > 1.5);
        const double msPerPixel = f.timeline->timelineGeometry().msPerPixel();
        QVERIFY(qAbs(f.timeline->timeForX(pointer.x()) - before) <= 2 * msPerPixel + 1);
        sendWheel(f.timeline, pointer, -3, Qt::ControlModifier);
        QCOMPARE(f.timeline->zoomFactor(), 1.0);
    }

    void theWheelScrollsWhenZoomedIn()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        sendWheel(f.timeline, f.inWaveform(60000), -1, Qt::NoModifier);
        QCOMPARE(f.timeline->visibleStartMs(), 0); // whole episode: nothing to scroll
        f.timeline->setVisibleRange(30000, 20000);
        sendWheel(f.timeline, f.inWaveform(40000), -1, Qt::NoModifier); // down: later
        QVERIFY(f.timeline->visibleStartMs() > 30000);
        QCOMPARE(f.timeline->visibleSpanMs(), 20000);
        const qint64 later = f.timeline->visibleStartMs();
        sendWheel(f.timeline, f.inWaveform(40000), 2, Qt::NoModifier);
        QVERIFY(f.timeline->visibleStartMs() < later);
    }

    void theViewFollowsThePlayHeadPageWise()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.timeline->setVisibleRange(0, 20000);
        f.timeline->setPositionMs(5000);
        for (qint64 ms = 5000; ms <= 45000; ms += 250) {
            f.timeline->setPositionMs(ms);
            QVERIFY2(f.playHeadVisible(), qPrintable(QString::number(ms)));
        }
        QVERIFY(f.timeline->visibleStartMs() >= 25000);
        QCOMPARE(f.timeline->visibleSpanMs(), 20000);
        // Scrolled away by the user: it stays where the user looks.
        f.timeline->setVisibleRange(90000, 20000);
        f.timeline->setPositionMs(46000);
        QCOMPARE(f.timeline->visibleStartMs(), 90000);
        // Playing a clip out of view brings it into view.
        f.timeline->setActiveClip(11);
        QVERIFY(f.timeline->isMarkerInView(f.row(11)));
    }

    void theKeyboardMovesFromMarkerToMarker()
    {
        Window f;
        // A window shortcut on Right (seek forward) must not steal the key from the timeline.
        QAction forward;
        forward.setShortcut(Qt::Key_Right);
        f.window.addAction(&forward);
        QSignalSpy shortcut(&forward, &QAction::triggered);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QCOMPARE(f.timeline->focusPolicy(), Qt::StrongFocus);
        f.timeline->setFocus(Qt::OtherFocusReason);
        QVERIFY(f.timeline->hasFocus());
        QSignalSpy activated(f.timeline, &TimelineWidget::clipActivated);

        // In time order: the question and popular clip at 0:10, citation 1 at 0:17...
        QTest::keyClick(f.timeline, Qt::Key_Right);
        QCOMPARE(f.timeline->marker(f.timeline->focusedMarker()).startMs, 10000);
        QTest::keyClick(f.timeline, Qt::Key_Right);
        QTest::keyClick(f.timeline, Qt::Key_Right);
        QCOMPARE(f.timeline->focusedMarker(), f.row(11));
        QCOMPARE(shortcut.count(), 0);
        QTest::keyClick(f.timeline, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 11);
        QTest::keyClick(f.timeline, Qt::Key_Right);
        QTest::keyClick(f.timeline, Qt::Key_Space);
        QCOMPARE(activated.constLast().at(0).toLongLong(),
                 f.timeline->marker(f.timeline->focusedMarker()).id);
        QTest::keyClick(f.timeline, Qt::Key_Left);
        QCOMPARE(f.timeline->focusedMarker(), f.row(11));
        // Down goes to the nearest marker on the next lane (the popular clip over 0:10–0:26).
        QTest::keyClick(f.timeline, Qt::Key_Down);
        QCOMPARE(f.timeline->focusedMarker(), f.row(21));
        QTest::keyClick(f.timeline, Qt::Key_End);
        QCOMPARE(f.timeline->focusedMarker(), f.row(14));
        QTest::keyClick(f.timeline, Qt::Key_Escape);
        QCOMPARE(f.timeline->focusedMarker(), -1);
        QCOMPARE(shortcut.count(), 0);
        // Without a marker under the keyboard, Space is the window's again (play/pause) ...
        QSignalSpy spaced(&forward, &QAction::triggered);
        forward.setShortcut(Qt::Key_Space);
        QTest::keyClick(f.timeline, Qt::Key_Space);
        QCOMPARE(spaced.count(), 1);
        // ... and after a click on a marker too: the click played it, Space pauses.
        QTest::mouseClick(f.timeline, Qt::LeftButton, {},
                          f.timeline->markerRect(f.row(12)).center());
        QCOMPARE(activated.constLast().at(0).toLongLong(), 12);
        const int plays = int(activated.count());
        QTest::keyClick(f.timeline, Qt::Key_Space);
        QCOMPARE(spaced.count(), 2);
        QCOMPARE(activated.count(), plays);
        // The arrows carry on from the clicked marker.
        QTest::keyClick(f.timeline, Qt::Key_Right);
        QCOMPARE(f.timeline->focusedMarker(), f.row(31));
    }

    void anotherEpisodeStartsAfresh()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.timeline->setVisibleRange(60000, 10000);
        f.timeline->setSelection(61000, 65000);
        QSignalSpy selection(f.timeline, &TimelineWidget::selectionChanged);
        f.model.setClips({clip(51, ClipKind::Citation, 1000, 9000, 1)}, 300000);
        f.timeline->setDurationMs(300000);
        QCOMPARE(f.timeline->zoomFactor(), 1.0);
        QCOMPARE(f.timeline->visibleSpanMs(), 300000);
        QVERIFY(!f.timeline->hasSelection());
        QCOMPARE(selection.count(), 1);
        QCOMPARE(f.timeline->markerCount(), 1);

        // A zoomed-in view keeps its range when the length changes (the waveform's is longer).
        f.timeline->setVisibleRange(60000, 10000);
        QVector<float> peaks(40000, 0.5f);
        f.timeline->setWaveform(Waveform::fromAmplitudes(10, 400000, peaks, peaks));
        QCOMPARE(f.timeline->durationMs(), 400000);
        QCOMPARE(f.timeline->visibleStartMs(), 60000);
        QCOMPARE(f.timeline->visibleSpanMs(), 10000);
    }

    void extraLanesAreData()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const int height = f.timeline->sizeHint().height();
        TimelineLane chapters;
        chapters.id = TimelineLane::FirstExtraLane;
        chapters.name = QStringLiteral("Chapters");
        chapters.color = QColor(0x55, 0x66, 0x77);
        TimelineMarker intro;
        intro.id = 7;
        intro.startMs = 0;
        intro.endMs = 30000;
        intro.label = QStringLiteral("Chapter");
        intro.title = QStringLiteral("Introduction");
        f.timeline->setExtraLane(chapters, {intro});
        QCOMPARE(f.timeline->markerCount(), 7);
        QCOMPARE(f.timeline->sizeHint().height(),
                 height + TimelineGeometry::LaneHeight + TimelineGeometry::LaneGap);
        QCOMPARE(f.timeline->markerAccessibleName(6),
                 QStringLiteral("Chapter, 0:00 to 0:30: Introduction"));
        f.window.resize(1000, f.timeline->sizeHint().height() + 20);
        QSignalSpy marker(f.timeline, &TimelineWidget::markerActivated);
        QSignalSpy clip(f.timeline, &TimelineWidget::clipActivated);
        QTest::mouseClick(f.timeline, Qt::LeftButton, {}, f.timeline->markerRect(6).center());
        QCOMPARE(marker.count(), 1);
        QCOMPARE(marker.at(0).at(0).toInt(), TimelineLane::FirstExtraLane);
        QCOMPARE(marker.at(0).at(1).toLongLong(), 7);
        QCOMPARE(clip.count(), 0);
        f.timeline->removeExtraLane(TimelineLane::FirstExtraLane);
        QCOMPARE(f.timeline->markerCount(), 6);
        QCOMPARE(f.timeline->sizeHint().height(), height);
    }
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
