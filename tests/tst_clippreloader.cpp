// Clips decoded ahead: in the background, within a budget (least recently used dropped first),
// cancelled when the episode changes, and played by ClipPlayer sample for sample as live.
#include "playback/ClipPlayer.h"
#include "playback/ClipPreloader.h"
#include "support/AudioFixtures.h"
#include "support/AudioOutputFake.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QVector<ClipPreloader::Span> Spans = {{1000, 2500}, {7250, 8000}, {17500, 19000}};

// Plays `request` to its end on a fake output and returns every byte the output took.
QByteArray playAll(ClipPlayer &player, AudioOutputFake *output, const PlaybackRequest &request)
{
    QSignalSpy finished(&player, &ClipPlayer::finished);
    player.play(request);
    if (!finished.wait(10000))
        return QByteArray();
    return output->received();
}
} // namespace

class TestClipPreloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void playsFromMemoryExactlyAsLive_data();
    void playsFromMemoryExactlyAsLive();
    void keepsWithinTheBudget();
    void dropsTheLeastRecentlyUsed();
    void cancelsWhenTheEpisodeChanges();
    void skipsWhatCannotBeDecoded();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AudioFixtures> m_fixtures;
    QHash<int, QString> m_files;
};

void TestClipPreloader::initTestCase()
{
    const QStringList missing = AudioFixtures::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
    m_fixtures = std::make_unique<AudioFixtures>(m_dir.path());
    QVERIFY2(m_fixtures->makeReference(20), qPrintable(m_fixtures->errorString()));
    for (AudioFixtures::Format format : AudioFixtures::allFormats()) {
        const QString path = m_fixtures->encode(format);
        QVERIFY2(!path.isEmpty(), qPrintable(m_fixtures->errorString()));
        m_files.insert(int(format), path);
    }
}

void TestClipPreloader::playsFromMemoryExactlyAsLive_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("leadMs");
    for (AudioFixtures::Format format : AudioFixtures::allFormats())
        QTest::newRow(qPrintable(AudioFixtures::formatName(format))) << int(format) << qint64(0);
    QTest::newRow("mp3-vbr with lead-in and lead-out")
            << int(AudioFixtures::Format::Mp3Vbr) << qint64(400);
}

void TestClipPreloader::playsFromMemoryExactlyAsLive()
{
    QFETCH(int, format);
    QFETCH(qint64, leadMs);
    const QString original = m_files.value(format);
    auto *output = new AudioOutputFake;
    ClipPlayer player {std::unique_ptr<AudioOutput>(output)};
    player.setLeadInMs(leadMs);
    player.setLeadOutMs(leadMs);
    QVector<QByteArray> live;
    for (const ClipPreloader::Span &span : Spans)
        live.append(playAll(player, output, {original, span.startMs, span.endMs}));

    ClipPreloader preloader;
    player.setPreloader(&preloader); // hands it the lead-in and lead-out as padding
    QSignalSpy finished(&preloader, &ClipPreloader::finished);
    QSignalSpy ready(&preloader, &ClipPreloader::spanReady);
    preloader.preload(original, Spans);
    QVERIFY(preloader.isBusy());
    QVERIFY(finished.wait(20000));
    QCOMPARE(ready.count(), Spans.size());
    QCOMPARE(preloader.spanCount(), Spans.size());
    for (const ClipPreloader::Span &span : Spans)
        QVERIFY(preloader.isPreloaded(original, span.startMs, span.endMs));

    // With the file gone, only memory can play them: the very same samples as live.
    const QString moved = original + QStringLiteral(".moved");
    QVERIFY(QFile::rename(original, moved));
    for (int i = 0; i < Spans.size(); ++i) {
        const QByteArray remembered
                = playAll(player, output, {original, Spans.at(i).startMs, Spans.at(i).endMs});
        QVERIFY2(!live.at(i).isEmpty(), "the live span did not play");
        QCOMPARE(remembered.size(), live.at(i).size());
        QVERIFY2(remembered == live.at(i), "preloaded and live samples differ");
    }
    QVERIFY(QFile::rename(moved, original));
}

void TestClipPreloader::keepsWithinTheBudget()
{
    ClipPreloader preloader;
    const qint64 secondStereo = 48000 * 2 * 2;
    preloader.setBudgetBytes(2 * secondStereo); // room for about two seconds
    QSignalSpy finished(&preloader, &ClipPreloader::finished);
    const QString mp3 = m_files.value(int(AudioFixtures::Format::Mp3Cbr));
    preloader.preload(mp3, {{0, 1000}, {5000, 6000}, {9000, 10000}});
    QVERIFY(finished.wait(20000));
    QCOMPARE(preloader.spanCount(), 2); // the first spans, until the budget was full
    QVERIFY(preloader.isPreloaded(mp3, 0, 1000));
    QVERIFY(!preloader.isPreloaded(mp3, 9000, 10000));
    QVERIFY(preloader.bytesUsed() <= preloader.budgetBytes());
    QCOMPARE(preloader.bytesUsed(), 2 * secondStereo);
    preloader.setBudgetBytes(secondStereo);
    QCOMPARE(preloader.spanCount(), 1);
}

void TestClipPreloader::dropsTheLeastRecentlyUsed()
{
    ClipPreloader preloader;
    const qint64 secondMono = 48000 * 2;
    preloader.setBudgetBytes(2 * secondMono);
    QSignalSpy finished(&preloader, &ClipPreloader::finished);
    const QString opus = m_files.value(int(AudioFixtures::Format::Opus)); // mono
    preloader.preload(opus, {{0, 1000}, {2000, 3000}});
    QVERIFY(finished.wait(20000));
    QCOMPARE(preloader.spanCount(), 2);
    QVERIFY(preloader.find(opus, 0, 1000)); // used since: the other one is the oldest
    preloader.preload(opus, {{4000, 5000}});
    QVERIFY(finished.wait(20000));
    QVERIFY(preloader.isPreloaded(opus, 0, 1000));
    QVERIFY(!preloader.isPreloaded(opus, 2000, 3000));
    QVERIFY(preloader.isPreloaded(opus, 4000, 5000));
    QCOMPARE(preloader.bytesUsed(), 2 * secondMono);
}

void TestClipPreloader::cancelsWhenTheEpisodeChanges()
{
    const QString wav = m_files.value(int(AudioFixtures::Format::Wav));
    const QString m4a = m_files.value(int(AudioFixtures::Format::M4a));
    QVector<ClipPreloader::Span> many;
    for (qint64 start = 0; start < 19000; start += 500)
        many.append({start, start + 1000});
    {
        ClipPreloader preloader;
        QSignalSpy finished(&preloader, &ClipPreloader::finished);
        QSignalSpy progress(&preloader, &ClipPreloader::progressChanged);
        preloader.preload(wav, many);
        preloader.preload(m4a, {{3000, 4000}}); // another episode opens
        QVERIFY(finished.wait(20000));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(preloader.spanCount(), 1);
        QVERIFY(preloader.isPreloaded(m4a, 3000, 4000));
        QCOMPARE(progress.constLast().at(1).toInt(), 1); // counted for the new episode only
        preloader.preload(wav, many);
        QVERIFY(preloader.isBusy());
        // Going out of scope now cancels and waits for the worker: no crash, no hang.
    }
    ClipPreloader cleared;
    cleared.preload(wav, many);
    cleared.clear();
    QVERIFY(!cleared.isBusy());
    QCOMPARE(cleared.spanCount(), 0);
}

void TestClipPreloader::skipsWhatCannotBeDecoded()
{
    ClipPreloader preloader;
    QSignalSpy finished(&preloader, &ClipPreloader::finished);
    QSignalSpy ready(&preloader, &ClipPreloader::spanReady);
    preloader.preload(m_dir.filePath(QStringLiteral("gone.mp3")), Spans);
    QVERIFY(finished.wait(20000));
    QCOMPARE(ready.count(), 0);
    QCOMPARE(preloader.spanCount(), 0);
    QVERIFY(!preloader.isBusy());
}

QTEST_GUILESS_MAIN(TestClipPreloader)
#include "tst_clippreloader.moc"
