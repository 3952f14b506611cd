// Decodes spans at the start, middle and end of the same noise in every format and checks, by
// locating the decoded audio in the original, that the first and last samples are the requested
// ones (within 10 ms; the log prints the measured error in samples at 48 kHz).
#include "playback/AudioSpanDecoder.h"
#include "support/AudioAlignment.h"
#include "support/AudioFixtures.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

constexpr int Seconds = 60;
constexpr qint64 PerMs = AudioSpanDecoder::OutputRate / 1000;
constexpr qint64 ToleranceFrames = 10 * PerMs;
constexpr qint64 WindowFrames = 100 * PerMs; // the excerpt located in the reference
constexpr qint64 SearchFrames = 300 * PerMs;

QVector<qint16> readAll(AudioSpanDecoder &decoder)
{
    QVector<qint16> samples;
    QVector<qint16> chunk(4096 * decoder.channelCount());
    qint64 frames = 0;
    while ((frames = decoder.read(chunk.data(), 4096)) > 0)
        samples.append(chunk.mid(0, frames * decoder.channelCount()));
    return samples;
}

} // namespace

class TestAudioSpanDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodesTheRequestedSamples_data();
    void decodesTheRequestedSamples();
    void playsToTheEndOfTheAudio_data();
    void playsToTheEndOfTheAudio();
    void keepsMonoAsMono();
    void reportsAMissingFile();
    void reportsAFileThatIsNotAudio();
    void reportsATruncatedFile_data();
    void reportsATruncatedFile();
    void reportsASpanAfterTheEnd();
    void rejectsAReversedSpan();

private:
    QString file(AudioFixtures::Format format) const { return m_files.value(int(format)); }

    QTemporaryDir m_dir;
    std::unique_ptr<AudioFixtures> m_fixtures;
    QHash<int, QString> m_files;
};

void TestAudioSpanDecoder::initTestCase()
{
    const QStringList missing = AudioFixtures::missingTools();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("missing tools (run scripts/setup): ")
                        + missing.join(QLatin1Char(' '))));
    QVERIFY(m_dir.isValid());
    m_fixtures = std::make_unique<AudioFixtures>(m_dir.path());
    QVERIFY2(m_fixtures->makeReference(Seconds), qPrintable(m_fixtures->errorString()));
    for (AudioFixtures::Format format : AudioFixtures::allFormats()) {
        const QString path = m_fixtures->encode(format);
        QVERIFY2(!path.isEmpty(), qPrintable(m_fixtures->errorString()));
        m_files.insert(int(format), path);
    }
}

void TestAudioSpanDecoder::decodesTheRequestedSamples_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    const QVector<QPair<qint64, qint64>> spans
            = {{0, 2000},      {300, 2700},    {700, 4100},    {15000, 20000},
               {29517, 33250}, {44444, 45000}, {55000, 59750}, {57500, 60000}};
    for (AudioFixtures::Format format : AudioFixtures::allFormats()) {
        for (const auto &span : spans) {
            QTest::addRow("%s %lld-%lld", qPrintable(AudioFixtures::formatName(format)), span.first,
                          span.second)
                    << int(format) << span.first << span.second;
        }
    }
}

void TestAudioSpanDecoder::decodesTheRequestedSamples()
{
    QFETCH(int, format);
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    AudioSpanDecoder decoder;
    QVERIFY2(decoder.open(file(AudioFixtures::Format(format)), startMs, endMs),
             qPrintable(decoder.errorString()));
    const QVector<qint16> decoded
            = AudioAlignment::channel(readAll(decoder), decoder.channelCount());
    QVERIFY2(!decoder.hasError(), qPrintable(decoder.errorString()));
    QVERIFY(decoder.atEnd());
    const qint64 expectedFrames = (endMs - startMs) * PerMs;
    QCOMPARE(qint64(decoded.size()), expectedFrames);
    QCOMPARE(decoder.framesRead(), expectedFrames);

    const QVector<qint16> &reference = m_fixtures->reference();
    const qint64 firstWanted = startMs * PerMs;
    const qint64 endWanted = endMs * PerMs;
    const AudioAlignment::Match head
            = AudioAlignment::find(reference, decoded.mid(0, WindowFrames),
                                   firstWanted - SearchFrames, firstWanted + SearchFrames);
    const AudioAlignment::Match tail
            = AudioAlignment::find(reference, decoded.mid(decoded.size() - WindowFrames),
                                   endWanted - SearchFrames, endWanted + SearchFrames);
    const qint64 startError = head.offset - firstWanted;
    const qint64 endError = tail.offset + WindowFrames - endWanted;
    qInfo("start error %lld samples (%.2f ms, r=%.3f), end error %lld samples (%.2f ms, r=%.3f)",
          startError, double(startError) / PerMs, head.correlation, endError,
          double(endError) / PerMs, tail.correlation);
    QVERIFY2(head.correlation > 0.5, "the start of the span does not resemble the source");
    QVERIFY2(tail.correlation > 0.5, "the end of the span does not resemble the source");
    QVERIFY(qAbs(startError) <= ToleranceFrames);
    QVERIFY(qAbs(endError) <= ToleranceFrames);
}

void TestAudioSpanDecoder::playsToTheEndOfTheAudio_data()
{
    QTest::addColumn<int>("format");
    for (AudioFixtures::Format format : AudioFixtures::allFormats())
        QTest::newRow(qPrintable(AudioFixtures::formatName(format))) << int(format);
}

void TestAudioSpanDecoder::playsToTheEndOfTheAudio()
{
    QFETCH(int, format);
    AudioSpanDecoder decoder;
    const qint64 startMs = 52000;
    QVERIFY2(decoder.open(file(AudioFixtures::Format(format)), startMs, -1),
             qPrintable(decoder.errorString()));
    const QVector<qint16> decoded
            = AudioAlignment::channel(readAll(decoder), decoder.channelCount());
    QVERIFY2(!decoder.hasError(), qPrintable(decoder.errorString()));
    const qint64 lengthError = startMs * PerMs + decoded.size() - Seconds * 1000 * PerMs;
    qInfo("the audio ends %lld samples (%.2f ms) from where the source ends", lengthError,
          double(lengthError) / PerMs);
    QVERIFY(qAbs(lengthError) <= ToleranceFrames);
    QCOMPARE(decoder.endFrame(), startMs * PerMs + decoded.size());
}

void TestAudioSpanDecoder::keepsMonoAsMono()
{
    AudioSpanDecoder mono;
    QVERIFY(mono.open(file(AudioFixtures::Format::Opus), 1000, 2000));
    QCOMPARE(mono.format().channelCount(), 1);
    QCOMPARE(mono.format().sampleRate(), 48000);
    QCOMPARE(mono.format().sampleFormat(), QAudioFormat::Int16);
    AudioSpanDecoder stereo;
    QVERIFY(stereo.open(file(AudioFixtures::Format::Mp3Cbr), 1000, 2000));
    QCOMPARE(stereo.format().channelCount(), 2);
}

void TestAudioSpanDecoder::reportsAMissingFile()
{
    AudioSpanDecoder decoder;
    const QString missing = m_dir.filePath(QStringLiteral("no-such-episode.mp3"));
    QVERIFY(!decoder.open(missing, 0, 1000));
    QVERIFY2(decoder.errorString().contains(QStringLiteral("no-such-episode.mp3")),
             qPrintable(decoder.errorString()));
    QVERIFY(decoder.errorString().contains(QStringLiteral("does not exist")));
    QCOMPARE(decoder.read(nullptr, 0), qint64(-1));
}

void TestAudioSpanDecoder::reportsAFileThatIsNotAudio()
{
    const QString path = m_dir.filePath(QStringLiteral("shownotes.mp3"));
    QFile text(path);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("These are the show notes, not audio.\n").repeated(200));
    text.close();
    AudioSpanDecoder decoder;
    QVERIFY(!decoder.open(path, 0, 1000));
    QVERIFY2(decoder.errorString().contains(QStringLiteral("shownotes.mp3")),
             qPrintable(decoder.errorString()));
}

void TestAudioSpanDecoder::reportsATruncatedFile_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("wav") << int(AudioFixtures::Format::Wav);
    QTest::newRow("mp3-cbr") << int(AudioFixtures::Format::Mp3Cbr);
    QTest::newRow("mp3-vbr") << int(AudioFixtures::Format::Mp3Vbr);
    QTest::newRow("opus") << int(AudioFixtures::Format::Opus);
    QTest::newRow("m4a") << int(AudioFixtures::Format::M4a);
}

void TestAudioSpanDecoder::reportsATruncatedFile()
{
    QFETCH(int, format);
    const QString half = m_fixtures->truncatedCopy(file(AudioFixtures::Format(format)));
    QVERIFY2(!half.isEmpty(), qPrintable(m_fixtures->errorString()));
    AudioSpanDecoder decoder;
    // The span lies in the half that is missing.
    const bool opened = decoder.open(half, 45000, 50000);
    if (opened)
        readAll(decoder);
    QVERIFY(decoder.hasError());
    QVERIFY2(decoder.errorString().contains(QFileInfo(half).fileName()),
             qPrintable(decoder.errorString()));
    qInfo("%s", qPrintable(decoder.errorString()));
}

void TestAudioSpanDecoder::reportsASpanAfterTheEnd()
{
    AudioSpanDecoder decoder;
    QVERIFY(!decoder.open(file(AudioFixtures::Format::Mp3Vbr), 70000, 75000));
    QVERIFY2(decoder.errorString().contains(QStringLiteral("vbr.mp3")),
             qPrintable(decoder.errorString()));
    QVERIFY2(decoder.errorString().contains(QStringLiteral("1:10.000")),
             qPrintable(decoder.errorString()));
}

void TestAudioSpanDecoder::rejectsAReversedSpan()
{
    AudioSpanDecoder decoder;
    QVERIFY(!decoder.open(file(AudioFixtures::Format::Wav), 5000, 4000));
    QVERIFY(decoder.errorString().contains(QStringLiteral("empty or reversed")));
    QVERIFY(!decoder.open(file(AudioFixtures::Format::Wav), 5000, 5000));
}

QTEST_GUILESS_MAIN(TestAudioSpanDecoder)
#include "tst_audiospandecoder.moc"
