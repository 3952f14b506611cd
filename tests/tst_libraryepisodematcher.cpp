// Which library episode a feed item already is: by the feed's guid within its show, by a unique
// enclosure URL when the guid changed, by guid anywhere for a page or pack episode, and a guid of
// its own (stable) when another feed's episode already uses the item's guid.
#include "feeds/FeedImport.h"
#include "feeds/LibraryEpisodeMatcher.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {

bool exec(TestLibrary &library, const QString &sql)
{
    QSqlQuery query(library.connection());
    if (query.exec(sql))
        return true;
    qWarning() << sql << query.lastError().text();
    return false;
}

// Two shows; show 1 has a feed episode (guid "1", enclosure a.mp3) and show 2 a feed episode with
// the same feed guid "1"; a pack episode "urn:pack:7" belongs to no show.
bool seed(TestLibrary &library)
{
    return exec(library,
                QStringLiteral("INSERT INTO shows (id, title) VALUES (1, 'Show A'), (2, 'Show B')"))
            && exec(library,
                    QStringLiteral("INSERT INTO episodes (id, guid, show_id, title, feed_guid, "
                                   "enclosure_url, duration_ms, chapters_url) VALUES "
                                   "(10, '1', 1, 'A one', '1', 'https://a.example/1.mp3', 60000, "
                                   "'https://a.example/1.json'), "
                                   "(11, 'urn:a:2', 1, 'A two', 'urn:a:2', "
                                   "'https://a.example/2.mp3', NULL, ''), "
                                   "(20, 'feed:x:1', 2, 'B one', '1', 'https://b.example/1.mp3', "
                                   "NULL, ''), "
                                   "(30, 'urn:pack:7', NULL, 'Pack seven', '', '', 5000, '')"));
}

} // namespace

class TestLibraryEpisodeMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesByFeedGuidWithinTheShow()
    {
        TestLibrary library;
        QVERIFY(seed(library));
        LibraryEpisodeMatcher matcher(library.connection());
        QVERIFY(matcher.load(1));
        const LibraryEpisodeMatcher::Stored stored = matcher.match(
                QStringLiteral("1"), QStringLiteral("https://a.example/1.mp3"), true);
        QCOMPARE(stored.id, 10);
        QCOMPARE(stored.guid, QStringLiteral("1"));
        QCOMPARE(stored.chaptersUrl, QStringLiteral("https://a.example/1.json"));
        QCOMPARE(stored.episode.durationMs, 60000);
        // Claimed: a second item with the same guid does not take it again.
        const LibraryEpisodeMatcher::Stored again
                = matcher.match(QStringLiteral("1"), QString(), false);
        QVERIFY(again.id != 10);
    }

    void guidCollisionAcrossShowsGetsAGuidOfItsOwn()
    {
        TestLibrary library;
        QVERIFY(seed(library));
        LibraryEpisodeMatcher matcher(library.connection());
        QVERIFY(matcher.load(0)); // a show not stored yet, whose item "urn:a:2" is show A's
        const LibraryEpisodeMatcher::Stored stored = matcher.match(
                QStringLiteral("urn:a:2"), QStringLiteral("https://c.example/2.mp3"), true);
        QCOMPARE(stored.id, 0);
        QVERIFY(stored.guid != QLatin1String("urn:a:2"));
        QVERIFY(stored.guid.startsWith(QLatin1String("feed:")));
        QVERIFY(stored.guid.endsWith(QLatin1String(":urn:a:2")));
        // The same item of the same show gets the same guid every time.
        LibraryEpisodeMatcher other(library.connection());
        QVERIFY(other.load(0));
        QCOMPARE(other.match(QStringLiteral("urn:a:2"), QString(), false).guid, stored.guid);
        // Show B's item "urn:a:2" gets another one.
        QVERIFY(other.load(2));
        const QString forB = other.match(QStringLiteral("urn:a:2"), QString(), false).guid;
        QVERIFY(forB != stored.guid);
        QVERIFY(forB.startsWith(QLatin1String("feed:")));
    }

    void matchesByEnclosureWhenTheGuidChanged()
    {
        TestLibrary library;
        QVERIFY(seed(library));
        LibraryEpisodeMatcher matcher(library.connection());
        QVERIFY(matcher.load(1, {QStringLiteral("https://new-host.example/?p=2")}));
        const LibraryEpisodeMatcher::Stored moved
                = matcher.match(QStringLiteral("https://new-host.example/?p=2"),
                                QStringLiteral("https://a.example/2.mp3"), true);
        QCOMPARE(moved.id, 11);
        QCOMPARE(moved.guid, QStringLiteral("urn:a:2")); // the library's identity stays
    }

    void sharedEnclosureDoesNotMatch()
    {
        TestLibrary library;
        QVERIFY(seed(library));
        LibraryEpisodeMatcher matcher(library.connection());
        QVERIFY(matcher.load(1));
        const LibraryEpisodeMatcher::Stored stored = matcher.match(
                QStringLiteral("urn:new"), QStringLiteral("https://a.example/2.mp3"), false);
        QCOMPARE(stored.id, 0);
        QCOMPARE(stored.guid, QStringLiteral("urn:new"));
    }

    void enclosureOfAnEpisodeStillNamedByItsGuidDoesNotMatch()
    {
        TestLibrary library;
        QVERIFY(seed(library));
        LibraryEpisodeMatcher matcher(library.connection());
        // The feed still names episode 10 by its guid "1"; a new item "urn:rerun" comes first
        // and reuses its enclosure: it is a new episode, and "1" still finds episode 10.
        QVERIFY(matcher.load(1, {QStringLiteral("urn:rerun"), QStringLiteral("1")}));
        const LibraryEpisodeMatcher::Stored fresh = matcher.match(
                QStringLiteral("urn:rerun"), QStringLiteral("https://a.example/1.mp3"), true);
        QCOMPARE(fresh.id, 0);
        QCOMPARE(fresh.guid, QStringLiteral("urn:rerun"));
        QCOMPARE(matcher.match(QStringLiteral("1"), QStringLiteral("https://a.example/1.mp3"), true)
                         .id,
                 10);
    }

    void findsAPackEpisodeAnywhereByGuid()
    {
        TestLibrary library;
        QVERIFY(seed(library));
        LibraryEpisodeMatcher matcher(library.connection());
        QVERIFY(matcher.load(2));
        const LibraryEpisodeMatcher::Stored stored
                = matcher.match(QStringLiteral("urn:pack:7"), QString(), false);
        QCOMPARE(stored.id, 30);
        QCOMPARE(stored.guid, QStringLiteral("urn:pack:7"));
        QCOMPARE(stored.episode.durationMs, 5000);
    }

    void newItemKeepsItsGuid()
    {
        TestLibrary library;
        QVERIFY(seed(library));
        LibraryEpisodeMatcher matcher(library.connection());
        QVERIFY(matcher.load(1));
        const LibraryEpisodeMatcher::Stored stored = matcher.match(
                QStringLiteral("urn:a:3"), QStringLiteral("https://a.example/3.mp3"), true);
        QCOMPARE(stored.id, 0);
        QCOMPARE(stored.guid, QStringLiteral("urn:a:3"));
    }

    void twoFeedsWithTheSameGuidsStayApart()
    {
        // Through the whole import: two feeds whose items are both "1" and "2".
        TestLibrary library;
        QTemporaryDir dir;
        auto feed = [&dir](const QString &name, const QString &title) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(QStringLiteral("<rss version=\"2.0\"><channel><title>%1</title>"
                                      "<item><title>%1 one</title><guid>1</guid></item>"
                                      "<item><title>%1 two</title><guid>2</guid></item>"
                                      "</channel></rss>")
                               .arg(title)
                               .toUtf8());
            return path;
        };
        const QString a = feed(QStringLiteral("a.xml"), QStringLiteral("Alpha"));
        const QString b = feed(QStringLiteral("b.xml"), QStringLiteral("Beta"));
        auto import = [&library](const QString &path) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            return FeedImport(library.database()).importFeed(file.readAll(), path, path);
        };
        const QString c = feed(QStringLiteral("c.xml"), QStringLiteral("Gamma"));
        const ImportResult first = import(a);
        const ImportResult second = import(b);
        const ImportResult third = import(c);
        QVERIFY(first.ok && second.ok && third.ok);
        QCOMPARE(library.count(QStringLiteral("episodes")), 6);
        QCOMPARE(library.count(QStringLiteral("shows")), 3);
        QVERIFY(QSet<qint64>(first.episodeIds.cbegin(), first.episodeIds.cend())
                        .intersect(
                                QSet<qint64>(second.episodeIds.cbegin(), second.episodeIds.cend()))
                        .isEmpty());
        EpisodeReader reader(library.connection(), library.path());
        QCOMPARE(reader.episode(first.episodeIds.at(0))->guid, QStringLiteral("1"));
        QVERIFY(reader.episode(second.episodeIds.at(0))->guid.startsWith(QLatin1String("feed:")));
        QCOMPARE(reader.episode(second.episodeIds.at(0))->feedGuid, QStringLiteral("1"));
        QCOMPARE(reader.episode(second.episodeIds.at(0))->title, QStringLiteral("Beta one"));
        QCOMPARE(reader.episode(third.episodeIds.at(1))->title, QStringLiteral("Gamma two"));
        QVERIFY(reader.episode(third.episodeIds.at(1))->guid
                != reader.episode(second.episodeIds.at(1))->guid);
        // Again, both: nothing moves.
        const QString before = library.dump();
        QCOMPARE(import(c).episodeIds, third.episodeIds);
        QCOMPARE(import(b).episodeIds, second.episodeIds);
        QCOMPARE(import(a).episodeIds, first.episodeIds);
        QCOMPARE(library.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestLibraryEpisodeMatcher)
#include "tst_libraryepisodematcher.moc"
