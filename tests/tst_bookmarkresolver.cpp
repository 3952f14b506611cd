// Bookmarks survive re-imports: after an episode is imported again with topics inserted, markers
// renumbered, clips retimed and a sentence reworded, every bookmark still finds its place.
#include "bookmarks/BookmarkDrafts.h"
#include "bookmarks/BookmarkResolver.h"
#include "bookmarks/BookmarkStore.h"
#include "import/Importer.h"
#include "import/SampleLibrary.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

const QString guid = QStringLiteral("urn:test:resolver");

// The episode as first published: two topics, three citations, one popular clip.
const QByteArray firstVersion = R"({"citecastPack": 1, "episodes": [{
    "guid": "urn:test:resolver", "title": "Resolver Episode", "show": "Test Show",
    "topics": [
        {"title": "Model Insights", "sentences": [
            {"text": "Base models matter most.", "citations": [1]},
            {"text": "Pushing the limits costs data and compute.", "citations": [2]}]},
        {"title": "Costs", "sentences": [{"text": "Inference is the real bill.", "citations": [3]}]}],
    "clips": [
        {"kind": "citation", "citation": 1, "start": 10000, "end": 15000},
        {"kind": "citation", "citation": 2, "start": 20000, "end": 25000},
        {"kind": "citation", "citation": 3, "start": 30000, "end": 35000},
        {"kind": "popular", "title": "The kettle", "start": 40000, "end": 50000}]}]})";

// Updated: a topic inserted first (so every marker is renumbered), clips retimed, one sentence
// reworded (its clip's span unchanged).
const QByteArray secondVersion = R"json({"citecastPack": 1, "episodes": [{
    "guid": "urn:test:resolver", "title": "Resolver Episode (remastered)", "show": "Test Show",
    "topics": [
        {"title": "Intro", "sentences": [{"text": "Welcome back.", "citations": [1]}]},
        {"title": "Model Insights", "sentences": [
            {"text": "Base models matter most.", "citations": [2]},
            {"text": "Pushing limits costs compute.", "citations": [3]}]},
        {"title": "Costs", "sentences": [{"text": "Inference is the real bill.", "citations": [4]}]}],
    "clips": [
        {"kind": "citation", "citation": 1, "start": 1000, "end": 2000},
        {"kind": "citation", "citation": 2, "start": 11000, "end": 16000},
        {"kind": "citation", "citation": 3, "start": 20000, "end": 25000},
        {"kind": "citation", "citation": 4, "start": 30500, "end": 35500},
        {"kind": "popular", "title": "The kettle", "start": 41000, "end": 51000}]}]})json";

} // namespace

class TestBookmarkResolver : public QObject
{
    Q_OBJECT

private:
    qint64 importPack(TestLibrary &library, const QByteArray &json)
    {
        const QString path = QDir(library.dir()).filePath(QStringLiteral("episode.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(json) != json.size())
            return 0;
        file.close();
        const ImportResult result = Importer(library.database()).importFile(path);
        return result.ok ? result.episodeIds.value(0) : 0;
    }

    EpisodeContent content(TestLibrary &library, qint64 id)
    {
        return *EpisodeReader(library.connection(), library.path()).content(id);
    }

private Q_SLOTS:
    void everyBookmarkFollowsItsEpisodeThroughAnUpdate()
    {
        TestLibrary library;
        const qint64 episodeId = importPack(library, firstVersion);
        QVERIFY(episodeId > 0);
        const EpisodeContent first = content(library, episodeId);
        BookmarkStore store(library.connection());
        const Bookmark insight = *store.add(BookmarkDrafts::insight(first, 0, 0));
        const Bookmark reworded = *store.add(BookmarkDrafts::insight(first, 0, 1));
        const Bookmark popular = *store.add(
                BookmarkDrafts::clip(first, *first.clipByKey(QStringLiteral("popular:0"))));
        const Bookmark topic = *store.add(BookmarkDrafts::topic(first, 1));
        const Bookmark range = *store.add(BookmarkDrafts::range(first, 60000, 70000));
        const Bookmark episode = *store.add(BookmarkDrafts::episode(first.episode));
        QCOMPARE(insight.startMs, 10000);
        QCOMPARE(topic.startMs, 30000);
        QCOMPARE(popular.quote, QStringLiteral("The kettle"));

        QCOMPARE(importPack(library, secondVersion), episodeId); // updated in place
        const EpisodeContent second = content(library, episodeId);
        QCOMPARE(library.count(QStringLiteral("bookmarks")), 6);
        for (const Bookmark &b : store.bookmarks()) {
            QCOMPARE(b.episodeId, episodeId);
            QCOMPARE(b.episodeTitle, QStringLiteral("Resolver Episode (remastered)"));
        }

        using Match = BookmarkResolver::Match;
        BookmarkResolver resolver(library.connection(), library.path());
        BookmarkResolver::Resolution r = resolver.resolve(*store.bookmark(insight.id));
        QCOMPARE(r.match, Match::Anchor);
        QCOMPARE(r.episodeId, episodeId);
        QCOMPARE(r.topicIndex, 1);
        QCOMPARE(r.citationIndex, 0);
        QCOMPARE(r.citationNumber, 2); // renumbered: the sentence decides, not the old number
        QCOMPARE(r.startMs, 11000);    // the clip as retimed
        QCOMPARE(r.endMs, 16000);
        QCOMPARE(r.clipId, second.citationClip(2)->id);

        r = resolver.resolve(reworded);
        QCOMPARE(r.match, Match::SameSpan);
        QCOMPARE(r.citationNumber, 3);
        QCOMPARE(r.topicIndex, 1);
        QCOMPARE(r.citationIndex, 1);

        r = resolver.resolve(popular);
        QCOMPARE(r.match, Match::Anchor);
        QCOMPARE(r.clipId, second.clipByKey(QStringLiteral("popular:0"))->id);
        QCOMPARE(r.startMs, 41000);

        r = resolver.resolve(topic);
        QCOMPARE(r.match, Match::Anchor);
        QCOMPARE(r.topicIndex, 2);

        r = resolver.resolve(range);
        QCOMPARE(r.match, Match::Anchor);
        QCOMPARE(r.startMs, 60000);
        QCOMPARE(r.endMs, 70000);
        QCOMPARE(r.clipId, 0);

        r = resolver.resolve(episode);
        QCOMPARE(r.match, Match::Anchor);
        QVERIFY(!r.hasSpan());
    }

    void whatNoLongerExistsFallsBackToTheStoredSpan()
    {
        TestLibrary library;
        const qint64 episodeId = importPack(library, firstVersion);
        const EpisodeContent first = content(library, episodeId);
        Bookmark gone = BookmarkDrafts::insight(first, 1, 0);
        gone.sentence = QStringLiteral("A sentence the page never had.");
        gone.startMs = 77000;
        gone.endMs = 78000;
        BookmarkResolver::Resolution r = BookmarkResolver::resolveIn(gone, first);
        QCOMPARE(r.match, BookmarkResolver::Match::StoredSpan);
        QCOMPARE(r.startMs, 77000);
        QCOMPARE(r.clipId, 0);

        Bookmark noTopic = BookmarkDrafts::topic(first, 0);
        noTopic.topicTitle = QStringLiteral("Renamed away");
        noTopic.startMs = noTopic.endMs = -1;
        QCOMPARE(BookmarkResolver::resolveIn(noTopic, first).match,
                 BookmarkResolver::Match::EpisodeOnly);

        Bookmark orphan = BookmarkDrafts::range(first, 1000, 2000);
        orphan.episodeGuid = QStringLiteral("urn:test:not-here");
        orphan.episodeId = 0;
        r = BookmarkResolver(library.connection(), library.path()).resolve(orphan);
        QCOMPARE(r.match, BookmarkResolver::Match::Orphan);
        QCOMPARE(r.episodeId, 0);
        QCOMPARE(r.startMs, 1000);
    }

    void reimportingTheSampleChangesNoBookmark()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        EpisodeReader reader(library.connection(), library.path());
        const EpisodeContent sample
                = *reader.content(reader.findEpisode(QStringLiteral("citecast-sample-ep11"))->id);
        BookmarkStore store(library.connection());
        for (int t = 0; t < sample.topics.size(); ++t) {
            for (int c = 0; c < sample.topics.at(t).citations.size(); ++c)
                QVERIFY(store.add(BookmarkDrafts::insight(sample, t, c)));
        }
        const QString before = library.dump();
        QVERIFY(SampleLibrary::import(library.database()).ok);
        QCOMPARE(library.dump(), before);
        // Marker 1 appears in two topics: each insight resolves to its own topic.
        BookmarkResolver resolver(library.connection(), library.path());
        QSet<QPair<int, int>> places;
        for (const Bookmark &b : store.bookmarks()) {
            const BookmarkResolver::Resolution r = resolver.resolve(b);
            QCOMPARE(r.match, BookmarkResolver::Match::Anchor);
            QVERIFY(r.clipId > 0);
            places.insert({r.topicIndex, r.citationIndex});
        }
        QCOMPARE(places.size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestBookmarkResolver)
#include "tst_bookmarkresolver.moc"
