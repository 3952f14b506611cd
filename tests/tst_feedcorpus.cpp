// Every real feed of the corpus parses without crashing, with the number of items counted
// independently (grep -c '<item[ >]'), or with one located error when it is truly broken.
#include "feeds/FeedParser.h"

#include <QDir>
#include <QSet>
#include <QtTest>

namespace {

QString partytimeDir()
{
    return QStringLiteral(CITECAST_TEST_DATA "/feeds/partytime");
}

// GPL-licensed feeds stay in the shared corpus; tests that need them skip without it.
QString sharedRealDir()
{
    return QStringLiteral(CITECAST_SHARED_CORPUS "/feeds/real");
}

} // namespace

class TestFeedCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRealFeeds_data();
    void parsesRealFeeds();
    void everyCorpusFeedIsInTheTable();
    void parsesSyntheticFeeds_data();
    void parsesSyntheticFeeds();
};

void TestFeedCorpus::parsesRealFeeds_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("episodes");
    QTest::addColumn<int>("warnings");

    // Counted with: grep -o '<item[ >]' FILE | wc -l
    const struct
    {
        const char *file;
        int episodes;
        int warnings;
    } partytime[] = {
            {"partytime-1865.xml", 61, 0},
            {"partytime-SOM.xml", 2, 0},
            {"partytime-animated-no-agenda.xml", 20, 0},
            {"partytime-changing-the-tide.xml", 15, 0},
            {"partytime-dk-podcast.xml", 59, 0},
            {"partytime-homegrown-hits.xml", 4, 0},
            {"partytime-launched.xml", 36, 0},
            {"partytime-natube-test.xml", 15, 0},
            {"partytime-no-agenda.xml", 29, 1}, // &gtgt; kept as written
            {"partytime-pc20rss.xml", 56, 0},
            {"partytime-podverse-test-feed.xml", 5, 0},
            {"partytime-publisher.xml", 0, 0},
            {"partytime-sentimental-garbage.xml", 138, 0},
            {"partytime-themnshow.xml", 54, 0},
    };
    for (const auto &row : partytime)
        QTest::newRow(row.file) << partytimeDir() << QString::fromLatin1(row.file) << row.episodes
                                << row.warnings;

    const struct
    {
        const char *file;
        int episodes;
        int warnings;
    } gnome[] = {
            {"gnome-podcasts-2018-01-20-Intercepted.xml", 43, 0},
            {"gnome-podcasts-2018-01-20-LinuxUnplugged.xml", 232, 0},
            {"gnome-podcasts-2018-01-20-StealTheStars.xml", 15, 0},
            {"gnome-podcasts-2018-01-20-TheTipOff.xml", 14, 0},
            {"gnome-podcasts-2018-02-03-Intercepted.xml", 47, 0},
            {"gnome-podcasts-2018-03-28-Ellinofreneia.xml", 6, 0},
            {"gnome-podcasts-2019-01-27-ACC.xml", 7, 0},
            {"gnome-podcasts-2020-12-19-LinuxUnplugged.xml", 384, 0},
            {"gnome-podcasts-2020-12-29-replyall.xml", 187, 0},
            {"gnome-podcasts-2022-01-10-deprogram.xml", 146, 0},
            {"gnome-podcasts-2022-series-i-cinema.xml", 50, 0},
            {"gnome-podcasts-2024-03-13-ndr.xml", 2, 0},
            {"gnome-podcasts-2024-03-14-ndr.xml", 2, 0},
            {"gnome-podcasts-2024-03-15-streetfightradio.xml", 500, 0},
            {"gnome-podcasts-2026-02-13-deprogram.xml", 385, 0},
            {"gnome-podcasts-de-grote-no-guid.xml", 12, 1}, // itunes: never declared
            {"gnome-podcasts-de-grote.xml", 12, 1},
    };
    for (const auto &row : gnome)
        QTest::newRow(row.file) << sharedRealDir() << QString::fromLatin1(row.file) << row.episodes
                                << row.warnings;
}

void TestFeedCorpus::parsesRealFeeds()
{
    QFETCH(QString, dir);
    QFETCH(QString, file);
    QFETCH(int, episodes);
    QFETCH(int, warnings);
    if (dir == sharedRealDir() && !QDir(dir).exists())
        QSKIP("GPL-licensed feed: needs ../shared/corpus, which is not here");

    QFile input(dir + QLatin1Char('/') + file);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.fileName()));
    FeedParser::Options options;
    options.feedUrl = QUrl(QStringLiteral("https://feeds.example.org/") + file);
    const QByteArray bytes = input.readAll();
    const Parsed<Feed> parsed = FeedParser::parse(bytes, file, options);
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    const Feed &feed = parsed.value;
    QCOMPARE(feed.episodes.size(), episodes);
    QCOMPARE(feed.warnings.size(), warnings);
    QVERIFY(!feed.show.title.isEmpty());

    // Every episode has an identity, unique within the feed, and something to show.
    QSet<QString> guids;
    for (const FeedEpisode &episode : feed.episodes) {
        QVERIFY2(!episode.guid.isEmpty(), qPrintable(episode.title));
        guids.insert(episode.guid);
        QVERIFY2(!episode.title.isEmpty() || !episode.enclosure.isNull(), qPrintable(episode.guid));
        QVERIFY(!episode.descriptionHtml.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!episode.descriptionHtml.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    }
    QCOMPARE(guids.size(), feed.episodes.size());

    // `feed inspect` skips the descriptions' HTML; their text must come out the same.
    options.descriptionHtml = false;
    const Parsed<Feed> textOnly = FeedParser::parse(bytes, file, options);
    QVERIFY(textOnly.ok);
    QCOMPARE(textOnly.value.episodes.size(), feed.episodes.size());
    QCOMPARE(textOnly.value.show.descriptionText, feed.show.descriptionText);
    QVERIFY(textOnly.value.show.descriptionHtml.isEmpty());
    for (qsizetype i = 0; i < feed.episodes.size(); ++i) {
        QCOMPARE(textOnly.value.episodes.at(i).descriptionText,
                 feed.episodes.at(i).descriptionText);
        QVERIFY(textOnly.value.episodes.at(i).descriptionHtml.isEmpty());
        QCOMPARE(textOnly.value.episodes.at(i).guid, feed.episodes.at(i).guid);
    }
}

void TestFeedCorpus::everyCorpusFeedIsInTheTable()
{
    if (!QDir(sharedRealDir()).exists())
        QSKIP("needs ../shared/corpus, which is not here");
    const QStringList files
            = QDir(sharedRealDir()).entryList({QStringLiteral("*.xml")}, QDir::Files);
    QCOMPARE(files.size(), 31);
}

void TestFeedCorpus::parsesSyntheticFeeds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("episodes"); // -1: not a feed, one error

    const QString shared = QStringLiteral(CITECAST_SHARED_CORPUS "/feeds/synthetic/");
    const struct
    {
        const char *file;
        int episodes;
    } rows[] = {
            {"partytime-empty.xml", 0},  {"partytime-example.xml", 3},  {"partytime-legacy.xml", 3},
            {"partytime-simple.xml", 3}, {"partytime-unlocked.xml", 3},
    };
    for (const auto &row : rows)
        QTest::newRow(row.file) << partytimeDir() + QLatin1Char('/') + QLatin1String(row.file)
                                << row.episodes;
    const struct
    {
        const char *file;
        int episodes;
    } sharedRows[] = {
            {"antennapod-feed-atom-testAtomBasic.xml", 10},
            {"antennapod-feed-atom-testEmptyRelLinks.xml", 1},
            {"antennapod-feed-atom-testLogoWithWhitespace.xml", 0},
            {"antennapod-feed-rss-testImageWithWhitespace.xml", 0},
            {"antennapod-feed-rss-testMediaContentMime.xml", 1},
            {"antennapod-feed-rss-testMultipleFundingTags.xml", 0},
            {"antennapod-feed-rss-testPodcastIndexTranscript.xml", 1},
            {"antennapod-feed-rss-testRss2Basic.xml", 10},
            // Two items with a title only: nothing to identify or play (docs/FEEDS.md).
            {"antennapod-feed-rss-testUnsupportedElements.xml", 0},
            {"podcast-namespace-example.xml", 3},
            {"podcast-namespace-schema-example.xml", -1},
    };
    for (const auto &row : sharedRows)
        QTest::newRow(row.file) << shared + QLatin1String(row.file) << row.episodes;
}

void TestFeedCorpus::parsesSyntheticFeeds()
{
    QFETCH(QString, path);
    QFETCH(int, episodes);
    if (path.startsWith(QStringLiteral(CITECAST_SHARED_CORPUS)) && !QFile::exists(path))
        QSKIP("needs ../shared/corpus, which is not here");
    QFile input(path);
    QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(path));
    const Parsed<Feed> parsed = FeedParser::parse(input.readAll(), QFileInfo(path).fileName(), {});
    if (episodes < 0) {
        QVERIFY(!parsed.ok);
        QVERIFY(parsed.error.message.contains(QLatin1String("not a podcast feed")));
        return;
    }
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    QCOMPARE(parsed.value.episodes.size(), episodes);
    QVERIFY(!parsed.value.show.title.isEmpty());
}

QTEST_GUILESS_MAIN(TestFeedCorpus)
#include "tst_feedcorpus.moc"
