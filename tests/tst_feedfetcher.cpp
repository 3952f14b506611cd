// FeedFetcher against a real HTTP server on 127.0.0.1: bodies, permanent and temporary
// redirects, conditional requests answered 304, gzip, a slow server, a 404, a refused
// connection and a body above the size cap, each failure named with its address.
#include "subscriptions/FeedFetcher.h"
#include "support/FeedHttpServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestFeedFetcher : public QObject
{
    Q_OBJECT

private:
    FeedFetchResult fetch(const FeedFetchRequest &request, int timeoutMs = 10000,
                          qint64 maxBytes = FeedFetcher::DefaultMaxBytes,
                          int *progressSignals = nullptr)
    {
        FeedFetcher fetcher(&m_manager);
        fetcher.setTimeoutMs(timeoutMs);
        fetcher.setMaxBytes(maxBytes);
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        QSignalSpy progress(&fetcher, &FeedFetcher::progress);
        fetcher.start(request);
        if (!finished.wait(30000))
            qWarning("FeedFetcher did not finish");
        if (progressSignals)
            *progressSignals = int(progress.size());
        return fetcher.result();
    }

    QNetworkAccessManager m_manager;
    FeedHttpServer m_server;
    const QByteArray m_feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                              "<title>Tiny</title></channel></rss>";

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void fetchesABodyWithItsValidators()
    {
        FeedHttpServer::Route route;
        route.body = m_feed;
        route.etag = "\"abc\"";
        route.lastModified = "Sat, 28 Nov 2026 10:00:00 GMT";
        m_server.add(QStringLiteral("/plain.xml"), route);
        int progress = 0;
        const FeedFetchResult result
                = fetch({QUrl(m_server.url(QStringLiteral("/plain.xml"))), {}, {}}, 10000,
                        FeedFetcher::DefaultMaxBytes, &progress);
        QCOMPARE(result.outcome, FeedFetchResult::Outcome::Fetched);
        QCOMPARE(result.body, m_feed);
        QCOMPARE(result.etag, QStringLiteral("\"abc\""));
        QCOMPARE(result.lastModified, QStringLiteral("Sat, 28 Nov 2026 10:00:00 GMT"));
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(result.permanentUrl.isEmpty());
        QVERIFY(progress > 0);
        QVERIFY(m_server.lastHeader(QStringLiteral("/plain.xml"), "user-agent")
                        .startsWith("Citecast/"));
    }

    void sendsValidatorsAndTreats304AsNotModified_data()
    {
        QTest::addColumn<QString>("etag");
        QTest::addColumn<QString>("lastModified");
        QTest::newRow("ETag") << QStringLiteral("\"v7\"") << QString();
        QTest::newRow("Last-Modified")
                << QString() << QStringLiteral("Fri, 27 Nov 2026 08:00:00 GMT");
    }

    void sendsValidatorsAndTreats304AsNotModified()
    {
        QFETCH(QString, etag);
        QFETCH(QString, lastModified);
        const QString path = QStringLiteral("/conditional-%1.xml")
                                     .arg(QString::fromLatin1(QTest::currentDataTag()));
        FeedHttpServer::Route route;
        route.body = m_feed;
        route.etag = etag.toLatin1();
        route.lastModified = lastModified.toLatin1();
        m_server.add(path, route);
        const QUrl url(m_server.url(path));

        const FeedFetchResult first = fetch({url, {}, {}});
        QCOMPARE(first.outcome, FeedFetchResult::Outcome::Fetched);
        QCOMPARE(m_server.notModified(path), 0);

        const FeedFetchResult second = fetch({url, first.etag, first.lastModified});
        QCOMPARE(second.outcome, FeedFetchResult::Outcome::NotModified);
        QVERIFY(second.body.isEmpty());
        QCOMPARE(second.etag, etag);
        QCOMPARE(second.lastModified, lastModified);
        QCOMPARE(m_server.notModified(path), 1);
        QCOMPARE(QString::fromLatin1(m_server.lastHeader(path, "if-none-match")), etag);
        QCOMPARE(QString::fromLatin1(m_server.lastHeader(path, "if-modified-since")), lastModified);
    }

    void permanentRedirectsGiveTheNewAddress_data()
    {
        QTest::addColumn<int>("firstStatus");
        QTest::addColumn<int>("secondStatus");
        QTest::addColumn<bool>("moved");
        QTest::newRow("301") << 301 << 0 << true;
        QTest::newRow("308") << 308 << 0 << true;
        QTest::newRow("302") << 302 << 0 << false;
        QTest::newRow("307") << 307 << 0 << false;
        QTest::newRow("301 then 302") << 301 << 302 << true;
        QTest::newRow("302 then 301") << 302 << 301 << false;
    }

    void permanentRedirectsGiveTheNewAddress()
    {
        QFETCH(int, firstStatus);
        QFETCH(int, secondStatus);
        QFETCH(bool, moved);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                    .replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString start = QStringLiteral("/r-%1/start.xml").arg(tag);
        const QString middle = QStringLiteral("/r-%1/middle.xml").arg(tag);
        const QString end = QStringLiteral("/r-%1/end.xml").arg(tag);
        m_server.serve(end, m_feed);
        if (secondStatus) {
            m_server.redirect(start, firstStatus, middle);
            m_server.redirect(middle, secondStatus, end);
        } else {
            m_server.redirect(start, firstStatus, end);
        }
        const FeedFetchResult result = fetch({QUrl(m_server.url(start)), {}, {}});
        QCOMPARE(result.outcome, FeedFetchResult::Outcome::Fetched);
        QCOMPARE(result.body, m_feed);
        QCOMPARE(result.finalUrl, QUrl(m_server.url(end)));
        const QUrl expected = !moved ? QUrl()
                : secondStatus       ? QUrl(m_server.url(middle))
                                     : QUrl(m_server.url(end));
        QCOMPARE(result.permanentUrl, expected);
    }

    void gzipBodiesArriveInflated()
    {
        FeedHttpServer::Route route;
        route.body = m_feed;
        route.gzip = true;
        m_server.add(QStringLiteral("/gzip.xml"), route);
        const FeedFetchResult result
                = fetch({QUrl(m_server.url(QStringLiteral("/gzip.xml"))), {}, {}});
        QCOMPARE(result.outcome, FeedFetchResult::Outcome::Fetched);
        QCOMPARE(result.body, m_feed);
        QVERIFY(m_server.lastHeader(QStringLiteral("/gzip.xml"), "accept-encoding")
                        .contains("gzip"));
    }

    void failuresNameTheAddressAndWhatWentWrong()
    {
        const QUrl missing(m_server.url(QStringLiteral("/missing.xml")));
        const FeedFetchResult notFound = fetch({missing, {}, {}});
        QCOMPARE(notFound.outcome, FeedFetchResult::Outcome::Failed);
        QCOMPARE(notFound.httpStatus, 404);
        QCOMPARE(notFound.error,
                 missing.toDisplayString() + QStringLiteral(": HTTP 404 Not Found"));

        FeedHttpServer::Route slow;
        slow.body = m_feed;
        slow.delayMs = 5000;
        m_server.add(QStringLiteral("/slow.xml"), slow);
        const QUrl slowUrl(m_server.url(QStringLiteral("/slow.xml")));
        const FeedFetchResult timedOut = fetch({slowUrl, {}, {}}, 1000);
        QCOMPARE(timedOut.outcome, FeedFetchResult::Outcome::Failed);
        QCOMPARE(timedOut.error,
                 slowUrl.toDisplayString() + QStringLiteral(": no answer within 1 s"));

        QCOMPARE(fetch({slowUrl, {}, {}}, 500).error,
                 slowUrl.toDisplayString() + QStringLiteral(": no answer within 0.5 s"));

        m_server.serve(QStringLiteral("/big.xml"), QByteArray(200 * 1024, 'x'));
        const QUrl big(m_server.url(QStringLiteral("/big.xml")));
        const FeedFetchResult tooLarge = fetch({big, {}, {}}, 10000, 64 * 1024);
        QCOMPARE(tooLarge.outcome, FeedFetchResult::Outcome::Failed);
        QCOMPARE(tooLarge.error,
                 big.toDisplayString()
                         + QStringLiteral(": the feed is larger than 64 KB; not downloaded"));
        QVERIFY(tooLarge.body.isEmpty());

        // Compressed: the cap applies to the inflated body.
        FeedHttpServer::Route bomb;
        bomb.body = QByteArray(200 * 1024, ' ');
        bomb.gzip = true;
        m_server.add(QStringLiteral("/bomb.xml"), bomb);
        const FeedFetchResult inflated = fetch(
                {QUrl(m_server.url(QStringLiteral("/bomb.xml"))), {}, {}}, 10000, 64 * 1024);
        QCOMPARE(inflated.outcome, FeedFetchResult::Outcome::Failed);
        QVERIFY(inflated.error.contains(QStringLiteral("larger than 64 KB")));

        const QUrl refused(QStringLiteral("http://127.0.0.1:1/feed.xml"));
        const FeedFetchResult noServer = fetch({refused, {}, {}});
        QCOMPARE(noServer.outcome, FeedFetchResult::Outcome::Failed);
        QVERIFY2(noServer.error.startsWith(refused.toDisplayString() + QStringLiteral(": ")),
                 qPrintable(noServer.error));
    }

    void refusesEndlessRedirects()
    {
        m_server.redirect(QStringLiteral("/loop.xml"), 302, QStringLiteral("/loop.xml"));
        const FeedFetchResult loop
                = fetch({QUrl(m_server.url(QStringLiteral("/loop.xml"))), {}, {}});
        QCOMPARE(loop.outcome, FeedFetchResult::Outcome::Failed);
        QVERIFY2(loop.error.contains(QStringLiteral("more than 10 redirects")),
                 qPrintable(loop.error));
    }
};

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
