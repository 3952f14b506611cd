// The importer: all-or-nothing per file, updates in place by guid, keeps related episodes linked.
#include "import/Importer.h"
#include "import/SampleLibrary.h"
#include "storage/EpisodeReader.h"
#include "storage/EpisodeWriter.h"
#include "storage/Transaction.h"
#include "support/TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 scalar(TestLibrary &library, const QString &sql)
{
    QSqlQuery query(library.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

const QByteArray minimalPack = R"({"citecastPack": 1, "episodes": [{
    "guid": "urn:test:llamaindex", "number": 18,
    "title": "LlamaIndex CEO Jerry Liu on Trends in LLM Applications",
    "topics": [{"title": "A topic", "sentences": [{"text": "A sentence.", "citations": [1]}]}],
    "clips": [{"kind": "citation", "citation": 1, "start": 1000, "end": 2000}]}]})";

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleImportsCompletely()
    {
        TestLibrary library;
        QVERIFY(library.isValid());
        const ImportResult result = SampleLibrary::import(library.database());
        QVERIFY2(result.ok, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.format, QStringLiteral("page"));
        QCOMPARE(result.episodeIds.size(), 1);

        // The seed episode plus its nine related episodes, known only by title.
        QCOMPARE(library.count(QStringLiteral("episodes")), 10);
        QCOMPARE(scalar(library,
                        QStringLiteral(
                                "SELECT count(*) FROM episodes WHERE known_only_by_title = 1")),
                 9);
        QCOMPARE(library.count(QStringLiteral("topics")), 3);
        QCOMPARE(library.count(QStringLiteral("citations")), 7);
        QCOMPARE(scalar(library, QStringLiteral("SELECT count(DISTINCT number) FROM citations")),
                 6);
        QCOMPARE(scalar(library, QStringLiteral("SELECT count(*) FROM clips WHERE kind = 1")), 6);
        QCOMPARE(scalar(library,
                        QStringLiteral("SELECT count(*) FROM citations WHERE clip_id IS NULL")),
                 0);
        // Marker 1 appears in two topics; both play the same clip.
        QCOMPARE(scalar(library,
                        QStringLiteral(
                                "SELECT count(DISTINCT clip_id) FROM citations WHERE number = 1")),
                 1);
        QCOMPARE(scalar(library, QStringLiteral("SELECT count(*) FROM citations WHERE number = 1")),
                 2);
        QVERIFY(scalar(library, QStringLiteral("SELECT count(*) FROM clips WHERE kind = 2")) >= 3);
        QVERIFY(library.count(QStringLiteral("highlights")) >= 3);
        QVERIFY(library.count(QStringLiteral("questions")) >= 3);
        QCOMPARE(scalar(library,
                        QStringLiteral("SELECT count(*) FROM questions WHERE clip_id IS NULL")),
                 0);
        QCOMPARE(scalar(library,
                        QStringLiteral("SELECT count(*) FROM related_episodes WHERE "
                                       "questions_answered = 383")),
                 9);
        QCOMPARE(scalar(library,
                        QStringLiteral("SELECT count(*) FROM related_episodes WHERE "
                                       "target_episode_id IS NULL")),
                 0);

        // The narration sits beside the library and is stored relative to it.
        EpisodeReader reader(library.connection(), library.path());
        const std::optional<Episode> episode
                = reader.findEpisode(QStringLiteral("citecast-sample-ep11"));
        QVERIFY(episode);
        QCOMPARE(episode->audio.kind, AudioSource::Kind::File);
        QVERIFY(QDir::isRelativePath(episode->audio.location));
        QVERIFY(QFile::exists(reader.resolvedAudio(episode->audio)));
        QCOMPARE(episode->number, 11);
        QCOMPARE(episode->guests, QStringList {QStringLiteral("Tatsu Hashimoto")});
    }

    void reimportChangesNothing()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        QSqlQuery query(library.connection());
        QVERIFY(query.exec(
                QStringLiteral("UPDATE clips SET play_count = 3 WHERE clip_key = 'citation:4'")));
        const QString before = library.dump();
        const ImportResult again = SampleLibrary::import(library.database());
        QVERIFY(again.ok);
        QCOMPARE(library.dump(), before); // same ids, same rows, play counts kept
    }

    void pageWithoutSidecarHasNoAudioYet()
    {
        TestLibrary library;
        const QString page = QDir(library.dir()).filePath(QStringLiteral("page.txt"));
        QVERIFY(writeFile(
                page,
                readFile(TestPaths::source(QStringLiteral("resources/sample/episode-page.txt")))));
        const ImportResult result = Importer(library.database()).importFile(page);
        QVERIFY2(result.ok, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(library.count(QStringLiteral("clips")), 0);
        QCOMPARE(scalar(library,
                        QStringLiteral("SELECT count(*) FROM citations WHERE clip_id IS NULL")),
                 7);
        EpisodeReader reader(library.connection(), library.path());
        const std::optional<EpisodeContent> content = reader.content(result.episodeIds.first());
        QVERIFY(content);
        QVERIFY(content->episode.audio.isNull());
        QVERIFY(!content->citationClip(4));
    }

    void sidecarBesidePageIsUsed()
    {
        TestLibrary library;
        const QDir dir(library.dir());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ep.txt")),
                          "Ep 3: A Page\nTopic\nFirst claim 1. Second claim 2.\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ep.citecast.json")),
                          R"({"citecastSidecar": 1, "audio": {"path": "media/ep.opus"},
                              "clips": [{"kind": "citation", "citation": 2, "start": "0:05", "end": "0:09.5"}]})"));
        const ImportResult result
                = Importer(library.database()).importFile(dir.filePath(QStringLiteral("ep.txt")));
        QVERIFY2(result.ok, qPrintable(result.error ? result.error->toString() : QString()));
        EpisodeReader reader(library.connection(), library.path());
        const EpisodeContent content = *reader.content(result.episodeIds.first());
        QCOMPARE(content.episode.number, 3);
        const Clip *two = content.citationClip(2);
        QVERIFY(two);
        QCOMPARE(two->startMs, 5000);
        QCOMPARE(two->endMs, 9500);
        QVERIFY(!content.citationClip(1));
        QCOMPARE(content.topics.at(0).citations.at(1).clipId, two->id);
        QCOMPARE(content.topics.at(0).citations.at(0).clipId, 0);
        // Relative to the page, stored relative to the library (the same folder here).
        QCOMPARE(content.episode.audio.location, QStringLiteral("media/ep.opus"));
    }

    void brokenFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("sidecar");
        QTest::addColumn<QString>("message");
        QTest::newRow("page without topics")
                << QStringLiteral("a.txt") << QByteArray("Title only\n") << QByteArray()
                << QStringLiteral("a.txt:");
        QTest::newRow("broken sidecar")
                << QStringLiteral("b.txt") << QByteArray("T\nTopic\nClaim 1.\n")
                << QByteArray(R"({"citecastSidecar": 1, "clips": [)")
                << QStringLiteral("b.citecast.json:");
        QTest::newRow("pack with bad clip")
                << QStringLiteral("c.json")
                << QByteArray(R"({"citecastPack": 1, "episodes": [{"title": "X", "clips": [
                       {"kind": "popular", "start": 5000, "end": 4000}]}]})")
                << QByteArray() << QStringLiteral("must be after start");
        QTest::newRow("sidecar alone")
                << QStringLiteral("d.json") << QByteArray(R"({"citecastSidecar": 1})")
                << QByteArray() << QStringLiteral("sidecar");
    }

    void brokenFilesChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, sidecar);
        QFETCH(QString, message);
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        const QString before = library.dump();
        const QString path = QDir(library.dir()).filePath(name);
        QVERIFY(writeFile(path, bytes));
        if (!sidecar.isEmpty())
            QVERIFY(writeFile(Importer::sidecarPathFor(path), sidecar));
        const ImportResult result = Importer(library.database()).importFile(path);
        QVERIFY(!result.ok);
        QVERIFY(result.error);
        QVERIFY2(result.error->toString().contains(message), qPrintable(result.error->toString()));
        QVERIFY(result.episodeIds.isEmpty());
        QCOMPARE(library.dump(), before);
    }

    void missingFileIsReported()
    {
        TestLibrary library;
        const ImportResult result
                = Importer(library.database()).importFile(QStringLiteral("/nonexistent/x.txt"));
        QVERIFY(!result.ok);
        QVERIFY(result.error->toString().startsWith(
                QStringLiteral("/nonexistent/x.txt: cannot read")));
    }

    void failedWriteRollsBackTheWholeFile()
    {
        TestLibrary library;
        EpisodeContent good;
        good.episode.guid = QStringLiteral("good");
        good.episode.title = QStringLiteral("Good");
        EpisodeContent bad = good;
        bad.episode.guid = QStringLiteral("bad");
        bad.episode.title = QStringLiteral("Bad");
        Clip clip;
        clip.key = QStringLiteral("popular:0");
        clip.kind = ClipKind::Popular;
        clip.startMs = 5000;
        clip.endMs = 1000; // the schema's CHECK refuses it
        bad.clips << clip;
        {
            Transaction transaction(library.connection());
            EpisodeWriter writer(library.connection(), library.path());
            QVERIFY(writer.write(good) > 0);
            QCOMPARE(writer.write(bad), 0);
            QVERIFY(!writer.errorString().isEmpty());
        } // not committed
        QCOMPARE(library.count(QStringLiteral("episodes")), 0);
    }

    void knownByTitleBecomesTheImportedEpisode()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        const qint64 stubId
                = scalar(library,
                         QStringLiteral("SELECT id FROM episodes WHERE title = 'LlamaIndex CEO "
                                        "Jerry Liu on Trends in LLM Applications'"));
        QVERIFY(stubId > 0);
        const QString path = QDir(library.dir()).filePath(QStringLiteral("pack.json"));
        QVERIFY(writeFile(path, minimalPack));
        const ImportResult result = Importer(library.database()).importFile(path);
        QVERIFY2(result.ok, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.episodeIds, QVector<qint64> {stubId});
        QCOMPARE(library.count(QStringLiteral("episodes")), 10);
        QCOMPARE(scalar(library,
                        QStringLiteral("SELECT known_only_by_title FROM episodes WHERE id = %1")
                                .arg(stubId)),
                 0);
        QCOMPARE(
                scalar(library,
                       QStringLiteral(
                               "SELECT count(*) FROM episodes WHERE guid = 'urn:test:llamaindex'")),
                1);
        QCOMPARE(
                scalar(library,
                       QStringLiteral(
                               "SELECT count(*) FROM related_episodes WHERE target_episode_id = %1")
                               .arg(stubId)),
                1);
        // Importing the pack again changes nothing.
        const QString before = library.dump();
        QVERIFY(Importer(library.database()).importFile(path).ok);
        QCOMPARE(library.dump(), before);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
