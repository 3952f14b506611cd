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
