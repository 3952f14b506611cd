// What the timeline draws: a waveform where the audio is loud and nothing where it is silent, the
// progress while peaks are computed, the current clip's span. With CITECAST_SCREENSHOT_DIR set, it
// saves the sample episode's timeline at several zoom levels for looking at.
#include "TimelineFixture.h"
#include "import/SampleLibrary.h"
#include "library/OpenEpisode.h"
#include "support/TestLibrary.h"
#include "timeline/PeaksBuilder.h"

#include <QDir>
#include <QImage>

using namespace TimelineFixture;

namespace {

// Loud (a "tone") over [20 s, 50 s), silent elsewhere, in 10 ms buckets.
Waveform toneWaveform()
{
    QVector<float> peaks(int(DurationMs / 10));
    QVector<float> rms(peaks.size());
    for (int i = 2000; i < 5000; ++i) {
        peaks[i] = 0.6f;
        rms[i] = 0.4f;
    }
    return Waveform::fromAmplitudes(10, DurationMs, peaks, rms);
}

// Whether any pixel of column `x` between rows `top` and `bottom` is darker than `threshold`.
bool hasInk(const QImage &image, int x, int top, int bottom, int threshold = 200)
{
    for (int y = top; y <= bottom; ++y) {
        if (qGray(image.pixel(x, y)) < threshold)
            return true;
    }
    return false;
}

void save(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("CITECAST_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

} // namespace

class TestTimelinePainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsTheWaveformWhereTheAudioIsLoud()
    {
        Window f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const QRect band = f.timeline->timelineGeometry().waveformRect();
        const QImage empty = f.timeline->grab().toImage();
        f.timeline->setWaveformProgress(40);
        const QImage progress = f.timeline->grab().toImage();
        QVERIFY(progress != empty);
        f.timeline->setWaveform(toneWaveform());
        const QImage drawn = f.timeline->grab().toImage();
        QVERIFY(drawn != empty);
        const qreal ratio = drawn.devicePixelRatio();
        auto column = [&](qint64 ms) {
            return int(f.timeline->xForTime(ms) * ratio);
        };
        const int top = int((band.top() + 4) * ratio);
        const int quarter = int((band.top() + band.height() / 4) * ratio);
        for (qint64 ms : {25000, 35000, 45000})
            QVERIFY2(hasInk(drawn, column(ms), top, quarter), qPrintable(QString::number(ms)));
        for (qint64 ms : {5000, 60000, 100000})
            QVERIFY2(!hasInk(drawn, column(ms), top, quarter), qPrintable(QString::number(ms)));
        QVERIFY(!hasInk(empty, column(35000), top, quarter));

        // The current clip is shaded across the lanes.
        f.timeline->setActiveClip(14);
        const QImage active = f.timeline->grab().toImage();
        const int between = int((f.timeline->timelineGeometry().laneRect(1).bottom() + 2) * ratio);
        QVERIFY(active.pixel(column(74000), between) != drawn.pixel(column(74000), between));
        QCOMPARE(active.pixel(column(95000), between), drawn.pixel(column(95000), between));
    }

    void rendersTheSampleAtSeveralZooms()
    {
        TestLibrary library;
        const ImportResult sample = SampleLibrary::import(library.database());
        QVERIFY(sample.ok);
        OpenEpisode episode(library.database());
        QVERIFY(episode.open(sample.episodeIds.value(0)));
        PeaksBuilder builder;
        const Waveform waveform = builder.build(episode.audioSource());
        QVERIFY2(!waveform.isNull(), qPrintable(builder.errorString()));

        ClipListModel model;
        model.setClips(episode.content().clips, episode.content().episode.durationMs);
        TimelineWidget timeline;
        timeline.setModel(&model);
        timeline.setDurationMs(
                std::max(episode.content().episode.durationMs, waveform.durationMs()));
        timeline.resize(1100, timeline.sizeHint().height());
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));

        timeline.setWaveformProgress(40);
        const QImage reading = timeline.grab().toImage();
        save(reading, QStringLiteral("timeline-reading.png"));
        timeline.setWaveform(waveform);
        timeline.setPositionMs(72000);
        const QImage whole = timeline.grab().toImage();
        QVERIFY(whole != reading);
        save(whole, QStringLiteral("timeline-whole.png"));

        timeline.setActiveClip(model.clips().at(model.rowCount() / 2).id);
        timeline.setSelection(40000, 52000);
        timeline.setZoomFactor(3);
        const QImage three = timeline.grab().toImage();
        QVERIFY(three != whole);
        save(three, QStringLiteral("timeline-zoom3.png"));

        timeline.setFocus(Qt::TabFocusReason);
        QTest::keyClick(&timeline, Qt::Key_Right);
        timeline.setZoomFactor(10);
        const QImage ten = timeline.grab().toImage();
        QVERIFY(ten != three);
        save(ten, QStringLiteral("timeline-zoom10.png"));

        timeline.setZoomFactor(timeline.maximumZoomFactor());
        QCOMPARE(timeline.visibleSpanMs(), TimelineGeometry::MinVisibleMs);
        const QImage closest = timeline.grab().toImage();
        QVERIFY(closest != ten);
        save(closest, QStringLiteral("timeline-zoom-max.png"));
    }
};

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
