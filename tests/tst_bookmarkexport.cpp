// The export formats against golden files in tests/data/bookmarks/ (set CITECAST_UPDATE_GOLDEN=1
// to rewrite them after a deliberate change, then read the diff), plus the rules each format
// promises: CSV quoting and formula safety, YAML and XML escaping, safe tags and file names.
#include "bookmarks/BookmarkCsv.h"
#include "bookmarks/BookmarkExporter.h"
#include "bookmarks/BookmarkJson.h"
#include "bookmarks/BookmarkMarkdown.h"
#include "bookmarks/BookmarkSoundbites.h"
#include "support/TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// 2024-05-01T09:30:00.000Z and a little later.
constexpr qint64 may1 = 1714555800000;

// Every kind, an orphan, awkward text: commas, quotes, line breaks, a formula, XML, a tag with
// spaces, a guid that is a URL.
QVector<Bookmark> fixture()
{
    Bookmark insight;
    insight.uid = QStringLiteral("00000000-0000-4000-8000-000000000001");
    insight.kind = BookmarkKind::Insight;
    insight.episodeGuid = QStringLiteral("citecast-sample-ep11");
    insight.episodeTitle = QStringLiteral("Stanford Professor Tatsu Hashimoto on AI Biases");
    insight.show = QStringLiteral("Citecast sample");
    insight.startMs = 21680;
    insight.endMs = 32348;
    insight.clipKey = QStringLiteral("citation:1");
    insight.topicTitle = QStringLiteral("Model Insights");
    insight.sentence = QStringLiteral("He explains that the base model matters most.");
    insight.citationNumber = 1;
    insight.quote = insight.sentence;
    insight.note
            = QStringLiteral("Compare with \"Chinchilla\", later.\nSecond line, with a comma.");
    insight.tags = {QStringLiteral("AI"), QStringLiteral("open source"), QStringLiteral("2024")};
    insight.starred = true;
    insight.createdMs = may1;
    insight.updatedMs = may1 + 60000;

    Bookmark range = insight;
    range.uid = QStringLiteral("00000000-0000-4000-8000-000000000002");
    range.kind = BookmarkKind::Range;
    range.startMs = 3723004;
    range.endMs = 3725500;
    range.clipKey.clear();
    range.topicTitle.clear();
    range.sentence.clear();
    range.citationNumber = 0;
    range.quote = QStringLiteral("Tom & Jerry <say> 'hi'");
    range.note = QStringLiteral("=HYPERLINK(\"http://evil\")");
    range.tags = {QStringLiteral("to check")};
    range.starred = false;
    range.createdMs = may1 + 1000;
    range.updatedMs = may1 + 1000;

    Bookmark topic = insight;
    topic.uid = QStringLiteral("00000000-0000-4000-8000-000000000003");
    topic.kind = BookmarkKind::Topic;
    topic.startMs = -1;
    topic.endMs = -1;
    topic.clipKey.clear();
    topic.sentence.clear();
    topic.citationNumber = 0;
    topic.quote = QStringLiteral("Shares insights on what drives improvements.");
    topic.note.clear();
    topic.tags.clear();
    topic.starred = false;
    topic.createdMs = may1 + 2000;
    topic.updatedMs = may1 + 2000;

    Bookmark orphan;
    orphan.uid = QStringLiteral("00000000-0000-4000-8000-000000000004");
    orphan.kind = BookmarkKind::Clip;
    orphan.episodeGuid = QStringLiteral("https://feeds.example.org/ep/7?x=1&y=2");
    orphan.episodeTitle = QStringLiteral("A Deleted Episode: Part 1/2");
    orphan.startMs = 600000;
    orphan.endMs = 645000;
    orphan.clipKey = QStringLiteral("popular:0");
    orphan.quote = QStringLiteral("The tea-kettle analogy");
    orphan.note = QStringLiteral("-- kept after the episode was deleted");
    orphan.tags = {QStringLiteral("analogies")};
    orphan.createdMs = may1 - 86400000;
    orphan.updatedMs = may1 - 86400000;

    Bookmark episode = orphan;
    episode.uid = QStringLiteral("00000000-0000-4000-8000-000000000005");
    episode.kind = BookmarkKind::Episode;
    episode.startMs = -1;
    episode.endMs = -1;
    episode.clipKey.clear();
    episode.quote.clear();
    episode.note = QStringLiteral("Whole episode worth a second listen.");
    episode.tags.clear();
    return {insight, range, topic, orphan, episode};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Compares with the golden file, or rewrites it when asked to.
void compareGolden(const QString &name, const QByteArray &actual)
{
    const QString path = TestPaths::data(QStringLiteral("bookmarks/") + name);
    if (qEnvironmentVariableIsSet("CITECAST_UPDATE_GOLDEN")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
    }
    const QByteArray expected = readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(path));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
    QCOMPARE(actual, expected);
}

} // namespace

class TestBookmarkExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesGoldenFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        const QVector<Bookmark> bookmarks = fixture();
        QTest::newRow("markdown, one note")
                << QStringLiteral("all.md") << BookmarkMarkdown::singleFile(bookmarks);
        for (const BookmarkMarkdown::File &file : BookmarkMarkdown::perEpisode(bookmarks))
            QTest::newRow(qPrintable(QStringLiteral("markdown, ") + file.fileName))
                    << QStringLiteral("per-episode/") + file.fileName << file.bytes;
        QTest::newRow("json") << QStringLiteral("bookmarks.json")
                              << BookmarkJson::exportDocument(bookmarks);
        QTest::newRow("csv") << QStringLiteral("bookmarks.csv")
                             << BookmarkCsv::exportDocument(bookmarks);
        QTest::newRow("csv with BOM") << QStringLiteral("bookmarks-bom.csv")
                                      << BookmarkCsv::exportDocument(bookmarks, {true});
        QTest::newRow("soundbites") << QStringLiteral("soundbites.xml")
                                    << BookmarkSoundbites::exportDocument(bookmarks);
    }

    void matchesGoldenFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        compareGolden(name, bytes);
    }

    void perEpisodeNotesAreNamedSafely()
    {
        const QVector<BookmarkMarkdown::File> files = BookmarkMarkdown::perEpisode(fixture());
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).fileName, QStringLiteral("A Deleted Episode Part 1 2.md"));
        QCOMPARE(files.at(1).fileName,
                 QStringLiteral("Stanford Professor Tatsu Hashimoto on AI Biases.md"));
        QCOMPARE(BookmarkMarkdown::fileNameFor(QStringLiteral("..."), QStringLiteral("g")),
                 QStringLiteral("episode"));
        // Two episodes with one title get two files.
        QVector<Bookmark> twins = fixture().mid(0, 1);
        twins << twins.at(0);
        twins[1].episodeGuid = QStringLiteral("other");
        twins[1].uid = QStringLiteral("other-uid");
        const QVector<BookmarkMarkdown::File> named = BookmarkMarkdown::perEpisode(twins);
        QCOMPARE(named.size(), 2);
        QVERIFY(named.at(1).fileName.endsWith(QStringLiteral(" (2).md")));
    }

    void markdownCarriesFrontMatterQuotesTagsAndLinks()
    {
        const QString md = QString::fromUtf8(BookmarkMarkdown::perEpisode(fixture()).at(1).bytes);
        QVERIFY(md.startsWith(QStringLiteral("---\ntitle: \"Stanford Professor")));
        QVERIFY(md.contains(QStringLiteral("\nepisode_guid: \"citecast-sample-ep11\"\n")));
        QVERIFY(md.contains(QStringLiteral("\ncreated: 2024-05-01T09:30:00.000Z\n")));
        QVERIFY(md.contains(QStringLiteral("\n  - open-source\n")));
        QVERIFY(md.contains(QStringLiteral("\n> He explains that the base model matters most.\n")));
        QVERIFY(md.contains(QStringLiteral("#AI #open-source #_2024")));
        QVERIFY(md.contains(QStringLiteral("[00:00:21\u201300:00:32](citecast://episode/"
                                           "citecast-sample-ep11?t=21680-32348)")));
        QVERIFY(md.contains(QStringLiteral("[01:02:03\u201301:02:05]")));
    }

    void csvIsSpreadsheetSafe_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("plain");
        QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+33 1") << QStringLiteral("'+33 1");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
        QTest::newRow("formula with comma")
                << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("empty") << QString() << QString();
    }

    void csvIsSpreadsheetSafe()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(BookmarkCsv::cell(value), cell);
    }

    void csvRowsAreRfc4180()
    {
        const QByteArray csv = BookmarkCsv::exportDocument(fixture());
        QVERIFY(csv.startsWith("uid,kind,"));
        QVERIFY(csv.contains("\r\n"));
        QVERIFY(!csv.contains("\xEF\xBB\xBF"));
        QVERIFY(BookmarkCsv::exportDocument(fixture(), {true})
                        .startsWith("\xEF\xBB\xBF"
                                    "uid,"));
        // Header plus five rows: line breaks inside quoted cells are not record ends.
        QCOMPARE(csv.count("\r\n"), 6);
    }

    void soundbitesAreValidElements()
    {
        QCOMPARE(BookmarkSoundbites::seconds(12340), QStringLiteral("12.34"));
        QCOMPARE(BookmarkSoundbites::seconds(60000), QStringLiteral("60.0"));
        QCOMPARE(BookmarkSoundbites::seconds(5), QStringLiteral("0.005"));
        const QVector<BookmarkSoundbites::Episode> episodes
                = BookmarkSoundbites::perEpisode(fixture());
        QCOMPARE(episodes.size(), 2);
        QCOMPARE(episodes.at(1).lines.size(), 2); // the topic bookmark has no span
        QCOMPARE(episodes.at(1).lines.at(0),
                 QStringLiteral("<podcast:soundbite startTime=\"21.68\" duration=\"10.668\">He "
                                "explains that the base model matters most."
                                "</podcast:soundbite>"));
        QVERIFY(episodes.at(1).lines.at(1).contains(
                QStringLiteral(">Tom &amp; Jerry &lt;say&gt; &apos;hi&apos;<")));
    }

    void exporterWritesFilesAndFolders()
    {
        QTemporaryDir dir;
        BookmarkExporter exporter;
        const QString folder = dir.filePath(QStringLiteral("notes"));
        QVERIFY2(exporter.write(fixture(), BookmarkExporter::Format::Markdown, folder),
                 qPrintable(exporter.errorString()));
        QCOMPARE(exporter.writtenFiles().size(), 2);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
        const QString one = dir.filePath(QStringLiteral("all.md"));
        QVERIFY(exporter.write(fixture(), BookmarkExporter::Format::Markdown, one));
        QCOMPARE(readFile(one), BookmarkMarkdown::singleFile(fixture()));
        const QString csv = dir.filePath(QStringLiteral("b.csv"));
        QVERIFY(exporter.write(fixture(), BookmarkExporter::Format::Csv, csv, {true}));
        QVERIFY(readFile(csv).startsWith("\xEF\xBB\xBF"));
        // A file where a folder is needed is refused.
        QVERIFY(!exporter.write(fixture(), BookmarkExporter::Format::Markdown, csv));
        QVERIFY(exporter.errorString().contains(csv));
        QCOMPARE(BookmarkExporter::formatFromName(QStringLiteral("soundbite")),
                 BookmarkExporter::Format::Soundbite);
        QVERIFY(!BookmarkExporter::formatFromName(QStringLiteral("pdf")));
    }
};

QTEST_GUILESS_MAIN(TestBookmarkExport)
#include "tst_bookmarkexport.moc"
