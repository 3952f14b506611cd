// SubscriptionStore: subscribe by address (normalised, no duplicates), list with the show's title,
// episode count and last status, record refreshes, move on a permanent redirect, and remove
// without touching the show's episodes or bookmarks.
#include "bookmarks/BookmarkStore.h"
#include "feeds/FeedImport.h"
#include "subscriptions/SubscriptionStore.h"
#include "support/TestLibrary.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace {

qint64 showIdOf(TestLibrary &library)
{
    QSqlQuery query(library.connection());
    query.exec(QStringLiteral("SELECT id FROM shows ORDER BY id DESC LIMIT 1"));
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString firstGuid(TestLibrary &library, qint64 showId)
{
    QSqlQuery query(library.connection());
    query.prepare(QStringLiteral("SELECT guid FROM episodes WHERE show_id = ? ORDER BY id"));
    query.addBindValue(showId);
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestSubscriptionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addNormalisesAndRefusesDuplicates()
    {
        TestLibrary library;
        SubscriptionStore store(library.connection());
        const auto first = store.add(QStringLiteral("  feed://example.org/podcast.xml "),
                                     QStringLiteral("Example"), {QStringLiteral("News")});
        QVERIFY2(first, qPrintable(store.errorString()));
        QVERIFY(first->created);
        const auto again = store.add(QStringLiteral("HTTP://Example.ORG/podcast.xml"));
        QVERIFY(again);
        QVERIFY(!again->created);
        QCOMPARE(again->id, first->id);
        QCOMPARE(library.count(QStringLiteral("subscriptions")), 1);

        const std::optional<SubscriptionRecord> record = store.find(first->id);
        QVERIFY(record);
        QCOMPARE(record->feedUrl, QStringLiteral("http://example.org/podcast.xml"));
        QCOMPARE(record->title, QStringLiteral("Example"));
        QCOMPARE(record->folder, QStringList {QStringLiteral("News")});
        QCOMPARE(record->status, RefreshStatus::Never);
        QCOMPARE(record->refreshedMs, -1);
        QVERIFY(record->addedMs > 0);
        QCOMPARE(record->displayTitle(), QStringLiteral("Example"));

        // A port is not a scheme; a missing scheme means http.
        QCOMPARE(store.find(store.add(QStringLiteral("localhost:8080/feed"))->id)->feedUrl,
                 QStringLiteral("http://localhost:8080/feed"));
    }

    void addRefusesWhatIsNotAFeedAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/feed.xml");
        QTest::newRow("file") << QStringLiteral("file:///tmp/feed.xml");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.org");
    }

    void addRefusesWhatIsNotAFeedAddress()
    {
        QFETCH(QString, address);
        TestLibrary library;
        SubscriptionStore store(library.connection());
        QVERIFY(!store.add(address));
        QVERIFY(store.errorString().contains(QStringLiteral("not a feed address")));
        QCOMPARE(library.count(QStringLiteral("subscriptions")), 0);
    }

    void listShowsTitleEpisodeCountAndStatus()
    {
        TestLibrary library;
        QFile file(TestPaths::data(QStringLiteral("feeds/partytime/partytime-simple.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        FeedImport import(library.database());
        const ImportResult imported
                = import.importFeed(file.readAll(), file.fileName(), file.fileName());
        QVERIFY2(imported.ok, qPrintable(imported.error ? imported.error->toString() : QString()));
        const qint64 showId = showIdOf(library);

        SubscriptionStore store(library.connection());
        const qint64 b = store.add(QStringLiteral("https://b.example/feed"))->id;
        const qint64 a = store.add(QStringLiteral("https://a.example/feed"),
                                   QStringLiteral("zzz until refreshed"))
                                 ->id;
        QVERIFY(store.recordUpdated(a, showId, QStringLiteral("\"v1\""),
                                    QStringLiteral("Tue, 01 Dec 2026 10:00:00 GMT"), 1000));
        QVERIFY(store.recordFailed(b, QStringLiteral("https://b.example/feed: HTTP 404 Not Found"),
                                   2000));

        const QVector<SubscriptionRecord> all = store.list();
        QCOMPARE(all.size(), 2);
        const SubscriptionRecord &shown = all.at(0).id == a ? all.at(0) : all.at(1);
        const SubscriptionRecord &failed = all.at(0).id == b ? all.at(0) : all.at(1);
        QVERIFY(!shown.showTitle.isEmpty());
        QCOMPARE(shown.displayTitle(), shown.showTitle);
        QCOMPARE(shown.episodeCount, imported.episodeIds.size());
        QVERIFY(shown.episodeCount > 0);
        QCOMPARE(shown.status, RefreshStatus::Updated);
        QCOMPARE(shown.etag, QStringLiteral("\"v1\""));
        QCOMPARE(shown.refreshedMs, 1000);
        QCOMPARE(failed.status, RefreshStatus::Failed);
        QCOMPARE(failed.error, QStringLiteral("https://b.example/feed: HTTP 404 Not Found"));
        QCOMPARE(failed.displayTitle(), QStringLiteral("https://b.example/feed"));
        QCOMPARE(failed.episodeCount, 0);
        // By title: the show's title sorts before the bare address "https://b..." only if it
        // compares lower; either way the order is by displayTitle().
        QVERIFY(QString::compare(all.at(0).displayTitle(), all.at(1).displayTitle(),
                                 Qt::CaseInsensitive)
                <= 0);

        QVERIFY(store.recordNotModified(a, 3000));
        QCOMPARE(store.find(a)->status, RefreshStatus::NotModified);
        QCOMPARE(store.find(a)->etag, QStringLiteral("\"v1\"")); // validators kept
    }

    void moveToUpdatesTheAddressUnlessTaken()
    {
        TestLibrary library;
        SubscriptionStore store(library.connection());
        const qint64 a = store.add(QStringLiteral("http://old.example/feed"))->id;
        const qint64 b = store.add(QStringLiteral("http://other.example/feed"))->id;
        QVERIFY(store.recordUpdated(a, 0, QStringLiteral("\"x\""), QString(), 1));
        QVERIFY(store.moveTo(a, QStringLiteral("https://new.example/feed")));
        QCOMPARE(store.find(a)->feedUrl, QStringLiteral("https://new.example/feed"));
        QCOMPARE(store.find(a)->etag, QString()); // validators of the old address dropped
        QVERIFY(!store.moveTo(a, QStringLiteral("http://other.example/feed")));
        QVERIFY(store.errorString().contains(QString::number(b)));
        QCOMPARE(store.find(a)->feedUrl, QStringLiteral("https://new.example/feed"));
    }

    void removeKeepsEpisodesAndBookmarks()
    {
        TestLibrary library;
        QFile file(TestPaths::data(QStringLiteral("feeds/partytime/partytime-simple.xml")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        FeedImport import(library.database());
        QVERIFY(import.importFeed(file.readAll(), file.fileName(), file.fileName()).ok);
        const qint64 showId = showIdOf(library);
        BookmarkStore bookmarks(library.connection());
        Bookmark bookmark;
        bookmark.kind = BookmarkKind::Range;
        bookmark.episodeGuid = firstGuid(library, showId);
        bookmark.startMs = 1000;
        bookmark.endMs = 2000;
        QVERIFY2(bookmarks.add(bookmark), qPrintable(bookmarks.errorString()));

        SubscriptionStore store(library.connection());
        const qint64 id = store.add(QStringLiteral("https://example.org/feed"))->id;
        QVERIFY(store.recordUpdated(id, showId, QString(), QString(), 1));
        const int episodes = library.count(QStringLiteral("episodes"));
        QVERIFY(episodes > 0);

        QVERIFY(store.remove(id));
        QCOMPARE(library.count(QStringLiteral("subscriptions")), 0);
        QCOMPARE(library.count(QStringLiteral("episodes")), episodes);
        QCOMPARE(library.count(QStringLiteral("shows")), 1);
        QCOMPARE(library.count(QStringLiteral("bookmarks")), 1);

        QVERIFY(!store.remove(id));
        QVERIFY(store.errorString().contains(QStringLiteral("no subscription")));
        QVERIFY(!store.find(id));
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionStore)
#include "tst_subscriptionstore.moc"
