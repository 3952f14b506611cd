// How the open episode turns citations and clips into playback requests.
#include "import/SampleLibrary.h"
#include "library/OpenEpisode.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

class TestOpenEpisode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void citationPlaysItsClipSpan()
    {
        TestLibrary library;
        const ImportResult sample = SampleLibrary::import(library.database());
        QVERIFY(sample.ok);
        OpenEpisode episode(library.database());
        QVERIFY(episode.open(sample.episodeIds.first()));
        QVERIFY(QFileInfo(episode.audioSource()).isAbsolute());

        // Topic 2 ("RL Impact"), second citation: marker 4.
        const Citation &four = episode.content().topics.at(1).citations.at(1);
        QCOMPARE(four.number, 4);
        const Clip *clip = episode.content().citationClip(4);
        QVERIFY(clip);
        QString why;
        const std::optional<PlaybackRequest> request = episode.requestForCitation(1, 1, &why);
        QVERIFY2(request, qPrintable(why));
        QCOMPARE(request->source, episode.audioSource());
        QCOMPARE(request->startMs, clip->startMs);
        QCOMPARE(request->endMs, clip->endMs);
        QCOMPARE(request->clipId, clip->id);
        QCOMPARE(request->title, four.sentence);
        QCOMPARE(episode.labelForClip(clip->id), QStringLiteral("Citation 4"));

        // Marker 1 in topics 1 and 2 plays the same span.
        const auto first = episode.requestForCitation(0, 0, &why);
        const auto again = episode.requestForCitation(1, 0, &why);
        QVERIFY(first && again);
        QCOMPARE(first->startMs, again->startMs);
        QCOMPARE(first->endMs, again->endMs);

        QVERIFY(!episode.requestForCitation(7, 0, &why));
        QVERIFY(!episode.requestForClip(123456, &why));
    }

    void explainsWhatCannotPlay()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        OpenEpisode episode(library.database());
        QSqlQuery query(library.connection());
        QVERIFY(query.exec(QStringLiteral(
                        "SELECT id FROM episodes WHERE known_only_by_title = 1 LIMIT 1"))
                && query.next());
        QVERIFY(episode.open(query.value(0).toLongLong()));
        QVERIFY(episode.audioSource().isEmpty());

        // A citation without a clip.
        QVERIFY(query.exec(QStringLiteral("UPDATE citations SET clip_id = NULL WHERE number = 4")));
        QVERIFY(query.exec(QStringLiteral(
                        "SELECT id FROM episodes WHERE guid = 'citecast-sample-ep11'"))
                && query.next());
        QVERIFY(episode.open(query.value(0).toLongLong()));
        QString why;
        QVERIFY(!episode.requestForCitation(1, 1, &why));
        QVERIFY2(why.contains(QStringLiteral("no audio yet")), qPrintable(why));
    }

    void citationNumbersAsTheReaderSeesThem()
    {
        TestLibrary library;
        const ImportResult sample = SampleLibrary::import(library.database());
        OpenEpisode episode(library.database());
        QVERIFY(episode.open(sample.episodeIds.first()));
        QString why;
        // "4" while reading "RL Impact" (topic 1) plays its marker 4.
        auto four = episode.requestForCitationNumber(1, 4, &why);
        QVERIFY(four);
        QCOMPARE(four->clipId, episode.content().citationClip(4)->id);
        // "5" while reading "Model Insights" is not there: the first citation 5 of the episode.
        auto five = episode.requestForCitationNumber(0, 5, &why);
        QVERIFY(five);
        QCOMPARE(five->clipId, episode.content().citationClip(5)->id);
        QVERIFY(!episode.requestForCitationNumber(0, 9, &why));
        QVERIFY(why.contains(QStringLiteral("no citation 9")));
    }

    void neighbourClips()
    {
        TestLibrary library;
        const ImportResult sample = SampleLibrary::import(library.database());
        OpenEpisode episode(library.database());
        QVERIFY(episode.open(sample.episodeIds.first()));
        const EpisodeContent &content = episode.content();
        const qint64 two = content.citationClip(2)->id;
        QCOMPARE(episode.neighbourClip(two, 0, 1), content.citationClip(3)->id);
        QCOMPARE(episode.neighbourClip(two, 0, -1), content.citationClip(1)->id);
        QCOMPARE(episode.neighbourClip(content.citationClip(1)->id, 0, -1), 0);
        QCOMPARE(episode.neighbourClip(content.citationClip(6)->id, 0, 1), 0);
        // Nothing playing: citations around the position.
        QCOMPARE(episode.neighbourClip(0, 60000, 1), content.citationClip(4)->id);
        QCOMPARE(episode.neighbourClip(0, 60000, -1), content.citationClip(3)->id);
        // A popular clip steps to popular clips.
        qint64 firstPopular = 0;
        qint64 secondPopular = 0;
        for (const Clip &clip : content.clips) {
            if (clip.kind != ClipKind::Popular)
                continue;
            if (!firstPopular)
                firstPopular = clip.id;
            else if (!secondPopular)
                secondPopular = clip.id;
        }
        QCOMPARE(episode.neighbourClip(firstPopular, 0, 1), secondPopular);
    }

    void countsPlays()
    {
        TestLibrary library;
        const ImportResult sample = SampleLibrary::import(library.database());
        OpenEpisode episode(library.database());
        QVERIFY(episode.open(sample.episodeIds.first()));
        const qint64 clipId = episode.content().citationClip(2)->id;
        episode.recordPlay(clipId);
        episode.recordPlay(clipId);
        QVERIFY(episode.open(sample.episodeIds.first()));
        QCOMPARE(episode.content().clipById(clipId)->playCount, 2);
    }
};

QTEST_GUILESS_MAIN(TestOpenEpisode)
#include "tst_openepisode.moc"
