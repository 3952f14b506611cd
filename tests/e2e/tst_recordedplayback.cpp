// Plays spans through the real audio path (`citecast play`, FFmpeg, QAudioSink, PulseAudio) into a
// null sink, records its monitor, locates the recording in the source and checks that the first
// and last samples heard are the requested ones (within 10 ms), from local files in every format
// and over HTTP; at another speed, that the span lasts its length divided by the speed. Needs the
// sound server of scripts/lib/sound-server.sh: CITECAST_TEST_SINK names its sink.
#include "playback/HeadlessPlayback.h"
#include "support/AudioAlignment.h"
#include "support/AudioFixtures.h"
#include "support/AudioHttpServer.h"
#include "support/AudioRecorder.h"
#include "support/TestLibrary.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

constexpr qint64 PerMs = AudioRecorder::Rate / 1000;
constexpr qint64 ToleranceFrames = 10 * PerMs;
constexpr qint64 WindowFrames = 100 * PerMs; // excerpt of the recording located in the source
constexpr qint64 SearchFrames = 500 * PerMs;

struct Edges
{
    qint64 startError = 0; // first sample heard minus the first sample requested, in samples
    qint64 endError = 0;   // one past the last sample heard minus the end requested
    double startCorrelation = 0;
    double endCorrelation = 0;
    qint64 latencyMs = 0; // from starting to play to the first sample heard
};

} // namespace

class TestRecordedPlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void playsExactlyTheSpan_data();
    void playsExactlyTheSpan();
    void playsFasterForItsLengthDividedByTheSpeed_data();
    void playsFasterForItsLengthDividedByTheSpeed();
    void reportsAMissingFileWithoutPlaying();

private:
    bool binaryPlays() const;
    int play(const QString &path, qint64 startMs, qint64 endMs, QString *errorText,
             const QString &speed = QString());

    QString m_sink;
    QTemporaryDir m_dir;
    std::unique_ptr<AudioFixtures> m_fixtures;
    QHash<int, QString> m_files;
    AudioHttpServer m_server; // serves the Opus file
};

void TestRecordedPlayback::initTestCase()
{
    m_sink = qEnvironmentVariable("CITECAST_TEST_SINK");
    if (m_sink.isEmpty()) {
        const char *reason = "no recordable sound server: run `source scripts/lib/sound-server.sh; "
                             "citecast_sound_server_start` first (it sets CITECAST_TEST_SINK)";
        if (qEnvironmentVariable("CITECAST_REQUIRE_SOUND") == QLatin1String("1"))
            QFAIL(reason);
        QSKIP(reason);
    }
    const QStringList missing = AudioFixtures::missingTools();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("missing tools (run scripts/setup): ")
                        + missing.join(QLatin1Char(' '))));
    QVERIFY2(binaryPlays(), "`citecast play --help` does not exit with 0");
    QVERIFY(m_dir.isValid());
    m_fixtures = std::make_unique<AudioFixtures>(m_dir.path());
    QVERIFY2(m_fixtures->makeReference(60), qPrintable(m_fixtures->errorString()));
    for (AudioFixtures::Format format : AudioFixtures::allFormats()) {
        const QString path = m_fixtures->encode(format);
        QVERIFY2(!path.isEmpty(), qPrintable(m_fixtures->errorString()));
        m_files.insert(int(format), path);
    }
    QFile opus(m_files.value(int(AudioFixtures::Format::Opus)));
    QVERIFY(opus.open(QIODevice::ReadOnly));
    QVERIFY(m_server.start());
    m_server.add(QStringLiteral("/episode.opus"), opus.readAll(), "audio/ogg");
}

bool TestRecordedPlayback::binaryPlays() const
{
    QProcess process;
    process.start(TestPaths::citecastBinary(), {QStringLiteral("play"), QStringLiteral("--help")});
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0 && process.readAllStandardOutput().contains("--citation");
}

int TestRecordedPlayback::play(const QString &path, qint64 startMs, qint64 endMs,
                               QString *errorText, const QString &speed)
{
    QProcess process;
    QStringList arguments {QStringLiteral("play"), path, QStringLiteral("--from"),
                           QString::number(startMs)};
    if (endMs >= 0)
        arguments << QStringLiteral("--to") << QString::number(endMs);
    if (!speed.isEmpty())
        arguments << QStringLiteral("--speed") << speed;
    process.start(TestPaths::citecastBinary(), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        *errorText = QStringLiteral("citecast play did not finish within a minute");
        return -1;
    }
    *errorText = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestRecordedPlayback::playsExactlyTheSpan_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    QTest::addColumn<bool>("inProcess");
    QTest::addColumn<bool>("overHttp");
    QTest::newRow("wav at the start")
            << int(AudioFixtures::Format::Wav) << qint64(0) << qint64(1500) << false << false;
    QTest::newRow("mp3 cbr in the middle") << int(AudioFixtures::Format::Mp3Cbr) << qint64(15000)
                                           << qint64(20000) << false << false;
    QTest::newRow("mp3 vbr near the end") << int(AudioFixtures::Format::Mp3Vbr) << qint64(55250)
                                          << qint64(57000) << false << false;
    QTest::newRow("opus in the middle")
            << int(AudioFixtures::Format::Opus) << qint64(31234) << qint64(33000) << false << false;
    QTest::newRow("m4a to the end")
            << int(AudioFixtures::Format::M4a) << qint64(57500) << qint64(60000) << false << false;
    QTest::newRow("opus over http")
            << int(AudioFixtures::Format::Opus) << qint64(44100) << qint64(46000) << false << true;
    // The same engine without starting a process: shows the latency of play() itself.
    QTest::newRow("mp3 cbr in process") << int(AudioFixtures::Format::Mp3Cbr) << qint64(40000)
                                        << qint64(42000) << true << false;
}

void TestRecordedPlayback::playsExactlyTheSpan()
{
    QFETCH(int, format);
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    QFETCH(bool, inProcess);
    QFETCH(bool, overHttp);
    const QString played
            = overHttp ? m_server.url(QStringLiteral("/episode.opus")) : m_files.value(format);
    AudioRecorder recorder(m_sink);
    QString error;
    QVERIFY2(recorder.start(&error), qPrintable(error));
    const qint64 playedAt = recorder.samplesSoFar();
    int exitCode = -1;
    if (inProcess) {
        QTextStream errors(&error);
        exitCode = HeadlessPlayback::run({played, startMs, endMs}, errors);
    } else {
        exitCode = play(played, startMs, endMs, &error);
    }
    QTest::qWait(300); // let the last samples reach the recording
    const QVector<qint16> recording = recorder.stop();
    QVERIFY2(exitCode == 0,
             qPrintable(QStringLiteral("exit code %1: %2").arg(exitCode).arg(error)));

    const auto [first, end] = AudioAlignment::audibleRange(recording);
    QVERIFY2(first >= 0, "nothing was heard");
    QVERIFY2(end - first > 2 * WindowFrames + 200 * PerMs, "too little was heard");
    // Locate a stretch near each edge (past the fades) in the source; its offset maps the
    // recording onto the source, which gives the source sample of the first and last one heard.
    const QVector<qint16> &source = m_fixtures->reference();
    const qint64 headAt = first + 50 * PerMs;
    const qint64 tailAt = end - 50 * PerMs - WindowFrames;
    const AudioAlignment::Match head
            = AudioAlignment::find(source, recording.mid(headAt, WindowFrames),
                                   startMs * PerMs + 50 * PerMs - SearchFrames,
                                   startMs * PerMs + 50 * PerMs + SearchFrames);
    const qint64 expectedTail = endMs * PerMs - 50 * PerMs - WindowFrames;
    const AudioAlignment::Match tail
            = AudioAlignment::find(source, recording.mid(tailAt, WindowFrames),
                                   expectedTail - SearchFrames, expectedTail + SearchFrames);
    Edges edges;
    edges.startError = head.offset - headAt + first - startMs * PerMs;
    edges.endError = tail.offset - tailAt + end - endMs * PerMs;
    edges.latencyMs = (first - playedAt) / PerMs;
    qInfo("start %+.2f ms (r=%.3f), end %+.2f ms (r=%.3f), first sound %lld ms after %s",
          double(edges.startError) / PerMs, head.correlation, double(edges.endError) / PerMs,
          tail.correlation, edges.latencyMs,
          inProcess ? "HeadlessPlayback::run()" : "starting `citecast play`");
    QVERIFY2(head.correlation > 0.5, "the start of what was heard is not the requested audio");
    QVERIFY2(tail.correlation > 0.5, "the end of what was heard is not the requested audio");
    QVERIFY2(qAbs(edges.startError) <= ToleranceFrames, "the span started at the wrong sample");
    QVERIFY2(qAbs(edges.endError) <= ToleranceFrames, "the span ended at the wrong sample");
    // Nothing dropped or repeated in between: both edges map through the same offset.
    QVERIFY2(qAbs((head.offset - headAt) - (tail.offset - tailAt)) <= PerMs,
             "the recording drifts against the source between the edges");
}

void TestRecordedPlayback::playsFasterForItsLengthDividedByTheSpeed_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("speed");
    QTest::newRow("mp3 cbr at 2x") << int(AudioFixtures::Format::Mp3Cbr) << QStringLiteral("2");
    QTest::newRow("opus at 0.75x") << int(AudioFixtures::Format::Opus) << QStringLiteral("0.75");
}

void TestRecordedPlayback::playsFasterForItsLengthDividedByTheSpeed()
{
    // Stretched sound cannot be located in the source sample by sample; what can be checked is
    // that the whole span is heard in its length divided by the speed, and nothing more.
    QFETCH(int, format);
    QFETCH(QString, speed);
    const qint64 startMs = 20000;
    const qint64 endMs = 24000;
    AudioRecorder recorder(m_sink);
    QString error;
    QVERIFY2(recorder.start(&error), qPrintable(error));
    const qint64 playedAt = recorder.samplesSoFar();
    const int exitCode = play(m_files.value(format), startMs, endMs, &error, speed);
    QTest::qWait(300);
    const QVector<qint16> recording = recorder.stop();
    QVERIFY2(exitCode == 0,
             qPrintable(QStringLiteral("exit code %1: %2").arg(exitCode).arg(error)));
    const auto [first, end] = AudioAlignment::audibleRange(recording);
    QVERIFY2(first >= 0, "nothing was heard");
    const double expected = double(endMs - startMs) * PerMs / speed.toDouble();
    qInfo("heard %.2f ms for %.2f ms expected at %sx, first sound %lld ms after starting",
          double(end - first) / PerMs, expected / PerMs, qPrintable(speed),
          (first - playedAt) / PerMs);
    QVERIFY2(std::abs(double(end - first) - expected) <= ToleranceFrames,
             "the span did not last its length divided by the speed");
}

void TestRecordedPlayback::reportsAMissingFileWithoutPlaying()
{
    AudioRecorder recorder(m_sink);
    QString error;
    QVERIFY2(recorder.start(&error), qPrintable(error));
    const QString missing = m_dir.filePath(QStringLiteral("gone.mp3"));
    const int exitCode = play(missing, 1000, 2000, &error);
    QTest::qWait(200);
    const QVector<qint16> recording = recorder.stop();
    QCOMPARE(exitCode, 2);
    QVERIFY2(error.contains(QStringLiteral("gone.mp3")), qPrintable(error));
    QCOMPARE(AudioAlignment::audibleRange(recording).first, qint64(-1));
}

QTEST_GUILESS_MAIN(TestRecordedPlayback)
#include "tst_recordedplayback.moc"
