// The waveform value: amplitudes stored relative to the loudest peak, and the levels a column of
// pixels asks for at any zoom.
#include "timeline/Waveform.h"

#include <QtTest>

class TestWaveform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesLevelsRelativeToTheLoudestPeak()
    {
        // Four 10 ms buckets: silence, a quarter, a half (the loudest), silence.
        const Waveform waveform
                = Waveform::fromAmplitudes(10, 40, {0, 0.25f, 0.5f, 0}, {0, 0.2f, 0.35f, 0});
        QCOMPARE(waveform.bucketCount(), 4);
        QCOMPARE(waveform.durationMs(), 40);
        QCOMPARE(waveform.peakScale(), 0.5f);
        QCOMPARE(waveform.levels().size(), 8);
        QCOMPARE(quint8(waveform.levels().at(4)), quint8(255));
        QCOMPARE(waveform.levelBetween(20, 30).peak, 1.0f);
        QVERIFY(qAbs(waveform.levelBetween(10, 20).peak - 0.5f) < 0.01f);
        QVERIFY(qAbs(waveform.peakBetween(10, 20) - 0.25f) < 0.005f);
        QCOMPARE(waveform.peakBetween(0, 10), 0.0f);
        QCOMPARE(waveform.peakBetween(30, 40), 0.0f);
    }

    void aRangeTakesItsLoudestPeakAndMeanPower()
    {
        const Waveform waveform = Waveform::fromAmplitudes(10, 40, {0.1f, 0.8f, 0.2f, 0.4f},
                                                           {0.1f, 0.4f, 0.2f, 0.2f});
        QCOMPARE(waveform.levelBetween(0, 40).peak, 1.0f);
        QVERIFY(qAbs(waveform.levelBetween(20, 40).peak - 0.5f) < 0.01f);
        // RMS over two buckets of 0.2 and 0.2 (of 0.8) is 0.25 of the loudest peak.
        QVERIFY(qAbs(waveform.levelBetween(20, 40).rms - 0.25f) < 0.01f);
        // Narrower than a bucket, or past either end: the nearest bucket.
        QVERIFY(qAbs(waveform.levelBetween(12, 13).peak - 1.0f) < 0.01f);
        QVERIFY(qAbs(waveform.levelBetween(-50, -10).peak - 0.125f) < 0.01f);
        QVERIFY(qAbs(waveform.levelBetween(500, 600).peak - 0.5f) < 0.01f);
    }

    void silenceAndNothing()
    {
        const Waveform silent = Waveform::fromAmplitudes(10, 20, {0, 0}, {0, 0});
        QVERIFY(!silent.isNull());
        QCOMPARE(silent.peakScale(), 0.0f);
        QCOMPARE(silent.levelBetween(0, 20).peak, 0.0f);
        const Waveform none;
        QVERIFY(none.isNull());
        QCOMPARE(none.bucketCount(), 0);
        QCOMPARE(none.levelBetween(0, 1000).peak, 0.0f);
        QVERIFY(none != silent);
        QVERIFY(silent == Waveform(10, 20, 0, silent.levels()));
    }
};

QTEST_GUILESS_MAIN(TestWaveform)
#include "tst_waveform.moc"
