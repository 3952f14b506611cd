// A chapters file or a transcript the user has as a file, attached to an episode already in the
// library by id or guid: it replaces only that part; a bad file gives one located error and
// changes nothing.
#include "feeds/EpisodeAttachmentImport.h"
#include "feeds/FeedImport.h"
#include "feeds/LibraryTranscripts.h"
#include "import/Importer.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QFile>
#include <QtTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int countOf(const EpisodeContent &content, ClipKind kind)
{
    return int(std::count_if(content.clips.cbegin(), content.clips.cend(),
                             [kind](const Clip &clip) { return clip.kind == kind; }));
}

} // namespace

class TestEpisodeAttachmentImport : public QObject
{
    Q_OBJECT

private:
    // The pack's Episode One (citations, a popular clip; 10:00 long), its id.
    qint64 importPack(TestLibrary &library)
    {
        const ImportResult result = Importer(library.database())
                                            .importFile(TestPaths::data(
                                                    QStringLiteral("feeds/library/ep1-pack.json")));
        return result.ok ? result.episodeIds.value(0) : 0;
    }

private Q_SLOTS:
    void attachesChaptersById()
    {
        TestLibrary library;
        const qint64 id = importPack(library);
        QVERIFY(id > 0);
        const QString path = TestPaths::data(QStringLiteral("chapters/example.json"));
        EpisodeAttachmentImport attach(library.database());
        const ImportResult result
                = attach.importChapters(readFile(path), path, QString::number(id));
        QVERIFY2(result.ok, result.error ? qPrintable(result.error->toString()) : "");
        QCOMPARE(result.format, QStringLiteral("chapters"));
        QCOMPARE(result.episodeIds, QVector<qint64> {id});

        EpisodeReader reader(library.connection(), library.path());
        const EpisodeContent content = *reader.content(id);
        // example.json starts chapters up to 5854 s, past the pack's 10:00: they still end where
        // the next one starts; the last one ends at the episode's end only when that is later.
        QVERIFY(countOf(content, ClipKind::Chapter) > 3);
        QCOMPARE(countOf(content, ClipKind::Citation), 1); // the pack's parts are untouched
        QCOMPARE(countOf(content, ClipKind::Popular), 1);
        QCOMPARE(content.topics.size(), 1);
        QCOMPARE(content.episode.questionsAnswered, 12);
        QVERIFY(!content.chapterLinks.isEmpty());
        const Clip *intro = content.clipByKey(QStringLiteral("chapter:0"));
        QVERIFY(intro);
        QCOMPARE(intro->title, QStringLiteral("Intro"));
        QCOMPARE(intro->endMs, 168000);

        // Again: nothing changes.
        const QString before = library.dump();
        QVERIFY(attach.importChapters(readFile(path), path, QString::number(id)).ok);
        QCOMPARE(library.dump(), before);
    }

    void attachesTranscriptsByGuid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("cues");
        QTest::newRow("srt") << QStringLiteral("feeds/library/ep2.srt") << QStringLiteral("srt")
                             << 2;
        QTest::newRow("vtt") << QStringLiteral("feeds/library/ep1.vtt") << QStringLiteral("vtt")
                             << 3;
        QTest::newRow("example.srt")
                << QStringLiteral("transcripts/example.srt") << QStringLiteral("srt") << 222;
    }

    void attachesTranscriptsByGuid()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(int, cues);
        TestLibrary library;
        const qint64 id = importPack(library);
        QVERIFY(id > 0);
        const QString path = TestPaths::data(file);
        const QString before = library.dump();
        const ImportResult result
                = EpisodeAttachmentImport(library.database())
                          .importTranscript(readFile(path), path,
                                            QStringLiteral("urn:library-test:ep1"));
        QVERIFY2(result.ok, result.error ? qPrintable(result.error->toString()) : "");
        QCOMPARE(result.format, QStringLiteral("transcript"));
        QCOMPARE(result.episodeIds, QVector<qint64> {id});
        EpisodeReader reader(library.connection(), library.path());
        const EpisodeContent content = *reader.content(id);
        QCOMPARE(content.transcript.format, format);
        QCOMPARE(content.transcript.segmentCount, cues);
        QVERIFY(content.transcript.sourceUrl.startsWith(QLatin1String("file://")));
        QCOMPARE(LibraryTranscripts(library.connection()).read(id).size(), cues);
        // Only the transcript tables changed (and the search index, which follows them).
        QStringList changed;
        const QStringList now = library.dump().split(QLatin1Char('\n'));
        for (const QString &line : now) {
            const QString table = line.section(QLatin1Char('|'), 0, 0);
            if (!before.contains(line) && !table.startsWith(QLatin1String("search")))
                changed << table;
        }
        changed.removeDuplicates();
        changed.sort();
        QCOMPARE(changed,
                 (QStringList {QStringLiteral("transcript_segments"),
                               QStringLiteral("transcripts")}));
    }

    void replacesAFeedsChaptersAndKeepsItWhileTheFeedOffersNone()
    {
        TestLibrary library;
        const QString feed = TestPaths::data(QStringLiteral("feeds/library/show.xml"));
        const ImportResult imported
                = FeedImport(library.database()).importFeed(readFile(feed), feed, feed);
        QVERIFY(imported.ok);
        const qint64 two = imported.episodeIds.at(1); // Episode Two: no chapters in the feed
        const QString path = TestPaths::data(QStringLiteral("feeds/library/ep1-chapters.json"));
        QVERIFY(EpisodeAttachmentImport(library.database())
                        .importChapters(readFile(path), path,
                                        QStringLiteral("urn:library-test:ep2"))
                        .ok);
        EpisodeReader reader(library.connection(), library.path());
        QCOMPARE(countOf(*reader.content(two), ClipKind::Chapter), 3);
        // The feed again: it offers no chapters for Episode Two, the attached ones stay.
        QVERIFY(FeedImport(library.database()).importFeed(readFile(feed), feed, feed).ok);
        QCOMPARE(countOf(*reader.content(two), ClipKind::Chapter), 3);
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("episode");
        QTest::addColumn<bool>("chapters");
        QTest::addColumn<QString>("expected"); // the start of the message
        QTest::newRow("chapters: bad JSON")
                << QByteArray(
                           "{\n  \"version\": \"1.2.0\",\n  \"chapters\": [\n    { \"startTime\": "
                           "0, \"title\": \"x\" },,\n  ]\n}\n")
                << QStringLiteral("bad-chapters.json") << QStringLiteral("urn:library-test:ep1")
                << true << QStringLiteral("bad-chapters.json:4:");
        QTest::newRow("srt: bad time")
                << QByteArray("1\n00:00:01,000 --> 00:00:03,000\nfine\n\n2\n00:00:0x,000 --> "
                              "00:00:05,000\nbroken\n")
                << QStringLiteral("bad.srt") << QStringLiteral("urn:library-test:ep1") << false
                << QStringLiteral("bad.srt:");
        QTest::newRow("unknown episode")
                << readFile(TestPaths::data(QStringLiteral("feeds/library/ep2.srt")))
                << QStringLiteral("ep2.srt") << QStringLiteral("urn:nowhere") << false
                << QStringLiteral("ep2.srt: ");
        QTest::newRow("no episode named")
                << readFile(TestPaths::data(QStringLiteral("chapters/example.json")))
                << QStringLiteral("example.json") << QString() << true
                << QStringLiteral("example.json: ");
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, episode);
        QFETCH(bool, chapters);
        QFETCH(QString, expected);
        TestLibrary library;
        QVERIFY(importPack(library) > 0);
        const QString before = library.dump();
        EpisodeAttachmentImport attach(library.database());
        const ImportResult result = chapters ? attach.importChapters(bytes, name, episode)
                                             : attach.importTranscript(bytes, name, episode);
        QVERIFY(!result.ok);
        QVERIFY(result.error);
        const QString message = result.error->toString();
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        QCOMPARE(library.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestEpisodeAttachmentImport)
#include "tst_episodeattachmentimport.moc"
