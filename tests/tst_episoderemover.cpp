// Deleting an episode: its content goes in one transaction, its bookmarks stay as readable,
// exportable orphans and find their place again when the episode is imported anew.
#include "bookmarks/BookmarkDrafts.h"
#include "bookmarks/BookmarkJson.h"
#include "bookmarks/BookmarkResolver.h"
#include "bookmarks/BookmarkStore.h"
#include "import/SampleLibrary.h"
#include "storage/EpisodeReader.h"
#include "storage/EpisodeRemover.h"
#include "support/TestLibrary.h"

#include <QSqlQuery>
#include <QTest>

namespace {

const QString sampleGuid = QStringLiteral("citecast-sample-ep11");

qint64 scalar(TestLibrary &library, const QString &sql)
{
    QSqlQuery query(library.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestEpisodeRemover : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesTheEpisodeAndKeepsItsBookmarksAsOrphans()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        EpisodeReader reader(library.connection(), library.path());
        const EpisodeContent sample = *reader.content(reader.findEpisode(sampleGuid)->id);
        const qint64 id = sample.episode.id;
        BookmarkStore store(library.connection());
        Bookmark kept = BookmarkDrafts::insight(sample, 0, 0);
        kept.note = QStringLiteral("worth keeping");
        kept.tags = {QStringLiteral("ai")};
        kept = *store.add(kept);
        QVERIFY(store.add(BookmarkDrafts::range(sample, 1000, 5000)));
        QCOMPARE(store.countForEpisode(id), 2);

        EpisodeRemover remover(library.connection());
        QCOMPARE(remover.bookmarkCount(id), 2);
        QVERIFY2(remover.remove(id), qPrintable(remover.errorString()));

        QVERIFY(!reader.episode(id));
        for (const char *table : {"topics", "citations", "clips", "highlights", "questions",
                                  "episode_people", "related_episodes"})
            QCOMPARE(library.count(QLatin1String(table)), 0);
        // The nine episodes it only mentioned are still there.
        QCOMPARE(library.count(QStringLiteral("episodes")), 9);

        // The bookmarks remain, readable and exportable.
        const QVector<Bookmark> orphans = store.bookmarks();
        QCOMPARE(orphans.size(), 2);
        for (const Bookmark &b : orphans) {
            QVERIFY(b.isOrphan());
            QCOMPARE(b.episodeGuid, sampleGuid);
            QCOMPARE(b.episodeTitle, sample.episode.title);
            QCOMPARE(b.show, QStringLiteral("Citecast sample"));
        }
        QCOMPARE(orphans.at(0).note, QStringLiteral("worth keeping"));
        QCOMPARE(orphans.at(0).tags, QStringList {QStringLiteral("ai")});
        QVERIFY(BookmarkJson::exportDocument(orphans).contains("worth keeping"));
        QCOMPARE(store.countsByEpisode().size(), 0);
        QCOMPARE(scalar(library,
                        QStringLiteral("SELECT count(*) FROM bookmarks "
                                       "WHERE episode_id IS NULL")),
                 2);
        QCOMPARE(scalar(library, QStringLiteral("PRAGMA foreign_key_check")), -1); // no rows

        // Imported again, the episode gets a new row and its bookmarks find it by guid.
        QVERIFY(SampleLibrary::import(library.database()).ok);
        const qint64 newId = reader.findEpisode(sampleGuid)->id;
        QCOMPARE(store.bookmark(kept.id)->episodeId, newId);
        const BookmarkResolver::Resolution r
                = BookmarkResolver(library.connection(), library.path()).resolve(kept);
        QCOMPARE(r.match, BookmarkResolver::Match::Anchor);
        QCOMPARE(r.episodeId, newId);
        QCOMPARE(r.startMs, kept.startMs);
    }

    void anUnknownEpisodeChangesNothing()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        const QString before = library.dump();
        EpisodeRemover remover(library.connection());
        QVERIFY(!remover.remove(4242));
        QVERIFY(remover.errorString().contains(QStringLiteral("4242")));
        QCOMPARE(library.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestEpisodeRemover)
#include "tst_episoderemover.moc"
