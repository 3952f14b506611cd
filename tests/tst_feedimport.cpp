// A podcast feed imported into the library: every real feed of the corpus, re-imports that change
// nothing, updates in place, broken feeds that leave the library untouched, and how a feed's
// chapters, soundbites, persons and transcripts land beside a page's own parts.
#include "bookmarks/BookmarkStore.h"
#include "feeds/FeedImport.h"
#include "feeds/LibraryTranscripts.h"
#include "import/Importer.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QtTest>

namespace {

QString libraryFeed(const QString &name)
{
    return TestPaths::data(QStringLiteral("feeds/library/") + name);
}

// GPL-licensed feeds stay in the shared corpus; their rows skip without it.
QString sharedRealDir()
{
    return QStringLiteral(CITECAST_SHARED_CORPUS "/feeds/real");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ImportResult importFeed(TestLibrary &library, const QString &path)
{
    return FeedImport(library.database())
            .importFeed(readFile(path), QFileInfo(path).fileName(), path);
}

qint64 scalar(TestLibrary &library, const QString &sql)
{
    QSqlQuery query(library.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

const Clip *clipOf(const EpisodeContent &content, ClipKind kind, qint64 startMs)
{
    for (const Clip &clip : content.clips) {
        if (clip.kind == kind && clip.startMs == startMs)
            return &clip;
    }
    return nullptr;
}

int countOf(const EpisodeContent &content, ClipKind kind)
{
    return int(std::count_if(content.clips.cbegin(), content.clips.cend(),
                             [kind](const Clip &clip) { return clip.kind == kind; }));
}

} // namespace

class TestFeedImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsRealFeeds_data();
    void importsRealFeeds();
    void brokenFeedIsLocatedAndChangesNothing();
    void reimportChangesNothing();
    void updatedFeedUpdatesInPlace();
    void keepsChaptersSoundbitesPersonsAndTranscripts();
    void itemWithoutGuidKeepsItsDerivedGuid();
    void pageAndFeedKeepEachOthersParts();
    void bookmarksSurviveReimport();
    void renamedShowStaysTheSameShow();
};

void TestFeedImport::importsRealFeeds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("episodes");
    // Items counted with grep -o '<item[ >]' FILE | wc -l (as in tst_feedcorpus).
    const struct
    {
        const char *file;
        int episodes;
    } partytime[] = {
            {"partytime-1865.xml", 61},
            {"partytime-SOM.xml", 2},
            {"partytime-animated-no-agenda.xml", 20},
            {"partytime-changing-the-tide.xml", 15},
            {"partytime-dk-podcast.xml", 59},
            {"partytime-homegrown-hits.xml", 4},
            {"partytime-launched.xml", 36},
            {"partytime-natube-test.xml", 15},
            {"partytime-no-agenda.xml", 29}, // not well-formed (&gtgt;), repaired with a warning
            {"partytime-pc20rss.xml", 56},
            {"partytime-podverse-test-feed.xml", 5},
            {"partytime-publisher.xml", 0},
            {"partytime-sentimental-garbage.xml", 138},
            {"partytime-themnshow.xml", 54},
    };
    for (const auto &row : partytime)
        QTest::newRow(row.file) << TestPaths::data(QStringLiteral("feeds/partytime/")
                                                   + QLatin1String(row.file))
                                << row.episodes;
    const struct
    {
        const char *file;
        int episodes;
    } gnome[] = {
            {"gnome-podcasts-2018-01-20-Intercepted.xml", 43},
            {"gnome-podcasts-2018-01-20-LinuxUnplugged.xml", 232},
            {"gnome-podcasts-2018-01-20-StealTheStars.xml", 15},
            {"gnome-podcasts-2018-01-20-TheTipOff.xml", 14},
            {"gnome-podcasts-2018-02-03-Intercepted.xml", 47},
            {"gnome-podcasts-2018-03-28-Ellinofreneia.xml", 6},
            {"gnome-podcasts-2019-01-27-ACC.xml", 7},
            {"gnome-podcasts-2020-12-19-LinuxUnplugged.xml", 384},
            {"gnome-podcasts-2020-12-29-replyall.xml", 187},
            {"gnome-podcasts-2022-01-10-deprogram.xml", 146},
            {"gnome-podcasts-2022-series-i-cinema.xml", 50},
            {"gnome-podcasts-2024-03-13-ndr.xml", 2},
            {"gnome-podcasts-2024-03-14-ndr.xml", 2},
            {"gnome-podcasts-2024-03-15-streetfightradio.xml", 500},
            {"gnome-podcasts-2026-02-13-deprogram.xml", 385},
            {"gnome-podcasts-de-grote-no-guid.xml", 12},
            {"gnome-podcasts-de-grote.xml", 12},
    };
    for (const auto &row : gnome)
        QTest::newRow(row.file) << sharedRealDir() + QLatin1Char('/') + QLatin1String(row.file)
                                << row.episodes;
}

void TestFeedImport::importsRealFeeds()
{
    QFETCH(QString, path);
    QFETCH(int, episodes);
    if (path.startsWith(sharedRealDir()) && !QDir(sharedRealDir()).exists())
        QSKIP("GPL-licensed feed: needs ../shared/corpus, which is not here");
    TestLibrary library;
    QVERIFY(library.isValid());
    const ImportResult first = importFeed(library, path);
    QVERIFY2(first.ok, first.error ? qPrintable(first.error->toString()) : "no error");
    QCOMPARE(first.format, QStringLiteral("feed"));
    QCOMPARE(first.episodeIds.size(), episodes);
    QCOMPARE(QSet<qint64>(first.episodeIds.cbegin(), first.episodeIds.cend()).size(), episodes);
    QCOMPARE(library.count(QStringLiteral("episodes")), episodes);
    QCOMPARE(library.count(QStringLiteral("shows")), 1);
    QCOMPARE(scalar(library, QStringLiteral("SELECT count(*) FROM episodes WHERE feed_guid = ''")),
             0);

    // The same file again: the same episodes, nothing added, nothing changed.
    const QString before = library.dump();
    const ImportResult again = importFeed(library, path);
    QVERIFY(again.ok);
    QCOMPARE(again.episodeIds, first.episodeIds);
    QCOMPARE(library.dump(), before);
}

void TestFeedImport::brokenFeedIsLocatedAndChangesNothing()
{
    TestLibrary library;
    QVERIFY(importFeed(library, libraryFeed(QStringLiteral("show.xml"))).ok);
    BookmarkStore bookmarks(library.connection());
    Bookmark bookmark;
    bookmark.episodeGuid = QStringLiteral("urn:library-test:ep2");
    bookmark.startMs = 1000;
    bookmark.endMs = 3000;
    bookmark.note = QStringLiteral("kept");
    QVERIFY2(bookmarks.add(bookmark), qPrintable(bookmarks.errorString()));
    const QString before = library.dump();

    const ImportResult result = importFeed(library, libraryFeed(QStringLiteral("broken.xml")));
    QVERIFY(!result.ok);
    QVERIFY(result.error);
    QVERIFY(result.episodeIds.isEmpty());
    // One message naming the file, the line and the column of the mismatched end tag.
    const QString message = result.error->toString();
    QVERIFY2(message.startsWith(QLatin1String("broken.xml:27:")), qPrintable(message));
    QCOMPARE(result.error->line, 27);
    QVERIFY(result.error->column > 0);
    QVERIFY(!message.contains(QLatin1Char('\n')));
    QCOMPARE(library.dump(), before);
}

void TestFeedImport::reimportChangesNothing()
{
    TestLibrary library;
    const ImportResult first = importFeed(library, libraryFeed(QStringLiteral("show.xml")));
    QVERIFY2(first.ok, first.error ? qPrintable(first.error->toString()) : "");
    QCOMPARE(first.episodeIds.size(), 3);
    const QString before = library.dump();
    QVERIFY(before.contains(QLatin1String("transcript_segments|")));
    const ImportResult second = importFeed(library, libraryFeed(QStringLiteral("show.xml")));
    QVERIFY(second.ok);
    QCOMPARE(second.episodeIds, first.episodeIds);
    QCOMPARE(library.count(QStringLiteral("episodes")), 3);
    QCOMPARE(library.dump(), before); // not even an updated time
}

void TestFeedImport::updatedFeedUpdatesInPlace()
{
    TestLibrary library;
    const ImportResult first = importFeed(library, libraryFeed(QStringLiteral("show.xml")));
    QVERIFY(first.ok);
    EpisodeReader reader(library.connection(), library.path());
    const qint64 clipId
            = clipOf(*reader.content(first.episodeIds.at(0)), ClipKind::Chapter, 60000)->id;

    const ImportResult updated
            = importFeed(library, libraryFeed(QStringLiteral("show-updated.xml")));
    QVERIFY2(updated.ok, updated.error ? qPrintable(updated.error->toString()) : "");
    QCOMPARE(updated.episodeIds.size(), 4);
    QCOMPARE(updated.episodeIds.mid(0, 3), first.episodeIds);
    QVERIFY(!first.episodeIds.contains(updated.episodeIds.at(3)));
    QCOMPARE(library.count(QStringLiteral("episodes")), 4);
    QCOMPARE(library.count(QStringLiteral("shows")), 1);

    const EpisodeContent one = *reader.content(first.episodeIds.at(0));
    QCOMPARE(one.episode.title, QStringLiteral("Episode One, Retitled"));
    QCOMPARE(one.episode.guid, QStringLiteral("urn:library-test:ep1"));
    QCOMPARE(countOf(one, ClipKind::Soundbite), 2);
    QCOMPARE(clipOf(one, ClipKind::Chapter, 60000)->id, clipId); // chapters kept their rows
    const EpisodeContent two = *reader.content(first.episodeIds.at(1));
    QCOMPARE(two.episode.description, QStringLiteral("The second episode, described anew."));
    const EpisodeContent four = *reader.content(updated.episodeIds.at(3));
    QCOMPARE(four.episode.title, QStringLiteral("Episode Four"));
    QCOMPARE(four.episode.show, QStringLiteral("The Library Test Show"));
}

void TestFeedImport::keepsChaptersSoundbitesPersonsAndTranscripts()
{
    TestLibrary library;
    const ImportResult result = importFeed(library, libraryFeed(QStringLiteral("show.xml")));
    QVERIFY(result.ok);
    EpisodeReader reader(library.connection(), library.path());
    const EpisodeContent one = *reader.content(result.episodeIds.at(0));
    const Episode &episode = one.episode;
    QCOMPARE(episode.show, QStringLiteral("The Library Test Show"));
    QCOMPARE(episode.feedGuid, QStringLiteral("urn:library-test:ep1"));
    QCOMPARE(episode.number, 1);
    QCOMPARE(episode.season, 1);
    QCOMPARE(episode.durationMs, 600000);
    QCOMPARE(episode.enclosureUrl, QStringLiteral("https://example.org/audio/ep1.mp3"));
    QCOMPARE(episode.enclosureType, QStringLiteral("audio/mpeg"));
    QCOMPARE(episode.enclosureLength, 4800000);
    QCOMPARE(episode.audio.kind, AudioSource::Kind::Url);
    QCOMPARE(episode.audio.location, episode.enclosureUrl);
    QVERIFY(episode.descriptionHtml.contains(QLatin1String("<b>episode</b>")));
    QCOMPARE(episode.description, QStringLiteral("The first episode."));

    // Chapters from the file beside the feed: the toc=false marker skipped, open ends closed by
    // the next chapter and the last by the episode's end.
    QCOMPARE(countOf(one, ClipKind::Chapter), 3);
    const Clip *welcome = clipOf(one, ClipKind::Chapter, 0);
    QVERIFY(welcome);
    QCOMPARE(welcome->title, QStringLiteral("Welcome"));
    QCOMPARE(welcome->endMs, 60000);
    QCOMPARE(clipOf(one, ClipKind::Chapter, 60000)->endMs, 540000);
    QCOMPARE(clipOf(one, ClipKind::Chapter, 540000)->endMs, 600000);
    QCOMPARE(one.chapterLinks.size(), 1);
    QCOMPARE(one.chapterLinks.at(0).clipKey, clipOf(one, ClipKind::Chapter, 60000)->key);
    QCOMPARE(one.chapterLinks.at(0).url, QStringLiteral("https://example.org/interview"));
    QCOMPARE(one.chapterLinks.at(0).imageUrl, QStringLiteral("https://example.org/interview.jpg"));
    QVERIFY(scalar(library,
                   QStringLiteral("SELECT count(*) FROM episodes WHERE chapters_url "
                                  "LIKE 'file://%ep1-chapters.json'"))
            == 1);

    const Clip *soundbite = clipOf(one, ClipKind::Soundbite, 30000);
    QVERIFY(soundbite);
    QCOMPARE(soundbite->endMs, 45000);
    QCOMPARE(soundbite->title, QStringLiteral("The best fifteen seconds"));

    QCOMPARE(episode.persons.size(), 2);
    QCOMPARE(episode.persons.at(0).name, QStringLiteral("Hana Host"));
    QCOMPARE(episode.persons.at(0).role, QStringLiteral("host"));
    QCOMPARE(episode.persons.at(0).group, QStringLiteral("cast"));
    QCOMPARE(episode.persons.at(1).name, QStringLiteral("Ada Guest"));
    QCOMPARE(episode.persons.at(1).role, QStringLiteral("guest"));
    QCOMPARE(episode.persons.at(1).href, QStringLiteral("https://example.org/ada"));
    QCOMPARE(episode.persons.at(1).imageUrl, QStringLiteral("https://example.org/ada.jpg"));
    QCOMPARE(episode.guests, QStringList {QStringLiteral("Ada Guest")});
    QCOMPARE(scalar(library,
                    QStringLiteral("SELECT count(*) FROM show_people WHERE name = "
                                   "'Hana Host' AND role = 'host'")),
             1);

    // The transcript beside the feed, cue by cue.
    QVERIFY(one.transcript.isAvailable());
    QCOMPARE(one.transcript.format, QStringLiteral("vtt"));
    QCOMPARE(one.transcript.language, QStringLiteral("en"));
    QVERIFY(one.transcript.sourceUrl.startsWith(QLatin1String("file://")));
    QVERIFY(one.transcript.sourceUrl.endsWith(QLatin1String("/ep1.vtt")));
    LibraryTranscripts transcripts(library.connection());
    const Transcript cues = transcripts.read(episode.id);
    QCOMPARE(cues.size(), 3);
    QCOMPARE(cues.at(1).startMs, 4500);
    QCOMPARE(cues.at(1).endMs, 9000);
    QCOMPARE(cues.at(1).speaker, QStringLiteral("Ada Guest"));
    QCOMPARE(cues.at(1).text, QStringLiteral("Thanks for having me."));

    const EpisodeContent two = *reader.content(result.episodeIds.at(1));
    QCOMPARE(two.episode.type, Episode::Type::Bonus);
    QCOMPARE(two.episode.enclosureLength, -1);
    QCOMPARE(two.episode.season, -1);
    QCOMPARE(two.transcript.format, QStringLiteral("srt"));
    QCOMPARE(two.transcript.segmentCount, 2);
    QCOMPARE(countOf(two, ClipKind::Chapter), 0);
    QCOMPARE(two.episode.persons.size(), 0); // the show's host is the show's, not each episode's
}

void TestFeedImport::itemWithoutGuidKeepsItsDerivedGuid()
{
    TestLibrary library;
    const ImportResult first = importFeed(library, libraryFeed(QStringLiteral("show.xml")));
    QVERIFY(first.ok);
    EpisodeReader reader(library.connection(), library.path());
    const QString guid = reader.episode(first.episodeIds.at(2))->guid;
    QVERIFY(!guid.isEmpty());
    QVERIFY(guid.contains(QLatin1String("ep3.mp3")) || guid.startsWith(QLatin1String("derived:")));
    const ImportResult second
            = importFeed(library, libraryFeed(QStringLiteral("show-updated.xml")));
    QVERIFY(second.ok);
    QCOMPARE(second.episodeIds.at(2), first.episodeIds.at(2));
    QCOMPARE(reader.episode(first.episodeIds.at(2))->guid, guid);
}

void TestFeedImport::pageAndFeedKeepEachOthersParts()
{
    TestLibrary library;
    Importer importer(library.database());
    const ImportResult pack = importer.importFile(libraryFeed(QStringLiteral("ep1-pack.json")));
    QVERIFY2(pack.ok, pack.error ? qPrintable(pack.error->toString()) : "");
    const qint64 id = pack.episodeIds.at(0);

    const ImportResult feed = importFeed(library, libraryFeed(QStringLiteral("show.xml")));
    QVERIFY(feed.ok);
    QCOMPARE(feed.episodeIds.at(0), id); // the same episode, found by its guid
    QCOMPARE(library.count(QStringLiteral("episodes")), 3);
    QCOMPARE(library.count(QStringLiteral("shows")), 1);

    EpisodeReader reader(library.connection(), library.path());
    auto checkBoth = [&reader, id]() {
        const EpisodeContent content = *reader.content(id);
        QCOMPARE(content.topics.size(), 1);
        QCOMPARE(content.topics.at(0).citations.size(), 1);
        QCOMPARE(countOf(content, ClipKind::Citation), 1);
        QCOMPARE(countOf(content, ClipKind::Popular), 1);
        QCOMPARE(countOf(content, ClipKind::Chapter), 3);
        QCOMPARE(countOf(content, ClipKind::Soundbite), 1);
        QCOMPARE(content.chapterLinks.size(), 1);
        QVERIFY(content.transcript.isAvailable());
        QCOMPARE(content.episode.questionsAnswered, 12);
        QCOMPARE(content.episode.feedGuid, QStringLiteral("urn:library-test:ep1"));
        QVERIFY(content.episode.guests.contains(QStringLiteral("Ada Guest")));
        // The pack names no audio: the feed's enclosure stays its audio.
        QCOMPARE(content.episode.audio.kind, AudioSource::Kind::Url);
        QCOMPARE(content.episode.audio.location,
                 QStringLiteral("https://example.org/audio/ep1.mp3"));
        bool hasHost = false;
        for (const EpisodePerson &person : content.episode.persons)
            hasHost = hasHost || person.role == QLatin1String("host");
        QVERIFY(hasHost);
    };
    checkBoth();
    if (QTest::currentTestFailed())
        return;

    // The pack again: its topics and clips are replaced, the feed's chapters and host stay.
    QVERIFY(importer.importFile(libraryFeed(QStringLiteral("ep1-pack.json"))).ok);
    checkBoth();
    if (QTest::currentTestFailed())
        return;
    // And the feed again: the pack's topics and clips stay.
    QVERIFY(importFeed(library, libraryFeed(QStringLiteral("show.xml"))).ok);
    checkBoth();
}

void TestFeedImport::bookmarksSurviveReimport()
{
    TestLibrary library;
    const ImportResult first = importFeed(library, libraryFeed(QStringLiteral("show.xml")));
    QVERIFY(first.ok);
    EpisodeReader reader(library.connection(), library.path());
    const EpisodeContent one = *reader.content(first.episodeIds.at(0));
    BookmarkStore store(library.connection());
    Bookmark onChapter;
    onChapter.kind = BookmarkKind::Clip;
    onChapter.episodeGuid = one.episode.guid;
    onChapter.clipKey = clipOf(one, ClipKind::Chapter, 60000)->key;
    onChapter.startMs = 60000;
    onChapter.endMs = 540000;
    onChapter.note = QStringLiteral("the interview");
    const std::optional<Bookmark> chapterMark = store.add(onChapter);
    QVERIFY2(chapterMark, qPrintable(store.errorString()));
    Bookmark range;
    range.episodeGuid = reader.episode(first.episodeIds.at(2))->guid; // the derived guid
    range.startMs = 1000;
    range.endMs = 2000;
    const std::optional<Bookmark> rangeMark = store.add(range);
    QVERIFY2(rangeMark, qPrintable(store.errorString()));

    QVERIFY(importFeed(library, libraryFeed(QStringLiteral("show-updated.xml"))).ok);
    QVERIFY(importFeed(library, libraryFeed(QStringLiteral("show.xml"))).ok);
    const std::optional<Bookmark> chapterAfter = store.bookmark(chapterMark->id);
    QVERIFY(chapterAfter);
    QCOMPARE(chapterAfter->episodeId, first.episodeIds.at(0));
    QCOMPARE(chapterAfter->clipKey, onChapter.clipKey);
    QCOMPARE(chapterAfter->note, QStringLiteral("the interview"));
    QVERIFY(reader.content(first.episodeIds.at(0))->clipByKey(onChapter.clipKey));
    const std::optional<Bookmark> rangeAfter = store.bookmark(rangeMark->id);
    QVERIFY(rangeAfter);
    QCOMPARE(rangeAfter->episodeId, first.episodeIds.at(2));
    QCOMPARE(store.bookmarks().size(), 2);
}

void TestFeedImport::renamedShowStaysTheSameShow()
{
    TestLibrary library;
    const ImportResult first = importFeed(library, libraryFeed(QStringLiteral("show.xml")));
    QVERIFY(first.ok);
    QSqlQuery query(library.connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO shows (title) VALUES ('Taken Title')")));
    QTemporaryDir dir;
    auto renamed = [&dir](const QByteArray &title) {
        const QString path = dir.filePath(QString::fromLatin1(title) + QStringLiteral(".xml"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(readFile(libraryFeed(QStringLiteral("show.xml")))
                           .replace("<title>The Library Test Show</title>",
                                    QByteArray("<title>" + title + "</title>")));
        return path;
    };
    // A new title: the same show (found by its episodes), renamed; the same episodes.
    const ImportResult second = importFeed(library, renamed("The Renamed Show"));
    QVERIFY(second.ok);
    QCOMPARE(second.episodeIds, first.episodeIds);
    QCOMPARE(library.count(QStringLiteral("shows")), 2);
    QCOMPARE(scalar(library,
                    QStringLiteral("SELECT count(*) FROM shows WHERE title = 'The "
                                   "Renamed Show'")),
             1);
    // A title another show has: still the same show, which keeps its title.
    const ImportResult third = importFeed(library, renamed("Taken Title"));
    QVERIFY(third.ok);
    QCOMPARE(third.episodeIds, first.episodeIds);
    QCOMPARE(library.count(QStringLiteral("shows")), 2);
    QCOMPARE(scalar(library,
                    QStringLiteral("SELECT count(*) FROM episodes e JOIN shows s ON "
                                   "s.id = e.show_id WHERE s.title = 'Taken Title'")),
             0);
}

QTEST_GUILESS_MAIN(TestFeedImport)
#include "tst_feedimport.moc"
