// `citecast play EPISODE --citation N` end to end: the citation's clip, looked up in the library,
// comes out of a PulseAudio null sink exactly (recorded with parec and located in the source by
// cross-correlation). Also the sample's citation 4: what is heard is the sentence it supports.
#include "support/AudioAlignment.h"
#include "support/AudioFixtures.h"
#include "support/AudioRecorder.h"
#include "support/TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

constexpr qint64 PerMs = AudioRecorder::Rate / 1000;
constexpr qint64 ToleranceFrames = 20 * PerMs;
constexpr qint64 WindowFrames = 100 * PerMs;
constexpr qint64 SearchFrames = 500 * PerMs;

// The pack's citation 3 clip, over generated noise that is never silent.
constexpr qint64 ClipStartMs = 6250;
constexpr qint64 ClipEndMs = 8750;

} // namespace

class TestCitationPlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void citationPlaysExactlyItsClip();
    void sampleCitationFourIsTheSentence();
    void citationWithoutAudioIsExplained();

private:
    struct Played
    {
        int exitCode = -1;
        QString error;
        QVector<qint16> recording;
    };
    Played play(const QStringList &arguments);
    QJsonObject show(const QString &episode);

    QString m_sink;
    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<AudioFixtures> m_fixtures;
};

void TestCitationPlayback::initTestCase()
{
    m_sink = qEnvironmentVariable("CITECAST_TEST_SINK");
    if (m_sink.isEmpty()) {
        const char *reason = "no recordable sound server: run `source scripts/lib/sound-server.sh; "
                             "citecast_sound_server_start` first (it sets CITECAST_TEST_SINK)";
        if (qEnvironmentVariable("CITECAST_REQUIRE_SOUND") == QLatin1String("1"))
            QFAIL(reason);
        QSKIP(reason);
    }
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
    m_fixtures = std::make_unique<AudioFixtures>(m_dir.path());
    QVERIFY2(m_fixtures->makeReference(12), qPrintable(m_fixtures->errorString()));
    const QString opus = m_fixtures->encode(AudioFixtures::Format::Opus);
    QVERIFY2(!opus.isEmpty(), qPrintable(m_fixtures->errorString()));

    const QJsonObject episode {
            {QStringLiteral("guid"), QStringLiteral("urn:test:e2e")},
            {QStringLiteral("title"), QStringLiteral("Noise with a citation")},
            {QStringLiteral("audio"),
             QJsonObject {{QStringLiteral("path"), QDir(m_dir.path()).relativeFilePath(opus)}}},
            {QStringLiteral("topics"),
             QJsonArray {QJsonObject {
                     {QStringLiteral("title"), QStringLiteral("Topic")},
                     {QStringLiteral("sentences"),
                      QJsonArray {
                              QJsonObject {{QStringLiteral("text"), QStringLiteral("A claim.")},
                                           {QStringLiteral("citations"), QJsonArray {3}}},
                              QJsonObject {{QStringLiteral("text"), QStringLiteral("No audio.")},
                                           {QStringLiteral("citations"), QJsonArray {5}}}}}}}},
            {QStringLiteral("clips"),
             QJsonArray {QJsonObject {{QStringLiteral("kind"), QStringLiteral("citation")},
                                      {QStringLiteral("citation"), 3},
                                      {QStringLiteral("start"), ClipStartMs},
                                      {QStringLiteral("end"), ClipEndMs}}}}};
    const QByteArray pack
            = QJsonDocument(QJsonObject {{QStringLiteral("citecastPack"), 1},
                                         {QStringLiteral("episodes"), QJsonArray {episode}}})
                      .toJson();
    const QString packPath = m_dir.filePath(QStringLiteral("e2e.json"));
    QFile file(packPath);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pack) == pack.size());
    file.close();

    QProcess process;
    process.start(TestPaths::citecastBinary(),
                  {QStringLiteral("--library"), m_library, QStringLiteral("import"),
                   QStringLiteral("--sample"), packPath});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

TestCitationPlayback::Played TestCitationPlayback::play(const QStringList &arguments)
{
    Played played;
    AudioRecorder recorder(m_sink);
    if (!recorder.start(&played.error))
        return played;
    QProcess process;
    process.start(TestPaths::citecastBinary(),
                  QStringList {QStringLiteral("--library"), m_library, QStringLiteral("play")}
                          + arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        played.error = QStringLiteral("citecast play did not finish within a minute");
        recorder.stop();
        return played;
    }
    QTest::qWait(300); // let the last samples reach the recording
    played.recording = recorder.stop();
    played.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    played.error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return played;
}

QJsonObject TestCitationPlayback::show(const QString &episode)
{
    QProcess process;
    process.start(TestPaths::citecastBinary(),
                  {QStringLiteral("--library"), m_library, QStringLiteral("show"), episode,
                   QStringLiteral("--json")});
    process.waitForFinished(30000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

void TestCitationPlayback::citationPlaysExactlyItsClip()
{
    const Played played = play(
            {QStringLiteral("urn:test:e2e"), QStringLiteral("--citation"), QStringLiteral("3")});
    QVERIFY2(played.exitCode == 0, qPrintable(played.error));
    const QVector<qint16> &recording = played.recording;
    const auto [first, end] = AudioAlignment::audibleRange(recording);
    QVERIFY2(first >= 0, "nothing was heard");

    const QVector<qint16> &source = m_fixtures->reference();
    const qint64 headAt = first + 50 * PerMs;
    const qint64 tailAt = end - 50 * PerMs - WindowFrames;
    const qint64 expectedHead = ClipStartMs * PerMs + 50 * PerMs;
    const qint64 expectedTail = ClipEndMs * PerMs - 50 * PerMs - WindowFrames;
    const AudioAlignment::Match head
            = AudioAlignment::find(source, recording.mid(headAt, WindowFrames),
                                   expectedHead - SearchFrames, expectedHead + SearchFrames);
    const AudioAlignment::Match tail
            = AudioAlignment::find(source, recording.mid(tailAt, WindowFrames),
                                   expectedTail - SearchFrames, expectedTail + SearchFrames);
    const qint64 startError = head.offset - headAt + first - ClipStartMs * PerMs;
    const qint64 endError = tail.offset - tailAt + end - ClipEndMs * PerMs;
    qInfo("citation 3: start %+.2f ms (r=%.3f), end %+.2f ms (r=%.3f)", double(startError) / PerMs,
          head.correlation, double(endError) / PerMs, tail.correlation);
    QVERIFY2(head.correlation > 0.5 && tail.correlation > 0.5,
             "what was heard is not the clip's audio");
    QVERIFY2(qAbs(startError) <= ToleranceFrames, "the clip started at the wrong sample");
    QVERIFY2(qAbs(endError) <= ToleranceFrames, "the clip ended at the wrong sample");
}

void TestCitationPlayback::sampleCitationFourIsTheSentence()
{
    const QJsonObject episode = show(QStringLiteral("citecast-sample-ep11"));
    const QJsonObject clip = episode.value(QStringLiteral("topics"))
                                     .toArray()
                                     .at(1)
                                     .toObject()
                                     .value(QStringLiteral("citations"))
                                     .toArray()
                                     .at(1)
                                     .toObject()
                                     .value(QStringLiteral("clip"))
                                     .toObject();
    const qint64 startMs = clip.value(QStringLiteral("startMs")).toInteger();
    const qint64 endMs = clip.value(QStringLiteral("endMs")).toInteger();
    QVERIFY(endMs > startMs);

    // The narration, decoded independently of Citecast (the ffmpeg tool), as the reference.
    const QString raw = m_dir.filePath(QStringLiteral("narration.raw"));
    QString error;
    QVERIFY2(AudioFixtures::run(
                     QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                      QStringLiteral("-i"), episode.value(QStringLiteral("audio")).toString(),
                      QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-ar"),
                      QStringLiteral("48000"), QStringLiteral("-f"), QStringLiteral("s16le"), raw},
                     &error),
             qPrintable(error));
    const QVector<qint16> narration = AudioFixtures::readRaw(raw);
    QVERIFY(narration.size() > endMs * PerMs);

    const Played played = play({QStringLiteral("citecast-sample-ep11"),
                                QStringLiteral("--citation"), QStringLiteral("4")});
    QVERIFY2(played.exitCode == 0, qPrintable(played.error));
    const int speech = 300; // above the codec's noise in the pauses
    const auto [heardFirst, heardEnd] = AudioAlignment::audibleRange(played.recording, speech);
    QVERIFY2(heardFirst >= 0, "nothing was heard");
    // Where the recording sits in the narration, from a stretch in the middle of the speech.
    const qint64 middle = (heardFirst + heardEnd) / 2;
    const qint64 expected = (startMs + endMs) / 2 * PerMs;
    const AudioAlignment::Match match
            = AudioAlignment::find(narration, played.recording.mid(middle, 4 * WindowFrames),
                                   expected - 4 * SearchFrames, expected + 4 * SearchFrames);
    QVERIFY2(match.correlation > 0.8,
             qPrintable(QStringLiteral("correlation %1").arg(match.correlation)));
    const qint64 shift = match.offset - middle; // narration index = recording index + shift

    // Everything heard lies inside the clip ...
    QVERIFY(heardFirst + shift >= startMs * PerMs - ToleranceFrames);
    QVERIFY(heardEnd + shift <= endMs * PerMs + ToleranceFrames);
    // ... and all the speech of the clip was heard: the sentence, whole.
    const QVector<qint16> span = narration.mid(startMs * PerMs, (endMs - startMs) * PerMs);
    const auto [spokenFirst, spokenEnd] = AudioAlignment::audibleRange(span, speech);
    QVERIFY(spokenFirst >= 0);
    qInfo("citation 4: speech %.0f-%.0f ms of the clip, heard %.0f-%.0f ms",
          double(spokenFirst) / PerMs, double(spokenEnd) / PerMs,
          double(heardFirst + shift - startMs * PerMs) / PerMs,
          double(heardEnd + shift - startMs * PerMs) / PerMs);
    QVERIFY(qAbs(heardFirst + shift - (startMs * PerMs + spokenFirst)) <= ToleranceFrames);
    QVERIFY(qAbs(heardEnd + shift - (startMs * PerMs + spokenEnd)) <= ToleranceFrames);
}

void TestCitationPlayback::citationWithoutAudioIsExplained()
{
    Played played = play(
            {QStringLiteral("urn:test:e2e"), QStringLiteral("--citation"), QStringLiteral("5")});
    QCOMPARE(played.exitCode, 2);
    QVERIFY2(played.error.contains(QStringLiteral("no audio yet")), qPrintable(played.error));
    QCOMPARE(AudioAlignment::audibleRange(played.recording).first, qint64(-1));

    played = play(
            {QStringLiteral("urn:test:e2e"), QStringLiteral("--citation"), QStringLiteral("9")});
    QCOMPARE(played.exitCode, 2);
    QVERIFY2(played.error.contains(QStringLiteral("9")), qPrintable(played.error));
}

QTEST_GUILESS_MAIN(TestCitationPlayback)
#include "tst_citationplayback.moc"
