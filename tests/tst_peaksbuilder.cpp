// Reads generated files whose tones and silences sit at known times, in the formats podcasts come
// in, and checks that the peaks are loud exactly where the tones are and silent elsewhere.
#include "support/AudioFixtures.h"
#include "timeline/PeaksBuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Segment
{
    double seconds;
    double amplitude; // 0: silence
};

// 6 s at 44.1 kHz stereo: silence, a loud tone at 1–2 s, silence, a softer tone at 4–5 s, silence.
const QVector<Segment> layout = {{1, 0}, {1, 0.5}, {2, 0}, {1, 0.25}, {1, 0}};

// Writes the segments one after the other as a WAV file; empty on failure.
QString makeTones(const QString &dir, const QVector<Segment> &segments, QString *error)
{
    QStringList parts;
    for (int i = 0; i < segments.size(); ++i) {
        const QString part = dir + QStringLiteral("/part%1.wav").arg(i);
        QStringList arguments = {QStringLiteral("-n"),    QStringLiteral("-r"),
                                 QStringLiteral("44100"), QStringLiteral("-c"),
                                 QStringLiteral("2"),     QStringLiteral("-b"),
                                 QStringLiteral("16"),    part};
        const QString seconds = QString::number(segments.at(i).seconds);
        if (segments.at(i).amplitude > 0) {
            arguments << QStringLiteral("synth") << seconds << QStringLiteral("sine")
                      << QStringLiteral("440") << QStringLiteral("vol")
                      << QString::number(segments.at(i).amplitude);
        } else {
            arguments << QStringLiteral("trim") << QStringLiteral("0") << seconds;
        }
        if (!AudioFixtures::run(QStringLiteral("sox"), arguments, error))
            return QString();
        parts << part;
    }
    const QString out = dir + QStringLiteral("/tones.wav");
    if (!AudioFixtures::run(QStringLiteral("sox"), parts << out, error))
        return QString();
    return out;
}

} // namespace

class TestPeaksBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!AudioFixtures::missingTools().isEmpty())
            QSKIP(qPrintable(QStringLiteral("missing: ")
                             + AudioFixtures::missingTools().join(QStringLiteral(", "))));
        QVERIFY(m_dir.isValid());
        QString error;
        m_wav = makeTones(m_dir.path(), layout, &error);
        QVERIFY2(!m_wav.isEmpty(), qPrintable(error));
        m_mp3 = m_dir.filePath(QStringLiteral("tones.mp3"));
        QVERIFY2(AudioFixtures::run(QStringLiteral("lame"),
                                    {QStringLiteral("--quiet"), QStringLiteral("-b"),
                                     QStringLiteral("128"), m_wav, m_mp3},
                                    &error),
                 qPrintable(error));
        m_opus = m_dir.filePath(QStringLiteral("tones.opus"));
        QVERIFY2(AudioFixtures::run(QStringLiteral("opusenc"),
                                    {QStringLiteral("--quiet"), m_wav, m_opus}, &error),
                 qPrintable(error));
    }

    void loudWhereTheTonesAreAndSilentElsewhere_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("wav") << QStringLiteral("wav");
        QTest::newRow("mp3") << QStringLiteral("mp3");
        QTest::newRow("opus") << QStringLiteral("opus");
    }

    void loudWhereTheTonesAreAndSilentElsewhere()
    {
        QFETCH(QString, format);
        const QString path = format == QLatin1String("wav") ? m_wav
                : format == QLatin1String("mp3")            ? m_mp3
                                                            : m_opus;
        PeaksBuilder builder;
        const Waveform waveform = builder.build(path);
        QVERIFY2(!waveform.isNull(), qPrintable(builder.errorString()));
        QCOMPARE(waveform.bucketMs(), Waveform::DefaultBucketMs);
        QVERIFY2(qAbs(waveform.durationMs() - 6000) <= 30,
                 qPrintable(QString::number(waveform.durationMs())));
        QVERIFY(qAbs(waveform.bucketCount() - 600) <= 3);

        // The tones, at their amplitude (a sine's peak), from a few buckets after they start.
        QVERIFY2(qAbs(waveform.peakBetween(1030, 1970) - 0.5f) < 0.06f,
                 qPrintable(QString::number(waveform.peakBetween(1030, 1970))));
        QVERIFY2(qAbs(waveform.peakBetween(4030, 4970) - 0.25f) < 0.04f,
                 qPrintable(QString::number(waveform.peakBetween(4030, 4970))));
        // The loudest part of the file (Opus overshoots a little at the tone's onset).
        QVERIFY(waveform.levelBetween(1030, 1970).peak > 0.95f);
        // A sine's RMS is its peak over sqrt(2).
        QVERIFY(qAbs(waveform.levelBetween(1100, 1900).rms - 0.707f) < 0.05f);
        // The silences, up to a few buckets from the tones' edges (codecs smear them a little).
        for (const auto &[from, to] :
             {std::pair<qint64, qint64> {0, 970}, {2030, 3970}, {5030, 6000}}) {
            QVERIFY2(waveform.peakBetween(from, to) < 0.01f,
                     qPrintable(QStringLiteral("%1–%2 ms: %3")
                                        .arg(from)
                                        .arg(to)
                                        .arg(waveform.peakBetween(from, to))));
        }
    }

    void reportsProgressUpToAHundred()
    {
        PeaksBuilder builder;
        QVector<int> percents;
        const Waveform waveform = builder.build(m_mp3, [&](int percent) {
            percents << percent;
            return true;
        });
        QVERIFY(!waveform.isNull());
        QVERIFY(percents.size() > 10);
        QVERIFY(std::is_sorted(percents.cbegin(), percents.cend()));
        QCOMPARE(percents.constLast(), 100);
        QVERIFY(percents.contains(50) || percents.contains(49) || percents.contains(51));
    }

    void stopsWhenAsked()
    {
        PeaksBuilder builder;
        int calls = 0;
        const Waveform waveform = builder.build(m_wav, [&](int) { return ++calls < 3; });
        QVERIFY(waveform.isNull());
        QVERIFY(builder.wasCancelled());
        QCOMPARE(calls, 3);
        QVERIFY(builder.errorString().isEmpty());
    }

    void reportsAMissingFile()
    {
        PeaksBuilder builder;
        const QString missing = m_dir.filePath(QStringLiteral("missing.mp3"));
        QVERIFY(builder.build(missing).isNull());
        QVERIFY(!builder.wasCancelled());
        QVERIFY2(builder.errorString().contains(QStringLiteral("missing.mp3")),
                 qPrintable(builder.errorString()));
    }

    void reportsAFileThatIsNotAudio()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.mp3"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are notes, not audio.\n").repeated(200));
        file.close();
        PeaksBuilder builder;
        QVERIFY(builder.build(path).isNull());
        QVERIFY(!builder.errorString().isEmpty());
    }

    void refusesAUrl()
    {
        PeaksBuilder builder;
        QVERIFY(builder.build(QStringLiteral("https://example.org/episode.mp3")).isNull());
        QVERIFY(builder.errorString().contains(QStringLiteral("local files")));
    }

private:
    QTemporaryDir m_dir;
    QString m_wav;
    QString m_mp3;
    QString m_opus;
};

QTEST_GUILESS_MAIN(TestPeaksBuilder)
#include "tst_peaksbuilder.moc"
