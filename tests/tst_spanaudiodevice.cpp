// The device the audio output pulls from: exact span length, faded edges, trailing silence,
// whole frames only, a failure in the middle reported rather than swallowed, going back to a kept
// frame at another speed, and waiting for a slow source without ending.
#include "playback/AudioSpanDecoder.h"
#include "playback/PcmSource.h"
#include "playback/SpanAudioDevice.h"
#include "support/AudioFixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

namespace {

constexpr qint64 PerMs = 48;
constexpr qint64 FadeFrames = SpanAudioDevice::FadeMs * PerMs;
constexpr qint64 TailFrames = SpanAudioDevice::TailMs * PerMs;
constexpr qint16 Level = 10000;

// A 48 kHz mono WAV whose every sample is `value`: what comes out shows the gain applied.
bool writeConstantWav(const QString &path, int seconds, qint16 value)
{
    const quint32 dataBytes = quint32(seconds) * 48000 * 2;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(48000) << quint32(96000) << quint16(2)
        << quint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    for (quint32 i = 0; i < dataBytes / 2; ++i)
        out << value;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QVector<qint16> readEverything(SpanAudioDevice &device, qint64 chunkBytes)
{
    QVector<qint16> samples;
    QByteArray chunk(chunkBytes, Qt::Uninitialized);
    for (int guard = 0; guard < 100000 && !device.atEnd(); ++guard) {
        const qint64 got = device.read(chunk.data(), chunk.size());
        if (got <= 0)
            break;
        const qsizetype old = samples.size();
        samples.resize(old + got / 2);
        std::memcpy(samples.data() + old, chunk.constData(), size_t(got));
    }
    return samples;
}

std::unique_ptr<SpanAudioDevice> deviceFor(const QString &path, qint64 startMs, qint64 endMs)
{
    auto decoder = std::make_unique<AudioSpanDecoder>();
    if (!decoder->open(path, startMs, endMs))
        return nullptr;
    return std::make_unique<SpanAudioDevice>(std::move(decoder));
}

// A source whose sound arrives only when the test says so, like audio from a slow server.
class TrickleSource : public PcmSource
{
public:
    int channelCount() const override { return 1; }
    qint64 read(qint16 *out, qint64 maxFrames) override
    {
        const qint64 count = qMin(maxFrames, m_available);
        std::fill(out, out + count, Level);
        m_available -= count;
        m_read += count;
        return count;
    }
    bool atEnd() const override { return m_ended && m_available == 0; }
    bool hasError() const override { return false; }
    QString errorString() const override { return QString(); }

    qint64 m_available = 0;
    qint64 m_read = 0;
    bool m_ended = false;
};

} // namespace

class TestSpanAudioDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliversTheSpanThenSilence_data();
    void deliversTheSpanThenSilence();
    void fadesTheEdges();
    void handsOutWholeFramesOnly();
    void reportsAFailureInTheMiddle();
    void goesBackToAKeptFrameAtAnotherSpeed();
    void waitsForASlowSourceWithoutEnding();

private:
    QTemporaryDir m_dir;
    QString m_constant;
};

void TestSpanAudioDevice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_constant = m_dir.filePath(QStringLiteral("constant.wav"));
    QVERIFY(writeConstantWav(m_constant, 5, Level));
}

void TestSpanAudioDevice::deliversTheSpanThenSilence_data()
{
    QTest::addColumn<qint64>("chunkBytes");
    QTest::newRow("20 ms reads") << qint64(1920);
    QTest::newRow("odd reads") << qint64(1234);
    QTest::newRow("one big read") << qint64(1 << 20);
}

void TestSpanAudioDevice::deliversTheSpanThenSilence()
{
    QFETCH(qint64, chunkBytes);
    auto device = deviceFor(m_constant, 1000, 2500);
    QVERIFY(device);
    QVERIFY(device->isOpen());
    QVERIFY(device->isSequential());
    QCOMPARE(device->format().sampleRate(), 48000);
    QVERIFY(device->bytesAvailable() > 0);
    const QVector<qint16> samples = readEverything(*device, chunkBytes);
    QCOMPARE(qint64(samples.size()), 1500 * PerMs + TailFrames);
    QCOMPARE(device->spanFramesRead(), 1500 * PerMs);
    QCOMPARE(device->tailFramesRead(), TailFrames);
    QVERIFY(device->atEnd());
    QVERIFY(device->spanEnded());
    QCOMPARE(device->bytesAvailable(), qint64(0));
    char byte = 0;
    QCOMPARE(device->read(&byte, 1), qint64(0));
    for (qint64 i = FadeFrames; i < 1500 * PerMs - FadeFrames; ++i)
        QCOMPARE(samples.at(i), Level);
    for (qint64 i = 1500 * PerMs; i < samples.size(); ++i)
        QCOMPARE(samples.at(i), qint16(0));
}

void TestSpanAudioDevice::fadesTheEdges()
{
    auto device = deviceFor(m_constant, 0, 100);
    QVERIFY(device);
    const QVector<qint16> samples = readEverything(*device, 4096);
    const qint64 span = 100 * PerMs;
    QVERIFY(samples.at(0) < Level / 100);        // starts near silence
    QVERIFY(samples.at(span - 1) < Level / 100); // and ends there
    for (qint64 i = 1; i < FadeFrames; ++i) {
        QVERIFY(samples.at(i) >= samples.at(i - 1));               // rises smoothly
        QVERIFY(samples.at(span - 1 - i) >= samples.at(span - i)); // falls smoothly
    }
    QCOMPARE(samples.at(FadeFrames), Level);
    QCOMPARE(samples.at(span - 1 - FadeFrames), Level);
}

void TestSpanAudioDevice::handsOutWholeFramesOnly()
{
    QTemporaryDir dir;
    AudioFixtures fixtures(dir.path());
    QVERIFY2(fixtures.makeReference(3), qPrintable(fixtures.errorString()));
    const QString stereo = fixtures.encode(AudioFixtures::Format::Wav);
    QVERIFY2(!stereo.isEmpty(), qPrintable(fixtures.errorString()));
    auto device = deviceFor(stereo, 500, 600);
    QVERIFY(device);
    QCOMPARE(device->format().channelCount(), 2);
    char buffer[7];
    QCOMPARE(device->read(buffer, 3), qint64(0)); // less than a frame
    QCOMPARE(device->read(buffer, 7), qint64(4)); // one frame of two 16-bit samples
    QCOMPARE(device->spanFramesRead(), qint64(1));
}

void TestSpanAudioDevice::reportsAFailureInTheMiddle()
{
    QTemporaryDir dir;
    AudioFixtures fixtures(dir.path());
    QVERIFY2(fixtures.makeReference(8), qPrintable(fixtures.errorString()));
    const QString mp3 = fixtures.encode(AudioFixtures::Format::Mp3Cbr);
    QVERIFY2(!mp3.isEmpty(), qPrintable(fixtures.errorString()));
    const QString half = fixtures.truncatedCopy(mp3);
    auto device = deviceFor(half, 2000, 7000); // the file stops at about 4 s
    QVERIFY(device);
    QSignalSpy failed(device.get(), &SpanAudioDevice::failed);
    const QVector<qint16> samples = readEverything(*device, 1920 * 2);
    QVERIFY(device->hasFailed());
    QVERIFY(device->atEnd());
    QVERIFY(samples.size() > 1000 * PerMs * 2); // what was there was handed out
    QVERIFY(samples.size() < 5000 * PerMs * 2);
    QVERIFY(failed.wait(1000)); // queued: never from inside the output's read
    QVERIFY2(failed.at(0).at(0).toString().contains(QFileInfo(half).fileName()),
             qPrintable(failed.at(0).at(0).toString()));
}

void TestSpanAudioDevice::goesBackToAKeptFrameAtAnotherSpeed()
{
    auto device = deviceFor(m_constant, 0, 4000);
    QVERIFY(device);
    QByteArray first(1000 * PerMs * 2, Qt::Uninitialized);
    QCOMPARE(device->read(first.data(), first.size()), first.size());
    QCOMPARE(device->spanFrameAt(600 * PerMs), 600 * PerMs);
    // What was heard so far: 600 ms. Go on from there at twice the speed.
    device->restart(600 * PerMs, 2.0);
    QCOMPARE(device->speed(), 2.0);
    QCOMPARE(device->spanFramesRead(), qint64(0));
    const QVector<qint16> rest = readEverything(*device, 4096);
    QCOMPARE(device->spanFramesRead(), 1700 * PerMs); // 3.4 s of the span in half the time
    QCOMPARE(qint64(rest.size()), 1700 * PerMs + TailFrames);
    QVERIFY(qAbs(rest.at(0)) < Level / 10); // faded in, not cut in
    QVERIFY(qAbs(rest.at(500 * PerMs) - Level) < Level / 10);
    QCOMPARE(device->spanFrameAt(500 * PerMs), 1600 * PerMs); // in source time
    QCOMPARE(device->spanFrameAt(device->spanFramesRead()), 4000 * PerMs);
    QCOMPARE(device->spanLength(), 4000 * PerMs);
    // Back at normal speed, from a frame kept.
    device->restart(3000 * PerMs, 1.0);
    QCOMPARE(qint64(readEverything(*device, 4096).size()), 1000 * PerMs + TailFrames);
}

void TestSpanAudioDevice::waitsForASlowSourceWithoutEnding()
{
    auto *source = new TrickleSource;
    SpanAudioDevice device {std::unique_ptr<PcmSource>(source)};
    QSignalSpy readyRead(&device, &QIODevice::readyRead);
    char buffer[4800];
    QCOMPARE(device.read(buffer, sizeof buffer), qint64(0));
    QVERIFY(device.isStarved());
    QVERIFY(!device.atEnd());
    QVERIFY(!device.spanEnded());
    source->m_available = 100 * PerMs; // the network delivers
    QVERIFY(readyRead.wait(2000));     // the output, which stopped asking, is woken
    QVERIFY(!device.isStarved());
    QVERIFY(device.read(buffer, sizeof buffer) > 0);
    source->m_ended = true;
    const QVector<qint16> rest = readEverything(device, 4800);
    QVERIFY(device.atEnd());
    QCOMPARE(device.spanLength(), 100 * PerMs);
    QCOMPARE(qint64(rest.size()) + 2400, 100 * PerMs + TailFrames);
}

QTEST_GUILESS_MAIN(TestSpanAudioDevice)
#include "tst_spanaudiodevice.moc"
