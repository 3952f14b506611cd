// "Bookmark this": what gets kept where the user is, and that it goes through the undo stack.
#include "bookmarks/BookmarkSession.h"
#include "bookmarks/BookmarkStore.h"
#include "import/SampleLibrary.h"
#include "library/OpenEpisode.h"
#include "playback/PlaybackRequest.h"
#include "support/TestLibrary.h"

#include <QTest>
#include <QUndoStack>

class TestBookmarkSession : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestLibrary library;
        BookmarkStore store {library.connection()};
        QUndoStack undo;
        OpenEpisode episode {library.database()};
        BookmarkSession session {store, undo, episode};

        Fixture() { episode.open(SampleLibrary::import(library.database()).episodeIds.value(0)); }
    };

private Q_SLOTS:
    void draftsFromThePage()
    {
        Fixture f;
        const std::optional<Bookmark> insight = f.session.draftForCitation(1, 1);
        QVERIFY(insight);
        QCOMPARE(insight->kind, BookmarkKind::Insight);
        QCOMPARE(insight->citationNumber, 4);
        QCOMPARE(insight->startMs, f.episode.content().citationClip(4)->startMs);
        QVERIFY(insight->sentence.startsWith(QStringLiteral("He explains that while RL")));
        QVERIFY(!f.session.draftForCitation(9, 0));

        // A citation's clip is kept as its insight; a popular clip as a clip.
        const std::optional<Bookmark> viaClip
                = f.session.draftForClip(f.episode.content().citationClip(4)->id);
        QCOMPARE(viaClip->kind, BookmarkKind::Insight);
        qint64 popular = 0;
        for (const Clip &clip : f.episode.content().clips) {
            if (clip.kind == ClipKind::Popular && popular == 0)
                popular = clip.id;
        }
        QCOMPARE(f.session.draftForClip(popular)->kind, BookmarkKind::Clip);
        QCOMPARE(f.session.draftForTopic(0)->kind, BookmarkKind::Topic);
        QCOMPARE(f.session.draftForEpisode()->kind, BookmarkKind::Episode);
        const std::optional<Bookmark> range = f.session.draftForRange(5000, 9000);
        QCOMPARE(range->kind, BookmarkKind::Range);
        QCOMPARE(range->startMs, 5000);
        QCOMPARE(range->endMs, 9000);
        QVERIFY(!f.session.draftForRange(9000, 5000));
    }

    void whatPlaysAndTheLastThirtySeconds()
    {
        Fixture f;
        QString why;
        QVERIFY(!f.session.draftForPlaying(PlaybackRequest(), 0, &why));
        QVERIFY(!why.isEmpty());

        PlaybackRequest playing;
        playing.source = f.episode.audioSource();
        playing.episodeId = f.episode.content().episode.id;
        playing.clipId = f.episode.content().citationClip(2)->id;
        playing.startMs = f.episode.content().citationClip(2)->startMs;
        playing.endMs = f.episode.content().citationClip(2)->endMs;
        QCOMPARE(f.session.draftForPlaying(playing, playing.startMs + 100, &why)->citationNumber,
                 2);

        playing.clipId = 0;
        playing.endMs = -1; // the episode playing on: what was heard up to now
        const std::optional<Bookmark> heard = f.session.draftForPlaying(playing, 95000, &why);
        QCOMPARE(heard->startMs, 65000);
        QCOMPARE(heard->endMs, 95000);
        QCOMPARE(f.session.draftForRecent(10000)->startMs, 0);
    }

    void keepingIsUndoable()
    {
        Fixture f;
        QString why;
        Bookmark draft = *f.session.draftForCitation(0, 1);
        draft.note = QStringLiteral("Alpaca surprised him");
        QVERIFY(f.session.add(draft, &why));
        QCOMPARE(f.store.bookmarks().size(), 1);
        QCOMPARE(f.session.bookmarksOfOpenEpisode().size(), 1);
        const Bookmark kept = f.store.bookmarks().constFirst();

        Bookmark edited = kept;
        edited.tags = {QStringLiteral("models")};
        QVERIFY(f.session.edit(kept, edited, &why));
        QCOMPARE(f.store.bookmark(kept.id)->tags, QStringList {QStringLiteral("models")});
        f.undo.undo();
        QCOMPARE(f.store.bookmark(kept.id)->tags, QStringList());

        QVERIFY(f.session.remove(kept.id, &why));
        QVERIFY(f.store.bookmarks().isEmpty());
        f.undo.undo();
        QCOMPARE(f.store.bookmark(kept.id)->note, QStringLiteral("Alpaca surprised him"));
        f.undo.undo(); // the add
        QVERIFY(f.store.bookmarks().isEmpty());
        f.undo.redo();
        QCOMPARE(f.store.bookmarks().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBookmarkSession)
#include "tst_bookmarksession.moc"
