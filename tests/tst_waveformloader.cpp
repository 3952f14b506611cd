// The window's way to a waveform: decoded off the GUI thread with progress the first time, read
// from the library the next time, decoded again when the file changed; errors as a signal.
#include "support/AudioFixtures.h"
#include "support/TestLibrary.h"
#include "timeline/WaveformLoader.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

namespace {

// A WAV of `seconds` of silence with a loud tone over [toneFrom, toneTo) seconds.
bool makeTone(const QString &path, int seconds, int toneFrom, int toneTo, QString *error)
{
    const QStringList format
            = {QStringLiteral("-r"), QStringLiteral("44100"), QStringLiteral("-c"),
               QStringLiteral("2"),  QStringLiteral("-b"),    QStringLiteral("16")};
    const QString before = path + QStringLiteral(".1.wav");
    const QString tone = path + QStringLiteral(".2.wav");
    const QString after = path + QStringLiteral(".3.wav");
    const QString sox = QStringLiteral("sox");
    const QString n = QStringLiteral("-n");
    return AudioFixtures::run(sox,
                              QStringList {n} + format << before << QStringLiteral("trim")
                                                       << QStringLiteral("0")
                                                       << QString::number(toneFrom),
                              error)
            && AudioFixtures::run(sox,
                                  QStringList {n} + format
                                          << tone << QStringLiteral("synth")
                                          << QString::number(toneTo - toneFrom)
                                          << QStringLiteral("sine") << QStringLiteral("440")
                                          << QStringLiteral("vol") << QStringLiteral("0.5"),
                                  error)
            && AudioFixtures::run(sox,
                                  QStringList {n} + format << after << QStringLiteral("trim")
                                                           << QStringLiteral("0")
                                                           << QString::number(seconds - toneTo),
                                  error)
            && AudioFixtures::run(sox, {before, tone, after, path}, error);
}

void setModified(const QString &path, const QDateTime &time)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(time, QFileDevice::FileModificationTime));
}

} // namespace

class TestWaveformLoader : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        Waveform waveform;
        bool fromCache = false;
        QVector<int> progress;
        QString error;
    };

    // Loads and waits for ready() or failed().
    Result load(WaveformLoader &loader, const QString &databasePath, const QString &audio)
    {
        QSignalSpy ready(&loader, &WaveformLoader::ready);
        QSignalSpy failed(&loader, &WaveformLoader::failed);
        QSignalSpy progress(&loader, &WaveformLoader::progress);
        loader.load(databasePath, audio);
        Result result;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() == 1, 30000);
        }();
        if (ready.count() == 1) {
            result.waveform = ready.at(0).at(0).value<Waveform>();
            result.fromCache = ready.at(0).at(1).toBool();
        } else if (failed.count() == 1) {
            result.error = failed.at(0).at(0).toString();
        }
        for (const QList<QVariant> &arguments : std::as_const(progress))
            result.progress << arguments.at(0).toInt();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!AudioFixtures::missingTools().isEmpty())
            QSKIP("sox, lame, opusenc or ffmpeg is missing");
        QVERIFY(m_library.isValid());
        m_audio = m_library.dir() + QStringLiteral("/episode.wav");
        QString error;
        QVERIFY2(makeTone(m_audio, 8, 2, 3, &error), qPrintable(error));
        setModified(m_audio, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    }

    void decodesOnceThenReadsTheLibrary()
    {
        WaveformLoader loader;
        const Result first = load(loader, m_library.path(), m_audio);
        QVERIFY2(!first.waveform.isNull(), qPrintable(first.error));
        QVERIFY(!first.fromCache);
        QVERIFY(!first.progress.isEmpty());
        QCOMPARE(first.progress.constLast(), 100);
        QVERIFY(first.waveform.peakBetween(2100, 2900) > 0.4f);
        QVERIFY(first.waveform.peakBetween(0, 1900) < 0.01f);
        QCOMPARE(m_library.count(QStringLiteral("waveform_peaks")), 1);
        QVERIFY(!loader.isLoading());

        const Result second = load(loader, m_library.path(), m_audio);
        QVERIFY(second.fromCache);
        QVERIFY(second.progress.isEmpty()); // nothing decoded
        QCOMPARE(second.waveform, first.waveform);
    }

    void decodesAgainWhenTheFileChanged()
    {
        WaveformLoader loader;
        QVERIFY(load(loader, m_library.path(), m_audio).fromCache);

        // The tone moves to 5–6 s: same size, another modification time.
        QString error;
        QVERIFY2(makeTone(m_audio, 8, 5, 6, &error), qPrintable(error));
        setModified(m_audio, QDateTime::fromSecsSinceEpoch(1700000600, Qt::UTC));
        const Result changed = load(loader, m_library.path(), m_audio);
        QVERIFY(!changed.fromCache);
        QVERIFY(changed.waveform.peakBetween(2100, 2900) < 0.01f);
        QVERIFY(changed.waveform.peakBetween(5100, 5900) > 0.4f);
        QCOMPARE(m_library.count(QStringLiteral("waveform_peaks")), 1);
        QVERIFY(load(loader, m_library.path(), m_audio).fromCache);

        // Only the time changes (a file copied over with the same bytes): decoded again.
        setModified(m_audio, QDateTime::fromSecsSinceEpoch(1700001200, Qt::UTC));
        const Result touched = load(loader, m_library.path(), m_audio);
        QVERIFY(!touched.fromCache);
        QCOMPARE(touched.waveform, changed.waveform);
    }

    void worksWithoutALibrary()
    {
        WaveformLoader loader;
        const Result result = load(loader, QString(), m_audio);
        QVERIFY(!result.waveform.isNull());
        QVERIFY(!result.fromCache);
        QVERIFY(!load(loader, QString(), m_audio).fromCache);
    }

    void reportsAMissingFile()
    {
        WaveformLoader loader;
        const QString missing = m_library.dir() + QStringLiteral("/gone.mp3");
        const Result result = load(loader, m_library.path(), missing);
        QVERIFY(result.waveform.isNull());
        QVERIFY2(result.error.contains(QStringLiteral("gone.mp3")), qPrintable(result.error));
        QVERIFY(!loader.isLoading());
    }

    void reportsAFileThatIsNotAudio()
    {
        const QString path = m_library.dir() + QStringLiteral("/page.mp3");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("<html>not found</html>\n").repeated(100));
        file.close();
        WaveformLoader loader;
        const Result result = load(loader, m_library.path(), path);
        QVERIFY(result.waveform.isNull());
        QVERIFY(!result.error.isEmpty());
    }

    void aNewLoadDropsThePreviousOne()
    {
        const QString other = m_library.dir() + QStringLiteral("/other.wav");
        QString error;
        QVERIFY2(makeTone(other, 4, 0, 1, &error), qPrintable(error));
        WaveformLoader loader;
        QSignalSpy ready(&loader, &WaveformLoader::ready);
        QSignalSpy failed(&loader, &WaveformLoader::failed);
        loader.load(m_library.path(), m_library.dir() + QStringLiteral("/gone.mp3"));
        loader.load(m_library.path(), m_audio);
        loader.cancel();
        QVERIFY(!loader.isLoading());
        loader.load(QString(), other);
        QCOMPARE(loader.audioPath(), other);
        // The worker runs loads in order, so once the last one is ready the others are done.
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 30000);
        QCOMPARE(failed.count(), 0);
        const Waveform waveform = ready.at(0).at(0).value<Waveform>();
        QVERIFY(qAbs(waveform.durationMs() - 4000) < 20);
        QVERIFY(waveform.peakBetween(100, 900) > 0.4f);
    }

    void canBeDestroyedWhileLoading()
    {
        auto loader = std::make_unique<WaveformLoader>();
        QSignalSpy ready(loader.get(), &WaveformLoader::ready);
        loader->load(QString(), m_audio);
        loader.reset(); // waits for the worker; nothing arrives afterwards
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 0);
    }

private:
    TestLibrary m_library;
    QString m_audio;
};

QTEST_GUILESS_MAIN(TestWaveformLoader)
#include "tst_waveformloader.moc"
