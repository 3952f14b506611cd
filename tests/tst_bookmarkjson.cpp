// The JSON export is lossless: exported, imported into a fresh library and exported again it is
// byte-identical and every row is equal. A malformed file gives one located error and imports
// nothing; importing the same file again adds nothing.
#include "bookmarks/BookmarkDrafts.h"
#include "bookmarks/BookmarkImporter.h"
#include "bookmarks/BookmarkJson.h"
#include "bookmarks/BookmarkStore.h"
#include "import/SampleLibrary.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace {

// Every field but the library's own ids, in uid order.
QVector<Bookmark> portable(QVector<Bookmark> bookmarks)
{
    for (Bookmark &b : bookmarks) {
        b.id = 0;
        b.episodeId = 0;
    }
    std::sort(bookmarks.begin(), bookmarks.end(),
              [](const Bookmark &a, const Bookmark &b) { return a.uid < b.uid; });
    return bookmarks;
}

QByteArray file(const QByteArray &items)
{
    return QByteArray("{\"citecastBookmarks\": 1, \"bookmarks\": [\n") + items + "\n]}\n";
}

const QByteArray good = R"({"uid": "u1", "kind": "range", "episodeGuid": "g", "startMs": 0, )"
                        R"("endMs": 1000, "createdAt": "2024-05-01T09:30:00.000Z"})";

} // namespace

class TestBookmarkJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsLossless()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        EpisodeReader reader(library.connection(), library.path());
        const EpisodeContent sample
                = *reader.content(reader.findEpisode(QStringLiteral("citecast-sample-ep11"))->id);
        BookmarkStore store(library.connection());
        Bookmark insight = BookmarkDrafts::insight(sample, 2, 0);
        insight.note = QStringLiteral(
                "Multi-line\nnote with \"quotes\", commas and \u00e9\u00e8 \U0001F3A7");
        insight.tags = {QStringLiteral("ai"), QStringLiteral("open source")};
        insight.starred = true;
        QVERIFY(store.add(insight));
        QVERIFY(store.add(BookmarkDrafts::topic(sample, 0)));
        QVERIFY(store.add(BookmarkDrafts::episode(sample.episode)));
        QVERIFY(store.add(BookmarkDrafts::clip(sample, sample.clips.constLast())));
        QVERIFY(store.add(BookmarkDrafts::range(sample, 1234, 5678)));
        Bookmark orphan = BookmarkDrafts::range(sample, 1, 2);
        orphan.episodeGuid = QStringLiteral("urn:gone");
        orphan.episodeTitle = QStringLiteral("Gone");
        orphan.episodeId = 0;
        orphan.createdMs = 1;
        orphan.updatedMs = 999;
        QVERIFY(store.add(orphan));
        Bookmark edited = store.bookmarks().constFirst();
        edited.quote = QStringLiteral("changed later");
        QVERIFY(store.update(edited));

        const QVector<Bookmark> original = store.bookmarks();
        QCOMPARE(original.size(), 6);
        const QByteArray exported = BookmarkJson::exportDocument(original);
        const QJsonObject root = QJsonDocument::fromJson(exported).object();
        QCOMPARE(root.value(QStringLiteral("citecastBookmarks")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("bookmarks")).toArray().size(), 6);

        TestLibrary fresh;
        BookmarkStore freshStore(fresh.connection());
        const BookmarkImporter::Result result
                = BookmarkImporter(freshStore).importData(exported, QStringLiteral("b.json"));
        QVERIFY2(result.ok, qPrintable(result.error ? result.error->toString() : QString()));
        QCOMPARE(result.counts.added, 6);
        const QVector<Bookmark> imported = freshStore.bookmarks();
        QCOMPARE(BookmarkJson::exportDocument(imported), exported);
        QCOMPARE(portable(imported), portable(original));

        // Again: nothing is added twice.
        const QString before = fresh.dump();
        const BookmarkImporter::Result again
                = BookmarkImporter(freshStore).importData(exported, QStringLiteral("b.json"));
        QVERIFY(again.ok);
        QCOMPARE(again.counts.added, 0);
        QCOMPARE(again.counts.unchanged, 6);
        QCOMPARE(fresh.dump(), before);
    }

    void malformedFilesAreLocatedAndImportNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << file(good + ",\n{\"uid\": \"u2\",}") << 3 << 14 << QString()
                                << QStringLiteral("JSON");
        QTest::newRow("not a bookmarks file")
                << QByteArray("{\"citecastPack\": 1}") << 1 << 1 << QString()
                << QStringLiteral("not a Citecast bookmarks file");
        QTest::newRow("later version")
                << QByteArray("{\"citecastBookmarks\": 2, \"bookmarks\": []}") << 1 << 23
                << QStringLiteral("citecastBookmarks") << QStringLiteral("format 2");
        QTest::newRow("end before start")
                << file(good
                        + ",\n"
                          R"({"uid": "u2", "kind": "range", "episodeGuid": "g", "startMs": 500, )"
                          R"("endMs": 100, "createdAt": "2024-05-01T09:30:00.000Z"})")
                << 3 << 77 << QStringLiteral("bookmarks[1].endMs")
                << QStringLiteral("after startMs");
        QTest::newRow("unknown kind")
                << file(R"({"uid": "u1", "kind": "podcast", "episodeGuid": "g", )"
                        R"("createdAt": "2024-05-01T09:30:00.000Z"})")
                << 2 << 23 << QStringLiteral("bookmarks[0].kind") << QStringLiteral("insight");
        QTest::newRow("tag not a string") << file(
                good
                + ",\n"
                  R"({"uid": "u2", "kind": "episode", "episodeGuid": "g", "tags": ["a", 7], )"
                  R"("createdAt": "2024-05-01T09:30:00.000Z"})")
                                          << 3 << 68 << QStringLiteral("bookmarks[1].tags[1]")
                                          << QStringLiteral("string");
        QTest::newRow("starred not a boolean")
                << file(R"({"uid": "u1", "kind": "episode", "episodeGuid": "g", "starred": "yes", )"
                        R"("createdAt": "2024-05-01T09:30:00.000Z"})")
                << 2 << 65 << QStringLiteral("bookmarks[0].starred")
                << QStringLiteral("true or false");
        QTest::newRow("bad time") << file(R"({"uid": "u1", "kind": "episode", "episodeGuid": "g", )"
                                          R"("createdAt": "yesterday"})")
                                  << 2 << 67 << QStringLiteral("bookmarks[0].createdAt")
                                  << QStringLiteral("UTC time");
        QTest::newRow("missing uid") << file(
                R"({"kind": "episode", "episodeGuid": "g", "createdAt": "2024-05-01T09:30:00.000Z"})")
                                     << 2 << 1 << QStringLiteral("bookmarks[0].uid")
                                     << QStringLiteral("required");
        QTest::newRow("insight without sentence")
                << file(R"({"uid": "u1", "kind": "insight", "episodeGuid": "g", )"
                        R"("createdAt": "2024-05-01T09:30:00.000Z"})")
                << 2 << 1 << QStringLiteral("bookmarks[0].sentence") << QStringLiteral("sentence");
        QTest::newRow("duplicate uid")
                << file(good + ",\n" + good) << 3 << 9 << QStringLiteral("bookmarks[1].uid")
                << QStringLiteral("already used by bookmarks[0]");
        QTest::newRow("not UTF-8") << file(R"({"uid": "u1", "kind": "episode", "episodeGuid": "g)"
                                           "\xff"
                                           R"(", "createdAt": "2024-05-01T09:30:00.000Z"})")
                                   << 2 << 51 << QString() << QStringLiteral("UTF-8");
    }

    void malformedFilesAreLocatedAndImportNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, path);
        QFETCH(QString, message);
        TestLibrary library;
        BookmarkStore store(library.connection());
        Bookmark existing;
        existing.kind = BookmarkKind::Episode;
        existing.episodeGuid = QStringLiteral("g");
        QVERIFY(store.add(existing));
        const QString before = library.dump();

        const BookmarkImporter::Result result
                = BookmarkImporter(store).importData(json, QStringLiteral("bad.json"));
        QVERIFY(!result.ok);
        QVERIFY(result.error);
        const ImportError &error = *result.error;
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.file, QStringLiteral("bad.json"));
        QCOMPARE(error.path, path);
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY(error.toString().startsWith(
                QStringLiteral("bad.json:%1:%2").arg(line).arg(column)));
        QCOMPARE(library.dump(), before);
    }

    void listObjectsCarryLibraryIds()
    {
        Bookmark b;
        b.id = 7;
        b.episodeId = 3;
        b.kind = BookmarkKind::Range;
        b.episodeGuid = QStringLiteral("a/b");
        b.startMs = 1000;
        b.endMs = 2000;
        b.createdMs = 1714555800123;
        b.updatedMs = 1714555800123;
        const QJsonObject object = BookmarkJson::toObject(b, true);
        for (const char *key : {"id", "episodeId", "episodeGuid", "kind", "quote", "note", "tags",
                                "starred", "startMs", "endMs", "createdAt", "updatedAt", "link"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        QCOMPARE(object.value(QStringLiteral("id")).toInteger(), 7);
        QCOMPARE(object.value(QStringLiteral("createdAt")).toString(),
                 QStringLiteral("2024-05-01T09:30:00.123Z"));
        QCOMPARE(object.value(QStringLiteral("link")).toString(),
                 QStringLiteral("citecast://episode/a%2Fb?t=1000-2000"));
        QVERIFY(!BookmarkJson::toObject(b, false).contains(QStringLiteral("id")));
        b.episodeId = 0;
        QVERIFY(BookmarkJson::toObject(b, true).value(QStringLiteral("episodeId")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestBookmarkJson)
#include "tst_bookmarkjson.moc"
