// Speed without a change of pitch: what comes out of the tempo filter is shorter or longer by the
// factor, and is the whole input in order at the same pitch.
#include "playback/TempoFilter.h"
#include "support/AudioTones.h"

#include <QtTest>

#include <cmath>

namespace {

constexpr qint64 PerMs = 48;
const QVector<AudioTones::Tone> Tones
        = {{0, 800, 440}, {1000, 1800, 660}, {2000, 2800, 880}, {3000, 3800, 1100}};
const QVector<double> Pitches = {440, 660, 880, 1100};

QVector<qint16> tones(int channels)
{
    QVector<qint16> samples(4000 * PerMs * channels, 0);
    for (const AudioTones::Tone &tone : Tones) {
        for (qint64 i = tone.startMs * PerMs; i < tone.endMs * PerMs; ++i) {
            const auto value
                    = qint16(std::lround(16000.0 * std::sin(2 * M_PI * tone.hz * i / 48000)));
            for (int channel = 0; channel < channels; ++channel)
                samples[i * channels + channel] = value;
        }
    }
    return samples;
}

} // namespace

class TestTempoFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stretchesKeepingThePitch_data();
    void stretchesKeepingThePitch();
    void chainsTwoStepsAboveTwice();
    void keepsTheLastSound();
    void refusesInputAfterTheEnd();
};

void TestTempoFilter::stretchesKeepingThePitch_data()
{
    QTest::addColumn<double>("speed");
    QTest::addColumn<int>("channels");
    QTest::newRow("0.5x mono") << 0.5 << 1;
    QTest::newRow("1.5x stereo") << 1.5 << 2;
    QTest::newRow("2x mono") << 2.0 << 1;
    QTest::newRow("3x stereo") << 3.0 << 2;
}

void TestTempoFilter::stretchesKeepingThePitch()
{
    QFETCH(double, speed);
    QFETCH(int, channels);
    TempoFilter filter(channels, speed);
    QVERIFY2(filter.isValid(), qPrintable(filter.errorString()));
    const QVector<qint16> input = tones(channels);
    std::vector<qint16> output;
    const qint64 chunk = 20 * PerMs;
    for (qint64 frame = 0; frame < input.size() / channels; frame += chunk)
        QVERIFY(filter.push(input.constData() + frame * channels, chunk, output));
    QVERIFY(filter.finish(output));

    // Exactly as long as the input divided by the speed.
    QCOMPARE(qint64(output.size()) / channels, std::llround(4000.0 * PerMs / speed));

    // Every tone, in order, at its own pitch, where the speed puts it.
    QVector<qint16> left;
    for (size_t i = 0; i < output.size(); i += size_t(channels))
        left.append(output[i]);
    const QVector<AudioTones::Heard> heard = AudioTones::sequence(left, Pitches);
    QCOMPARE(heard.size(), Tones.size());
    for (int i = 0; i < Tones.size(); ++i) {
        QCOMPARE(heard.at(i).hz, Tones.at(i).hz);
        const double expectedMs = double(Tones.at(i).startMs) / speed;
        QVERIFY2(std::abs(double(heard.at(i).frame) / PerMs - expectedMs) <= 40,
                 qPrintable(QStringLiteral("tone %1 at %2 ms, expected %3 ms")
                                    .arg(i)
                                    .arg(heard.at(i).frame / PerMs)
                                    .arg(expectedMs)));
    }
}

void TestTempoFilter::chainsTwoStepsAboveTwice()
{
    QCOMPARE(TempoFilter::chain(1.5), QByteArray("atempo=1.500000"));
    QCOMPARE(TempoFilter::chain(2.0), QByteArray("atempo=2.000000"));
    const QByteArray three = TempoFilter::chain(3.0);
    QCOMPARE(three.count("atempo="), 2);
    const QList<QByteArray> steps = three.split(',');
    QVERIFY(std::abs(steps.at(0).mid(7).toDouble() * steps.at(1).mid(7).toDouble() - 3.0) < 1e-5);
    QCOMPARE(TempoFilter(1, 9.0).speed(), TempoFilter::MaxSpeed); // clamped
}

void TestTempoFilter::keepsTheLastSound()
{
    // A tone up to the very end is still there at the end of the output.
    TempoFilter filter(1, 2.0);
    QVector<qint16> input(2000 * PerMs);
    for (qint64 i = 0; i < input.size(); ++i)
        input[i] = qint16(std::lround(16000.0 * std::sin(2 * M_PI * 660 * i / 48000)));
    std::vector<qint16> output;
    QVERIFY(filter.push(input.constData(), input.size(), output));
    QVERIFY(filter.finish(output));
    const QVector<qint16> samples(output.cbegin(), output.cend());
    QCOMPARE(samples.size(), 1000 * PerMs);
    QVERIFY(AudioTones::share(samples, samples.size() - 20 * PerMs, 20 * PerMs, 660) > 0.9);
}

void TestTempoFilter::refusesInputAfterTheEnd()
{
    TempoFilter filter(1, 2.0);
    std::vector<qint16> output;
    const QVector<qint16> input(4800, 1000);
    QVERIFY(filter.push(input.constData(), input.size(), output));
    QVERIFY(filter.finish(output));
    QVERIFY(!output.empty());
    QVERIFY(!filter.push(input.constData(), input.size(), output));
}

QTEST_GUILESS_MAIN(TestTempoFilter)
#include "tst_tempofilter.moc"
