// Show artwork from the internet, against a real HTTP server on 127.0.0.1: fetched once, kept
// beside the library, never for non-HTTP addresses, and nothing kept for a 404, a body that is no
// image or one over the size cap.
#include "library/ArtworkCache.h"
#include "support/AudioHttpServer.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray png()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(QColor(0x2f, 0x6f, 0xde));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestArtworkCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesOnceAndKeepsTheImage()
    {
        AudioHttpServer server;
        QVERIFY(server.start());
        server.add(QStringLiteral("/cover.png"), png(), "image/png");
        QTemporaryDir dir;
        ArtworkCache cache(QDir(dir.path()).filePath(QStringLiteral("library.sqlite")));
        const QString url = server.url(QStringLiteral("/cover.png"));
        QVERIFY(cache.cachedPath(url).isEmpty());
        QCOMPARE(server.requests(QStringLiteral("/cover.png")), 0); // nothing until asked

        QSignalSpy ready(&cache, &ArtworkCache::artworkReady);
        cache.fetch({url, url});
        QTRY_COMPARE(ready.count(), 1);
        const QString path = ready.at(0).at(1).toString();
        QCOMPARE(cache.cachedPath(url), path);
        QCOMPARE(QFileInfo(path).absolutePath(),
                 QDir(dir.path()).filePath(QStringLiteral("artwork")));
        QVERIFY(!QImage(path).isNull());

        cache.fetch({url});
        ArtworkCache again(QDir(dir.path()).filePath(QStringLiteral("library.sqlite")));
        again.fetch({url}); // already on disk
        QCOMPARE(again.pendingCount(), 0);
        QTest::qWait(50);
        QCOMPARE(server.requests(QStringLiteral("/cover.png")), 1);
    }

    void keepsNothingForFailures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("behaviour");
        QTest::newRow("404") << QStringLiteral("/missing.png") << QByteArray("no")
                             << int(AudioHttpServer::Behaviour::NotFound);
        QTest::newRow("not an image")
                << QStringLiteral("/page.png") << QByteArray("<html>hello</html>")
                << int(AudioHttpServer::Behaviour::Serve);
        QTest::newRow("over the size cap") << QStringLiteral("/huge.png")
                                           << QByteArray(int(ArtworkCache::MaxBytes) + 4096, 'x')
                                           << int(AudioHttpServer::Behaviour::Serve);
    }

    void keepsNothingForFailures()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, behaviour);
        AudioHttpServer server;
        QVERIFY(server.start());
        server.add(path, body, "image/png", AudioHttpServer::Behaviour(behaviour));
        QTemporaryDir dir;
        ArtworkCache cache(QDir(dir.path()).filePath(QStringLiteral("library.sqlite")));
        QSignalSpy failed(&cache, &ArtworkCache::fetchFailed);
        QSignalSpy ready(&cache, &ArtworkCache::artworkReady);
        const QString url = server.url(path);
        cache.fetch({url});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(failed.at(0).at(1).toString().contains(url));
        QCOMPARE(ready.count(), 0);
        QVERIFY(cache.cachedPath(url).isEmpty());
        QVERIFY(QDir(cache.folder()).isEmpty() || !QDir(cache.folder()).exists());
    }

    void ignoresAddressesThatAreNotHttp()
    {
        QTemporaryDir dir;
        ArtworkCache cache(QDir(dir.path()).filePath(QStringLiteral("library.sqlite")));
        cache.fetch({QStringLiteral("file:///etc/hostname"),
                     QStringLiteral("ftp://example.com/a.png"), QString()});
        QCOMPARE(cache.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestArtworkCache)
#include "tst_artworkcache.moc"
