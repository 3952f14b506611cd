// BookmarkStore: every write its own durable transaction, announced by a signal; lists, filters,
// tags and counts; imports all or nothing without duplicates.
#include "bookmarks/BookmarkDrafts.h"
#include "bookmarks/BookmarkStore.h"
#include "import/SampleLibrary.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

const QString sampleGuid = QStringLiteral("citecast-sample-ep11");

QString pragma(TestLibrary &library, const QString &name)
{
    QSqlQuery query(library.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QString();
    return query.value(0).toString();
}

Bookmark range(qint64 start, qint64 end, const QString &guid = sampleGuid)
{
    Bookmark b;
    b.kind = BookmarkKind::Range;
    b.episodeGuid = guid;
    b.startMs = start;
    b.endMs = end;
    return b;
}

} // namespace

class TestBookmarkStore : public QObject
{
    Q_OBJECT

private:
    EpisodeContent sample(TestLibrary &library)
    {
        EpisodeReader reader(library.connection(), library.path());
        return *reader.content(reader.findEpisode(sampleGuid)->id);
    }

private Q_SLOTS:
    void addStoresEveryFieldAndAnnouncesIt()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        const EpisodeContent content = sample(library);
        BookmarkStore store(library.connection());
        QSignalSpy added(&store, &BookmarkStore::bookmarkAdded);

        Bookmark draft = BookmarkDrafts::insight(content, 1, 0);
        draft.note = QStringLiteral("First line\nsecond line");
        draft.tags
                = {QStringLiteral(" #AI "), QStringLiteral("open  source"), QStringLiteral("ai")};
        draft.starred = true;
        const std::optional<Bookmark> stored = store.add(draft);
        QVERIFY2(stored, qPrintable(store.errorString()));
        QVERIFY(stored->id > 0);
        QCOMPARE(stored->uid.size(), 36); // a UUID without braces
        QVERIFY(stored->createdMs > 0);
        QCOMPARE(stored->updatedMs, stored->createdMs);
        QCOMPARE(stored->tags, (QStringList {QStringLiteral("AI"), QStringLiteral("open source")}));
        QCOMPARE(stored->episodeId, content.episode.id);
        QCOMPARE(stored->episodeTitle, content.episode.title);
        QCOMPARE(stored->show, QStringLiteral("Citecast sample"));
        QCOMPARE(stored->kind, BookmarkKind::Insight);
        QCOMPARE(stored->topicTitle, content.topics.at(1).title);
        QCOMPARE(stored->sentence, content.topics.at(1).citations.at(0).sentence);
        QVERIFY(stored->hasSpan());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<Bookmark>(), *stored);
        QCOMPARE(*store.bookmark(stored->id), *stored);
        QCOMPARE(*store.bookmarkByUid(stored->uid), *stored);
        QCOMPARE(library.count(QStringLiteral("bookmark_tags")), 2);
    }

    void writesAreDurableAndRestoreTheLibrarySetting()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        QCOMPARE(pragma(library, QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
        QVERIFY(store.add(range(0, 1000)));
        // Back to NORMAL for everything else, and no transaction left open.
        QCOMPARE(pragma(library, QStringLiteral("synchronous")), QStringLiteral("1"));
        QSqlQuery query(library.connection());
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(pragma(library, QStringLiteral("integrity_check")), QStringLiteral("ok"));
    }

    void refusesWhatCannotBeAnchored_data()
    {
        QTest::addColumn<Bookmark>("bookmark");
        QTest::addColumn<QString>("message");
        QTest::newRow("no guid") << range(0, 10, QString()) << QStringLiteral("guid");
        QTest::newRow("backwards span") << range(10, 5) << QStringLiteral("not a span");
        QTest::newRow("half a span") << range(10, -1) << QStringLiteral("not a span");
        Bookmark insight = range(0, 10);
        insight.kind = BookmarkKind::Insight;
        QTest::newRow("insight without sentence") << insight << QStringLiteral("sentence");
        Bookmark rangeWithoutSpan = range(-1, -1);
        QTest::newRow("range without span") << rangeWithoutSpan << QStringLiteral("span");
        Bookmark topic = range(-1, -1);
        topic.kind = BookmarkKind::Topic;
        QTest::newRow("topic without title") << topic << QStringLiteral("title");
        Bookmark unknown = range(0, 10);
        unknown.kind = static_cast<BookmarkKind>(9);
        QTest::newRow("unknown kind") << unknown << QStringLiteral("kind");
    }

    void refusesWhatCannotBeAnchored()
    {
        QFETCH(Bookmark, bookmark);
        QFETCH(QString, message);
        TestLibrary library;
        BookmarkStore store(library.connection());
        QSignalSpy added(&store, &BookmarkStore::bookmarkAdded);
        QVERIFY(!store.add(bookmark));
        QVERIFY2(store.errorString().contains(message), qPrintable(store.errorString()));
        QCOMPARE(library.count(QStringLiteral("bookmarks")), 0);
        QCOMPARE(added.count(), 0);
    }

    void updateAndRemove()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        Bookmark first = *store.add(range(1000, 2000));
        QSignalSpy changed(&store, &BookmarkStore::bookmarkChanged);
        QSignalSpy removed(&store, &BookmarkStore::bookmarkRemoved);

        Bookmark edited = first;
        edited.note = QStringLiteral("A note");
        edited.tags = {QStringLiteral("x")};
        edited.updatedMs = 42;
        const std::optional<Bookmark> kept = store.update(edited, BookmarkStore::Stamp::Keep);
        QVERIFY(kept);
        QCOMPARE(kept->updatedMs, 42);
        QCOMPARE(kept->note, QStringLiteral("A note"));
        const std::optional<Bookmark> touched = store.update(*kept);
        QVERIFY(touched->updatedMs >= first.createdMs);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).value<Bookmark>(), *touched);

        Bookmark missing = first;
        missing.id = 999;
        QVERIFY(!store.update(missing));
        QVERIFY(store.errorString().contains(QStringLiteral("999")));

        QVERIFY(store.remove(first.id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toLongLong(), first.id);
        QVERIFY(!store.bookmark(first.id));
        QCOMPARE(library.count(QStringLiteral("bookmark_tags")), 0);
        QVERIFY(!store.remove(first.id));
        QCOMPARE(removed.count(), 1);
    }

    void addKeepsAGivenIdAndUid()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        Bookmark b = range(0, 500);
        b.id = 17;
        b.uid = QStringLiteral("my-uid");
        b.createdMs = 1000;
        b.updatedMs = 2000;
        const std::optional<Bookmark> stored = store.add(b);
        QVERIFY(stored);
        QCOMPARE(stored->id, 17);
        QCOMPARE(stored->uid, QStringLiteral("my-uid"));
        QCOMPARE(stored->createdMs, 1000);
        QCOMPARE(stored->updatedMs, 2000);
        QVERIFY(!store.add(b)); // the same id or uid again
        QCOMPARE(library.count(QStringLiteral("bookmarks")), 1);
    }

    void listsFiltersTagsAndCounts()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        const EpisodeContent content = sample(library);
        BookmarkStore store(library.connection());
        Bookmark a = BookmarkDrafts::insight(content, 0, 0);
        a.tags = {QStringLiteral("Émotion"), QStringLiteral("ai")};
        a.note = QStringLiteral("ÉTÉ notes");
        a.createdMs = 3000;
        Bookmark b = range(5000, 6000);
        b.tags = {QStringLiteral("AI")};
        b.starred = true;
        b.createdMs = 1000;
        Bookmark c = range(100, 200, QStringLiteral("urn:elsewhere"));
        c.episodeTitle = QStringLiteral("Elsewhere");
        c.createdMs = 2000;
        QVERIFY(store.add(a) && store.add(b) && store.add(c));

        // Oldest first.
        QVector<Bookmark> all = store.bookmarks();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).startMs, 5000);
        QCOMPARE(all.at(1).episodeGuid, QStringLiteral("urn:elsewhere"));
        QVERIFY(all.at(1).isOrphan());
        QVERIFY(!all.at(0).isOrphan());

        BookmarkFilter byTag;
        byTag.tag = QStringLiteral("#ai");
        QCOMPARE(store.bookmarks(byTag).size(), 2);
        byTag.tag = QStringLiteral("émotion");
        QCOMPARE(store.bookmarks(byTag).size(), 1);
        BookmarkFilter byText;
        byText.text = QStringLiteral("été");
        QCOMPARE(store.bookmarks(byText).size(), 1);
        byText.text = QStringLiteral("elsewhere");
        QCOMPARE(store.bookmarks(byText).size(), 1);
        BookmarkFilter byEpisode;
        byEpisode.episodeGuid = sampleGuid;
        byEpisode.starredOnly = true;
        QCOMPARE(store.bookmarks(byEpisode).size(), 1);

        // One entry per tag whatever its case (the first spelling in binary order), sorted.
        QCOMPARE(store.allTags(), (QStringList {QStringLiteral("AI"), QStringLiteral("Émotion")}));
        const QHash<qint64, int> counts = store.countsByEpisode();
        QCOMPARE(counts.size(), 1); // the orphan counts for no episode
        QCOMPARE(counts.value(content.episode.id), 2);
        QCOMPARE(store.countForEpisode(content.episode.id), 2);
    }

    void importIsAllOrNothingAndNeverDuplicates()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        Bookmark one = range(0, 1000);
        one.uid = QStringLiteral("uid-1");
        one.createdMs = one.updatedMs = 1000;
        Bookmark two = range(2000, 3000);
        two.uid = QStringLiteral("uid-2");
        two.createdMs = two.updatedMs = 1000;
        QSignalSpy added(&store, &BookmarkStore::bookmarkAdded);
        std::optional<BookmarkStore::ImportCounts> counts = store.importBookmarks({one, two});
        QVERIFY(counts);
        QCOMPARE(counts->added, 2);
        QCOMPARE(added.count(), 2);

        // Again: nothing new; a newer copy replaces, an older one does not.
        one.note = QStringLiteral("newer");
        one.updatedMs = 5000;
        two.note = QStringLiteral("older");
        two.updatedMs = 500;
        counts = store.importBookmarks({one, two});
        QVERIFY(counts);
        QCOMPARE(counts->added, 0);
        QCOMPARE(counts->updated, 1);
        QCOMPARE(counts->unchanged, 1);
        QCOMPARE(library.count(QStringLiteral("bookmarks")), 2);
        QCOMPARE(store.bookmarkByUid(QStringLiteral("uid-1"))->note, QStringLiteral("newer"));
        QCOMPARE(store.bookmarkByUid(QStringLiteral("uid-2"))->note, QString());

        // One bad bookmark: none of the file is kept.
        const QString before = library.dump();
        Bookmark three = range(0, 10);
        three.uid = QStringLiteral("uid-3");
        Bookmark bad = range(50, 10);
        bad.uid = QStringLiteral("uid-4");
        QVERIFY(!store.importBookmarks({three, bad}));
        QCOMPARE(library.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestBookmarkStore)
#include "tst_bookmarkstore.moc"
