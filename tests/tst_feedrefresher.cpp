// FeedRefresher against a real HTTP server on 127.0.0.1: every subscription refreshed, the feed
// and its chapters files and transcripts written; 304s change nothing; permanent redirects move
// the subscription and temporary ones do not; a slow, missing, broken or oversized feed fails on
// its own row while the others are refreshed.
#include "subscriptions/FeedRefresher.h"
#include "subscriptions/SubscriptionStore.h"
#include "support/FeedHttpServer.h"
#include "support/TestLibrary.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(TestPaths::data(relative));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Everything in the library but the subscriptions' own bookkeeping (refresh times, status).
QString contentDump(const TestLibrary &library)
{
    QStringList lines = library.dump().split(QLatin1Char('\n'));
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [](const QString &line) {
                                   return line.startsWith(QLatin1String("subscriptions|"));
                               }),
                lines.end());
    return lines.join(QLatin1Char('\n'));
}

int scalar(const TestLibrary &library, const QString &sql)
{
    QSqlQuery query(library.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestFeedRefresher : public QObject
{
    Q_OBJECT

private:
    // A feed of `items` episodes whose first item names a chapters file and a transcript here.
    QByteArray attachedFeed(const QString &title, int items)
    {
        const QByteArray slug = QUrl::toPercentEncoding(title);
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<rss version=\"2.0\" "
                         "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">\n"
                         "<channel><title>"
                + title.toUtf8() + "</title><link>https://example.org/" + slug + "</link>\n";
        for (int i = 1; i <= items; ++i) {
            xml += "<item><title>Episode " + QByteArray::number(i) + "</title><guid>" + slug
                    + "-ep-" + QByteArray::number(i)
                    + "</guid><enclosure url=\"https://example.org/" + slug + "/ep"
                    + QByteArray::number(i) + ".mp3\" length=\"1000\" type=\"audio/mpeg\"/>";
            if (i == 1) {
                xml += "<podcast:chapters url=\""
                        + m_server.url(QStringLiteral("/files/chapters.json")).toUtf8()
                        + "\" type=\"application/json+chapters\"/>"
                          "<podcast:transcript url=\""
                        + m_server.url(QStringLiteral("/files/transcript.vtt")).toUtf8()
                        + "\" type=\"text/vtt\"/>";
            }
            xml += "</item>\n";
        }
        return xml + "</channel></rss>\n";
    }

    QVector<FeedRefreshResult> refresh(TestLibrary &library, const QVector<qint64> &ids = {},
                                       int timeoutMs = 10000, qint64 maxBytes = 0)
    {
        FeedRefresher refresher(library.database());
        FeedRefreshJob::Settings settings;
        settings.timeoutMs = timeoutMs;
        if (maxBytes > 0)
            settings.maxBytes = maxBytes;
        refresher.setSettings(settings);
        bool ok = false;
        const QVector<FeedRefreshResult> results = refresher.refreshAndWait(ids, &ok);
        if (!ok)
            qWarning("refresh did not start: %s", qPrintable(refresher.errorString()));
        return results;
    }

    static FeedRefreshResult resultFor(const QVector<FeedRefreshResult> &results, qint64 id)
    {
        for (const FeedRefreshResult &result : results) {
            if (result.subscriptionId == id)
                return result;
        }
        return {};
    }

    FeedHttpServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.serve(QStringLiteral("/files/chapters.json"),
                       readData(QStringLiteral("chapters/example.json")),
                       "application/json+chapters");
        m_server.serve(QStringLiteral("/files/transcript.vtt"),
                       readData(QStringLiteral("transcripts/example.vtt")), "text/vtt");
    }

    void refreshesEveryFeedWithItsAttachments()
    {
        FeedHttpServer::Route corpus;
        corpus.body = readData(QStringLiteral("feeds/partytime/partytime-simple.xml"));
        corpus.etag = "\"simple-1\"";
        m_server.add(QStringLiteral("/all/simple.xml"), corpus);
        m_server.serve(QStringLiteral("/all/attached.xml"),
                       attachedFeed(QStringLiteral("Attached"), 3));

        TestLibrary library;
        SubscriptionStore store(library.connection());
        const qint64 simple = store.add(m_server.url(QStringLiteral("/all/simple.xml")))->id;
        const qint64 attached = store.add(m_server.url(QStringLiteral("/all/attached.xml")))->id;

        FeedRefresher refresher(library.database());
        QSignalSpy started(&refresher, &FeedRefresher::feedStarted);
        QSignalSpy finishedOne(&refresher, &FeedRefresher::feedFinished);
        QSignalSpy progress(&refresher, &FeedRefresher::progress);
        const QVector<FeedRefreshResult> results = refresher.refreshAndWait({});
        QCOMPARE(results.size(), 2);
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(1).at(0).toInt(), 2);
        QCOMPARE(started.at(1).at(1).toInt(), 2);
        QCOMPARE(finishedOne.size(), 2);
        QCOMPARE(progress.constLast().at(0).toInt(), 2);

        const FeedRefreshResult a = resultFor(results, attached);
        QCOMPARE(a.status, RefreshStatus::Updated);
        QCOMPARE(a.title, QStringLiteral("Attached"));
        QCOMPARE(a.episodeCount, 3);
        QCOMPARE(a.attachmentsRead, 2);
        QCOMPARE(resultFor(results, simple).status, RefreshStatus::Updated);

        const SubscriptionRecord row = *store.find(attached);
        QCOMPARE(row.status, RefreshStatus::Updated);
        QVERIFY(row.showId > 0);
        QCOMPARE(row.showTitle, QStringLiteral("Attached"));
        QCOMPARE(row.episodeCount, 3);
        QVERIFY(row.refreshedMs > 0);
        QCOMPARE(store.find(simple)->etag, QStringLiteral("\"simple-1\""));
        QCOMPARE(library.count(QStringLiteral("transcripts")), 1);
        QVERIFY(library.count(QStringLiteral("transcript_segments")) > 5);
        QVERIFY(scalar(library, QStringLiteral("SELECT count(*) FROM clips WHERE kind = 5")) > 3);
    }

    void unchangedFeedsRewriteNothing_data()
    {
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<QByteArray>("lastModified");
        QTest::newRow("ETag") << QByteArray("\"v1\"") << QByteArray();
        QTest::newRow("Last-Modified")
                << QByteArray() << QByteArray("Fri, 27 Nov 2026 08:00:00 GMT");
        QTest::newRow("no validators") << QByteArray() << QByteArray();
    }

    void unchangedFeedsRewriteNothing()
    {
        QFETCH(QByteArray, etag);
        QFETCH(QByteArray, lastModified);
        const QString path = QStringLiteral("/unchanged/%1.xml")
                                     .arg(QString::fromLatin1(QTest::currentDataTag())
                                                  .replace(QLatin1Char(' '), QLatin1Char('-')));
        FeedHttpServer::Route route;
        route.body = attachedFeed(QStringLiteral("Unchanged"), 2);
        route.etag = etag;
        route.lastModified = lastModified;
        m_server.add(path, route);
        TestLibrary library;
        SubscriptionStore store(library.connection());
        const qint64 id = store.add(m_server.url(path))->id;
        QCOMPARE(refresh(library).value(0).status, RefreshStatus::Updated);
        const QString before = contentDump(library);
        const int chapterRequests = m_server.requests(QStringLiteral("/files/chapters.json"));
        const int transcriptRequests = m_server.requests(QStringLiteral("/files/transcript.vtt"));

        const FeedRefreshResult again = refresh(library).value(0);
        const bool conditional = !etag.isEmpty() || !lastModified.isEmpty();
        QCOMPARE(again.status, conditional ? RefreshStatus::NotModified : RefreshStatus::Updated);
        QCOMPARE(m_server.notModified(path), conditional ? 1 : 0);
        QCOMPARE(store.find(id)->status, again.status);
        QCOMPARE(contentDump(library), before);
        // The chapters file and transcript the library has are not fetched again.
        QCOMPARE(m_server.requests(QStringLiteral("/files/chapters.json")), chapterRequests);
        QCOMPARE(m_server.requests(QStringLiteral("/files/transcript.vtt")), transcriptRequests);
    }

    void permanentRedirectsMoveTheSubscription_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("moves");
        QTest::newRow("301") << 301 << true;
        QTest::newRow("308") << 308 << true;
        QTest::newRow("302") << 302 << false;
        QTest::newRow("307") << 307 << false;
    }

    void permanentRedirectsMoveTheSubscription()
    {
        QFETCH(int, status);
        QFETCH(bool, moves);
        const QString from = QStringLiteral("/moving/%1/old.xml").arg(status);
        const QString to = QStringLiteral("/moving/%1/new.xml").arg(status);
        m_server.redirect(from, status, to);
        m_server.serve(to, attachedFeed(QStringLiteral("Moving %1").arg(status), 1));
        TestLibrary library;
        SubscriptionStore store(library.connection());
        const qint64 id = store.add(m_server.url(from))->id;
        const FeedRefreshResult result = refresh(library).value(0);
        QCOMPARE(result.status, RefreshStatus::Updated);
        const QString expected = m_server.url(moves ? to : from);
        QCOMPARE(store.find(id)->feedUrl, expected);
        QCOMPARE(result.feedUrl, expected);
        QCOMPARE(result.movedFrom, moves ? m_server.url(from) : QString());
        QCOMPARE(library.count(QStringLiteral("shows")), 1);

        // Refreshed again from wherever it is now: the same show, no duplicate episodes.
        QCOMPARE(refresh(library).value(0).status, RefreshStatus::Updated);
        QCOMPARE(library.count(QStringLiteral("shows")), 1);
        QCOMPARE(library.count(QStringLiteral("episodes")), 1);
    }

    void aFeedThatNamesItsNewAddressIsFollowed()
    {
        QByteArray moving = attachedFeed(QStringLiteral("Announced"), 2);
        const QByteArray announcement = "<channel><itunes:new-feed-url>"
                + m_server.url(QStringLiteral("/announced/new.xml")).toUtf8()
                + "</itunes:new-feed-url>";
        moving.replace("<channel>", announcement);
        m_server.serve(QStringLiteral("/announced/old.xml"), moving);
        m_server.serve(QStringLiteral("/announced/new.xml"),
                       attachedFeed(QStringLiteral("Announced"), 3));
        TestLibrary library;
        SubscriptionStore store(library.connection());
        const qint64 id = store.add(m_server.url(QStringLiteral("/announced/old.xml")))->id;

        const FeedRefreshResult first = refresh(library).value(0);
        QCOMPARE(first.status, RefreshStatus::Updated);
        QCOMPARE(first.movedFrom, m_server.url(QStringLiteral("/announced/old.xml")));
        QCOMPARE(store.find(id)->feedUrl, m_server.url(QStringLiteral("/announced/new.xml")));
        QCOMPARE(store.find(id)->episodeCount, 2);

        // From now on the new address is read, into the same show.
        QCOMPARE(refresh(library).value(0).status, RefreshStatus::Updated);
        QCOMPARE(m_server.requests(QStringLiteral("/announced/new.xml")), 1);
        QCOMPARE(m_server.requests(QStringLiteral("/announced/old.xml")), 1);
        QCOMPARE(library.count(QStringLiteral("shows")), 1);
        QCOMPARE(store.find(id)->episodeCount, 3);
    }

    void oneFeedFailingDoesNotStopTheOthers()
    {
        FeedHttpServer::Route slow;
        slow.body = attachedFeed(QStringLiteral("Slow"), 1);
        slow.delayMs = 4000;
        m_server.add(QStringLiteral("/mixed/slow.xml"), slow);
        m_server.serve(QStringLiteral("/mixed/page.html"),
                       "<html>\n<body><p>Not a feed</body></html>\n", "text/html");
        m_server.serve(QStringLiteral("/mixed/big.xml"), attachedFeed(QStringLiteral("Big"), 400));
        FeedHttpServer::Route gzip;
        gzip.body = attachedFeed(QStringLiteral("Compressed"), 2);
        gzip.gzip = true;
        m_server.add(QStringLiteral("/mixed/gzip.xml"), gzip);
        m_server.serve(QStringLiteral("/mixed/file.xml.gz"),
                       readData(QStringLiteral("feeds/quirks/partytime-SOM.xml.gz")),
                       "application/gzip");
        m_server.serve(QStringLiteral("/mixed/good.xml"), attachedFeed(QStringLiteral("Good"), 2));

        TestLibrary library;
        SubscriptionStore store(library.connection());
        const auto add = [&](const QString &path) {
            return store.add(m_server.url(path))->id;
        };
        const qint64 slowId = add(QStringLiteral("/mixed/slow.xml"));
        const qint64 missingId = add(QStringLiteral("/mixed/missing.xml"));
        const qint64 pageId = add(QStringLiteral("/mixed/page.html"));
        const qint64 bigId = add(QStringLiteral("/mixed/big.xml"));
        const qint64 gzipId = add(QStringLiteral("/mixed/gzip.xml"));
        const qint64 fileId = add(QStringLiteral("/mixed/file.xml.gz"));
        const qint64 goodId = add(QStringLiteral("/mixed/good.xml"));

        const QVector<FeedRefreshResult> results = refresh(library, {}, 1000, 32 * 1024);
        QCOMPARE(results.size(), 7);

        const FeedRefreshResult timedOut = resultFor(results, slowId);
        QCOMPARE(timedOut.status, RefreshStatus::Failed);
        QCOMPARE(timedOut.error,
                 m_server.url(QStringLiteral("/mixed/slow.xml"))
                         + QStringLiteral(": no answer within 1 s"));
        QCOMPARE(resultFor(results, missingId).error,
                 m_server.url(QStringLiteral("/mixed/missing.xml"))
                         + QStringLiteral(": HTTP 404 Not Found"));
        const QString notAFeed = resultFor(results, pageId).error;
        QVERIFY2(notAFeed.startsWith(QStringLiteral("not a feed: ")
                                     + m_server.url(QStringLiteral("/mixed/page.html"))
                                     + QLatin1Char(':')),
                 qPrintable(notAFeed));
        QVERIFY2(resultFor(results, bigId)
                         .error.endsWith(QStringLiteral("larger than 32 KB; not downloaded")),
                 qPrintable(resultFor(results, bigId).error));
        QCOMPARE(resultFor(results, gzipId).status, RefreshStatus::Updated);
        QCOMPARE(resultFor(results, gzipId).episodeCount, 2);
        QCOMPARE(resultFor(results, fileId).status, RefreshStatus::Updated);
        QCOMPARE(resultFor(results, fileId).episodeCount, 2);
        QCOMPARE(resultFor(results, goodId).status, RefreshStatus::Updated);

        // Each error is kept on its row; the failed feeds wrote nothing.
        QCOMPARE(store.find(slowId)->status, RefreshStatus::Failed);
        QCOMPARE(store.find(slowId)->error, timedOut.error);
        QCOMPARE(store.find(pageId)->error, notAFeed);
        QCOMPARE(store.find(bigId)->showId, 0);
        QCOMPARE(library.count(QStringLiteral("shows")), 3);
    }

    void aHostThatDoesNotAnswerIsNotAskedAgain()
    {
        FeedHttpServer::Route hang;
        hang.body = "{}";
        hang.delayMs = 60000;
        m_server.add(QStringLiteral("/host/hang.json"), hang);
        FeedHttpServer::Route drop;
        drop.drop = true;
        m_server.add(QStringLiteral("/host/drop.json"), drop);
        QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\" "
                         "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\"><channel>"
                         "<title>Unreachable files</title>";
        const QStringList files {
                QStringLiteral("/host/hang.json"), QStringLiteral("/host/drop.json"),
                QStringLiteral("/host/hang.json"), QStringLiteral("/host/later-4.json"),
                QStringLiteral("/host/later-5.json")};
        for (int i = 0; i < files.size(); ++i) {
            xml += "<item><title>E" + QByteArray::number(i) + "</title><guid>u-"
                    + QByteArray::number(i) + "</guid><podcast:chapters url=\""
                    + m_server.url(files.at(i)).toUtf8()
                    + "\" type=\"application/json+chapters\"/></item>";
        }
        m_server.serve(QStringLiteral("/host/feed.xml"), xml + "</channel></rss>");
        TestLibrary library;
        SubscriptionStore store(library.connection());
        store.add(m_server.url(QStringLiteral("/host/feed.xml")));

        // The dropped connection gives up on the host: the hanging fetches are abandoned and
        // the files after them are not asked for; the feed itself is written.
        const FeedRefreshResult result = refresh(library, {}, 120000).value(0);
        QCOMPARE(result.status, RefreshStatus::Updated);
        QCOMPARE(result.episodeCount, 5);
        QCOMPARE(result.attachmentsRead, 0);
        QVERIFY(m_server.requests(QStringLiteral("/host/drop.json")) >= 1); // Qt retries once
        QCOMPARE(m_server.requests(QStringLiteral("/host/later-4.json")), 0);
        QCOMPARE(m_server.requests(QStringLiteral("/host/later-5.json")), 0);
    }

    void eachSubscriptionKnowsTheShowItsEpisodesAreIn()
    {
        // The same items at two addresses: the writer decides which show they belong to, and
        // each subscription records that show, whatever its address.
        const QByteArray body = attachedFeed(QStringLiteral("Twin"), 2);
        m_server.serve(QStringLiteral("/twin/a.xml"), body);
        m_server.serve(QStringLiteral("/twin/b.xml"), body);
        TestLibrary library;
        SubscriptionStore store(library.connection());
        const qint64 a = store.add(m_server.url(QStringLiteral("/twin/a.xml")))->id;
        const qint64 b = store.add(m_server.url(QStringLiteral("/twin/b.xml")))->id;
        const QVector<FeedRefreshResult> results = refresh(library);
        for (const qint64 id : {a, b}) {
            const FeedRefreshResult result = resultFor(results, id);
            QCOMPARE(result.status, RefreshStatus::Updated);
            QCOMPARE(result.episodeIds.size(), 2);
            QSqlQuery query(library.connection());
            query.prepare(QStringLiteral("SELECT show_id FROM episodes WHERE id = ?"));
            query.addBindValue(result.episodeIds.constFirst());
            QVERIFY(query.exec() && query.next());
            QCOMPARE(store.find(id)->showId, query.value(0).toLongLong());
            QCOMPARE(store.find(id)->episodeCount, 2);
        }
    }

    void refreshingUnknownIdsStartsNothing()
    {
        TestLibrary library;
        FeedRefresher refresher(library.database());
        QVERIFY(!refresher.refresh({42}));
        QVERIFY(refresher.errorString().contains(QStringLiteral("no subscription 42")));
        QVERIFY(!refresher.isRunning());
        bool ok = false;
        QVERIFY(refresher.refreshAndWait({}, &ok).isEmpty()); // nothing subscribed: done at once
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestFeedRefresher)
#include "tst_feedrefresher.moc"
