// Whole remote files into the cache, against a real HTTP server on 127.0.0.1: progress, the file
// in place once complete, and one sentence naming the URL for each way a download goes wrong.
#include "playback/AudioCache.h"
#include "playback/AudioDownloader.h"
#include "support/AudioFixtures.h"
#include "support/AudioHttpServer.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestAudioDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void downloadsIntoTheCache();
    void reportsWhatWentWrong_data();
    void reportsWhatWentWrong();

private:
    QTemporaryDir m_dir;
    QByteArray m_mp3;
    AudioHttpServer m_server;
};

void TestAudioDownloader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the cache lives under ~/.qttest
    QDir(AudioCache::folder()).removeRecursively();
    AudioFixtures fixtures(m_dir.path());
    QVERIFY2(fixtures.makeReference(10), qPrintable(fixtures.errorString()));
    QFile mp3(fixtures.encode(AudioFixtures::Format::Mp3Cbr));
    QVERIFY(mp3.open(QIODevice::ReadOnly));
    m_mp3 = mp3.readAll();
    QVERIFY(m_server.start());
    using B = AudioHttpServer::Behaviour;
    m_server.add(QStringLiteral("/episode.mp3"), m_mp3, "audio/mpeg");
    m_server.add(QStringLiteral("/missing.mp3"), {}, {}, B::NotFound);
    m_server.add(QStringLiteral("/slow.mp3"), m_mp3, "audio/mpeg", B::Silent);
    m_server.add(QStringLiteral("/cut.mp3"), m_mp3, "audio/mpeg", B::Truncated);
    m_server.add(QStringLiteral("/page.mp3"), QByteArray("<html><body>Moved</body></html>"),
                 "text/html");
}

void TestAudioDownloader::cleanupTestCase()
{
    QDir(AudioCache::folder()).removeRecursively();
}

void TestAudioDownloader::downloadsIntoTheCache()
{
    AudioDownloader downloader;
    QSignalSpy progress(&downloader, &AudioDownloader::progress);
    QSignalSpy finished(&downloader, &AudioDownloader::finished);
    QSignalSpy failed(&downloader, &AudioDownloader::failed);
    const QString url = m_server.url(QStringLiteral("/episode.mp3"));
    QVERIFY(AudioCache::cachedFile(url).isEmpty());
    QVERIFY(downloader.fetch(url));
    QVERIFY(downloader.isDownloading(url));
    QVERIFY(downloader.fetch(url)); // under way already: not twice
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_server.requests(QStringLiteral("/episode.mp3")), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(m_mp3.size()));
    QCOMPARE(progress.constLast().at(2).toLongLong(), qint64(m_mp3.size()));
    const QString path = finished.at(0).at(1).toString();
    QCOMPARE(path, AudioCache::pathFor(url));
    QVERIFY(path.endsWith(QStringLiteral(".mp3")));
    QCOMPARE(AudioCache::cachedFile(url), path);
    QCOMPARE(AudioCache::localSource(url), path);
    QFile cached(path);
    QVERIFY(cached.open(QIODevice::ReadOnly));
    QVERIFY(cached.readAll() == m_mp3);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QVERIFY(!downloader.fetch(url)); // cached: nothing to do
}

void TestAudioDownloader::reportsWhatWentWrong_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404") << m_server.url(QStringLiteral("/missing.mp3"))
                         << QStringLiteral("the server has no such file (HTTP 404 Not Found)");
    QTest::newRow("refused") << AudioHttpServer::refusedUrl(QStringLiteral("/episode.mp3"))
                             << QStringLiteral("refused the connection");
    QTest::newRow("no answer") << m_server.url(QStringLiteral("/slow.mp3"))
                               << QStringLiteral("the server sent nothing for 1 s");
    QTest::newRow("truncated") << m_server.url(QStringLiteral("/cut.mp3"))
                               << QStringLiteral("so the file is incomplete");
    QTest::newRow("not audio") << m_server.url(QStringLiteral("/page.mp3"))
                               << QStringLiteral("the server sent text/html, not audio");
}

void TestAudioDownloader::reportsWhatWentWrong()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    AudioDownloader downloader;
    downloader.setTimeoutMs(1000);
    QSignalSpy finished(&downloader, &AudioDownloader::finished);
    QSignalSpy failed(&downloader, &AudioDownloader::failed);
    QVERIFY(downloader.fetch(url));
    QVERIFY(failed.wait(20000));
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.at(0).at(0).toString(), url);
    const QString message = failed.at(0).at(1).toString();
    qInfo("%s", qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("Cannot download '%1': ").arg(url)),
             qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(message.endsWith(QLatin1Char('.')));
    QCOMPARE(message.count(QLatin1Char('\n')), 0);
    // Nothing is left in the cache, not even the partial file.
    QVERIFY(AudioCache::cachedFile(url).isEmpty());
    QVERIFY(!QFile::exists(AudioCache::pathFor(url) + QStringLiteral(".part")));
    QVERIFY(!downloader.isDownloading(url));
}

QTEST_GUILESS_MAIN(TestAudioDownloader)
#include "tst_audiodownloader.moc"
