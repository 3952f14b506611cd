// The timeline's arithmetic without a window: times and pixels agree both ways, zooming keeps its
// anchor and its limits, a page turns to show a time, and the ruler's ticks stay readable at every
// zoom of episodes from seconds to hours.
#include "TimelineGeometry.h"

#include <QTest>

class TestTimelineGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zoomKeepsItsAnchorAndLimits()
    {
        TimelineGeometry geometry;
        geometry.setWidth(1000);
        geometry.setDurationMs(600000);
        QCOMPARE(geometry.zoomFactor(), 1.0);
        QVERIFY(!geometry.isZoomedIn());
        const double x = geometry.xForTimeF(150000);
        QVERIFY(geometry.zoomAround(60000, 150000));
        QCOMPARE(geometry.visibleSpanMs(), 60000);
        QVERIFY(qAbs(geometry.xForTimeF(150000) - x) < 1.0);
        QCOMPARE(geometry.zoomFactor(), 10.0);
        // Not closer than MinVisibleMs, not further than the whole; never past either end.
        geometry.zoomAround(1, 150000);
        QCOMPARE(geometry.visibleSpanMs(), TimelineGeometry::MinVisibleMs);
        geometry.zoomAround(10 * 600000, 150000);
        QCOMPARE(geometry.visibleSpanMs(), 600000);
        QCOMPARE(geometry.visibleStartMs(), 0);
        geometry.setVisibleRange(590000, 60000);
        QCOMPARE(geometry.visibleEndMs(), 600000);
        QVERIFY(!geometry.setVisibleRange(540000, 60000)); // the same range
    }

    void pagesTurnToShowATime()
    {
        TimelineGeometry geometry;
        geometry.setWidth(1000);
        geometry.setDurationMs(600000);
        geometry.setVisibleRange(100000, 60000);
        QVERIFY(!geometry.pageTo(130000));
        QVERIFY(geometry.pageTo(200000)); // forward: near the left edge
        QCOMPARE(geometry.visibleStartMs(), 200000 - 3000);
        QVERIFY(geometry.pageTo(150000)); // back: near the right edge
        QCOMPARE(geometry.visibleEndMs(), 150000 + 3000);
        QVERIFY(geometry.pageTo(1000)); // never before the start
        QCOMPARE(geometry.visibleStartMs(), 0);
    }

    void aNewLengthKeepsAZoomedInView()
    {
        TimelineGeometry geometry;
        geometry.setWidth(1000);
        geometry.setDurationMs(600000);
        geometry.setDurationMs(700000); // whole stays whole
        QCOMPARE(geometry.visibleSpanMs(), 700000);
        geometry.setVisibleRange(300000, 60000);
        geometry.setDurationMs(800000);
        QCOMPARE(geometry.visibleStartMs(), 300000);
        QCOMPARE(geometry.visibleSpanMs(), 60000);
        geometry.setDurationMs(320000); // shorter: clamped into it
        QCOMPARE(geometry.visibleEndMs(), 320000);
        QCOMPARE(geometry.visibleSpanMs(), 60000);
    }

    void layoutFromTopToBottom()
    {
        TimelineGeometry geometry;
        geometry.setWidth(800);
        geometry.setLaneCount(3);
        geometry.setDurationMs(60000);
        QVERIFY(geometry.rulerRect().bottom() < geometry.waveformRect().top());
        QVERIFY(geometry.waveformRect().bottom() < geometry.laneRect(0).top());
        QVERIFY(geometry.laneRect(2).bottom() < geometry.scrollBarRect().top());
        QVERIFY(geometry.scrollBarRect().bottom() < geometry.height());
        QCOMPARE(geometry.trackRect().left(), TimelineGeometry::LabelWidth);
        QCOMPARE(geometry.trackRect().right(), 800 - TimelineGeometry::RightMargin - 1);
        QVERIFY(geometry.inSelectionArea(QPoint(200, geometry.waveformRect().center().y())));
        QVERIFY(!geometry.inSelectionArea(QPoint(200, geometry.laneRect(0).center().y())));
        QVERIFY(!geometry.inSelectionArea(QPoint(20, geometry.waveformRect().center().y())));
        // A marker of a few milliseconds is still wide enough to hit.
        QVERIFY(geometry.markerRect(1000, 1001, 1).width() >= 6);
        QCOMPARE(geometry.markerRect(1000, 2000, 1).center().y(),
                 geometry.laneRect(1).center().y());
    }

    void rulerTicksStaySensibleAtEveryZoom()
    {
        for (qint64 duration : {9000LL, 126000LL, 3600000LL, 3 * 3600000LL}) {
            TimelineGeometry geometry;
            geometry.setWidth(1000);
            geometry.setDurationMs(duration);
            for (qint64 span = duration; span >= geometry.minSpanMs(); span = span * 2 / 3) {
                geometry.setVisibleRange(duration / 3, span);
                const qint64 step = geometry.tickStepMs();
                const double pixels = step / geometry.msPerPixel();
                const qint64 labels = geometry.visibleSpanMs() / step;
                QVERIFY2(pixels >= 70 && labels >= 2 && labels <= 13,
                         qPrintable(QStringLiteral("%1 ms across: a label every %2 ms")
                                            .arg(span)
                                            .arg(step)));
                const qint64 minor = geometry.minorTickStepMs(step);
                QCOMPARE(step % minor, 0);
                QVERIFY(minor / geometry.msPerPixel() >= 7);
                // Times and pixels agree both ways.
                const qint64 t = geometry.visibleStartMs() + span / 2;
                QVERIFY(qAbs(geometry.timeForX(geometry.xForTimeF(t)) - t) <= 1);
                if (span == geometry.minSpanMs())
                    break;
            }
        }
    }
};

QTEST_MAIN(TestTimelineGeometry)
#include "tst_timelinegeometry.moc"
