// Remote episode audio end to end, against a real HTTP server on 127.0.0.1 started here: play()
// never waits for the network (the window stays responsive), the span streams exactly, the whole
// file is cached for offline use and later clips play from it, and every failure (404, refused,
// no answer, cut short, not audio) ends in one sentence naming the URL, never in a hang. Uses a
// fake audio output: no sound server needed.
#include "playback/AudioCache.h"
#include "playback/AudioSpanDecoder.h"
#include "playback/ClipPlayer.h"
#include "playback/SpanAudioDevice.h"
#include "support/AudioFixtures.h"
#include "support/AudioHttpServer.h"
#include "support/AudioOutputFake.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr qint64 PerMs = 48;
constexpr qint64 TailFrames = SpanAudioDevice::TailMs * PerMs;
} // namespace

class TestRemotePlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void playsAfterTheServerAnswersWithoutBlocking();
    void cachesTheFileAndPlaysItOffline();
    void explainsEveryFailure_data();
    void explainsEveryFailure();

private:
    QByteArray localSamples(qint64 startMs, qint64 endMs);

    QTemporaryDir m_dir;
    QString m_opus;
    AudioHttpServer m_server;
    AudioOutputFake *m_output = nullptr; // owned by m_player
    std::unique_ptr<ClipPlayer> m_player;
};

void TestRemotePlayback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(AudioCache::folder()).removeRecursively();
    AudioFixtures fixtures(m_dir.path());
    QVERIFY2(fixtures.makeReference(30), qPrintable(fixtures.errorString()));
    m_opus = fixtures.encode(AudioFixtures::Format::Opus);
    QVERIFY2(!m_opus.isEmpty(), qPrintable(fixtures.errorString()));
    QFile file(m_opus);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(m_server.start());
    using B = AudioHttpServer::Behaviour;
    m_server.add(QStringLiteral("/held.opus"), bytes, "audio/ogg", B::Held);
    m_server.add(QStringLiteral("/episode.opus"), bytes, "audio/ogg");
    m_server.add(QStringLiteral("/missing.opus"), {}, {}, B::NotFound);
    m_server.add(QStringLiteral("/slow.opus"), bytes, "audio/ogg", B::Silent);
    m_server.add(QStringLiteral("/cut.opus"), bytes, "audio/ogg", B::Truncated);
    m_server.add(QStringLiteral("/page.mp3"), QByteArray("<html>Moved</html>").repeated(50),
                 "text/html");
}

void TestRemotePlayback::cleanupTestCase()
{
    m_player.reset();
    QDir(AudioCache::folder()).removeRecursively();
}

void TestRemotePlayback::init()
{
    auto output = std::make_unique<AudioOutputFake>();
    m_output = output.get();
    m_player = std::make_unique<ClipPlayer>(std::move(output));
    m_player->setNetworkTimeoutMs(1500);
}

// The span decoded from the local file, as the output would receive it.
QByteArray TestRemotePlayback::localSamples(qint64 startMs, qint64 endMs)
{
    auto *output = new AudioOutputFake;
    ClipPlayer local {std::unique_ptr<AudioOutput>(output)};
    QSignalSpy finished(&local, &ClipPlayer::finished);
    local.play({m_opus, startMs, endMs});
    return finished.wait(10000) ? output->received() : QByteArray();
}

void TestRemotePlayback::playsAfterTheServerAnswersWithoutBlocking()
{
    m_player->setDownloadsRemoteAudio(false);
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    QSignalSpy errors(m_player.get(), &ClipPlayer::errorOccurred);
    QSignalSpy buffering(m_player.get(), &ClipPlayer::bufferingChanged);
    const PlaybackRequest request {m_server.url(QStringLiteral("/held.opus")), 12000, 13500};
    // The server holds its answer back: play() returns at once, waiting on a worker thread.
    m_player->play(request);
    QCOMPARE(m_player->state(), ClipPlayer::State::Playing);
    QVERIFY(m_player->isBuffering());
    QCOMPARE(m_player->positionMs(), qint64(12000));
    QTest::qWait(300); // the event loop keeps turning meanwhile
    QCOMPARE(started.count(), 0);
    QCOMPARE(errors.count(), 0);
    QVERIFY(m_server.requests(QStringLiteral("/held.opus")) >= 1);
    m_server.release();
    QVERIFY(finished.wait(20000));
    QCOMPARE(started.count(), 1);
    QCOMPARE(errors.count(), 0);
    QVERIFY(!m_player->isBuffering());
    QCOMPARE(buffering.first().at(0).toBool(), true);
    QCOMPARE(m_output->framesReceived(), 1500 * PerMs + TailFrames);
    QVERIFY2(m_output->received() == localSamples(12000, 13500),
             "the streamed span differs from the file's");
    QCOMPARE(m_player->positionMs(), qint64(13500));
}

void TestRemotePlayback::cachesTheFileAndPlaysItOffline()
{
    const QString url = m_server.url(QStringLiteral("/episode.opus"));
    QSignalSpy progress(m_player.get(), &ClipPlayer::downloadProgress);
    QSignalSpy downloaded(m_player.get(), &ClipPlayer::downloadFinished);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_player->play({url, 2000, 3000});
    QVERIFY(finished.wait(20000));
    QVERIFY(downloaded.count() == 1 || downloaded.wait(20000));
    QCOMPARE(downloaded.at(0).at(0).toString(), url);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), QFileInfo(m_opus).size());
    QCOMPARE(progress.constLast().at(1).toLongLong(), QFileInfo(m_opus).size());
    QVERIFY(!AudioCache::cachedFile(url).isEmpty());

    // Offline now: the next clip plays from the cache, without asking the server.
    const int asked = m_server.requests(QStringLiteral("/episode.opus"));
    m_player->play({url, 20000, 21000});
    QCOMPARE(m_player->state(), ClipPlayer::State::Playing);
    QVERIFY(!m_player->isBuffering()); // a local file opens at once
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_server.requests(QStringLiteral("/episode.opus")), asked);
    QVERIFY(m_output->received() == localSamples(20000, 21000));
    QCOMPARE(finished.constLast().at(0).value<PlaybackRequest>().source, url);
}

void TestRemotePlayback::explainsEveryFailure_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404") << m_server.url(QStringLiteral("/missing.opus")) << qint64(1000)
                         << QStringLiteral("the server has no such file (HTTP 404 Not Found)");
    QTest::newRow("refused") << AudioHttpServer::refusedUrl(QStringLiteral("/episode.opus"))
                             << qint64(1000) << QStringLiteral("refused the connection");
    QTest::newRow("no answer") << m_server.url(QStringLiteral("/slow.opus")) << qint64(1000)
                               << QStringLiteral("did not answer within 1.5 s");
    QTest::newRow("cut short") << m_server.url(QStringLiteral("/cut.opus")) << qint64(25000)
                               << QStringLiteral("the audio is only");
    QTest::newRow("not audio") << m_server.url(QStringLiteral("/page.mp3")) << qint64(1000)
                               << QStringLiteral("it is not audio");
}

void TestRemotePlayback::explainsEveryFailure()
{
    QFETCH(QString, url);
    QFETCH(qint64, startMs);
    QFETCH(QString, expected);
    m_player->setDownloadsRemoteAudio(false);
    QSignalSpy errors(m_player.get(), &ClipPlayer::errorOccurred);
    QSignalSpy failed(m_player.get(), &ClipPlayer::failed);
    const PlaybackRequest request {url, startMs, startMs + 1000};
    m_player->play(request);
    QVERIFY(errors.wait(30000));
    const QString message = errors.at(0).at(0).toString();
    qInfo("%s", qPrintable(message));
    QVERIFY2(message.contains(url), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(message.count(QLatin1Char('\n')), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<PlaybackRequest>(), request);
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
    QCOMPARE(m_player->error(), ClipPlayer::Error::SourceError);
    QVERIFY(!m_player->isBuffering());
}

QTEST_GUILESS_MAIN(TestRemotePlayback)
#include "tst_remoteplayback.moc"
