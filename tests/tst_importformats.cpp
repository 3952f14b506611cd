// What `citecast import` takes a file for, from its first bytes and, when they cannot tell, its
// name: one row per kind, and the look-alikes that must not be mistaken.
#include "feeds/ImportFormats.h"
#include "support/TestLibrary.h"

#include <QFile>
#include <QtTest>

Q_DECLARE_METATYPE(ImportFormats::Format)

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestImportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<ImportFormats::Format>("format");
        using F = ImportFormats::Format;
        const struct
        {
            const char *path;
            F format;
        } rows[] = {
                {"packs/full.json", F::Pack},
                {"packs/sidecar/ep11.citecast.json", F::Pack}, // the importer explains sidecars
                {"feeds/library/show.xml", F::Feed},
                {"feeds/library/broken.xml", F::Feed}, // the feed parser locates the error
                {"feeds/podcastparser-suite/atom_updated.rss", F::Feed},
                {"feeds/partytime/partytime-sentimental-garbage.xml", F::Feed}, // blank line first
                {"feeds/quirks/partytime-SOM.xml.gz", F::Feed},
                {"opml/nested-opml1.opml", F::Opml},
                {"chapters/example.json", F::Chapters},
                {"chapters/exampleComplex.json", F::Chapters},
                {"feeds/library/ep1-chapters.json", F::Chapters},
                {"transcripts/example.srt", F::Transcript},
                {"transcripts/example.vtt", F::Transcript},
                {"transcripts/example.json", F::Transcript},
                {"transcripts/example.html", F::Transcript},
                {"feeds/library/ep2.srt", F::Transcript},
        };
        for (const auto &row : rows)
            QTest::newRow(row.path) << TestPaths::data(QLatin1String(row.path)) << row.format;
        QTest::newRow("sample page")
                << TestPaths::source(QStringLiteral("resources/sample/episode-page.txt"))
                << F::Page;
    }

    void detectsFiles()
    {
        QFETCH(QString, path);
        QFETCH(ImportFormats::Format, format);
        const QByteArray bytes = readFile(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        QCOMPARE(ImportFormats::name(ImportFormats::detect(bytes, path)),
                 ImportFormats::name(format));
    }

    void detectsLookAlikes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::newRow("rss mentioning opml") << QByteArray(
                "<?xml version=\"1.0\"?>\n<!-- exported, not <opml> -->\n<rss><channel>"
                "<description>&lt;opml&gt; <![CDATA[<opml>]]></description>")
                                             << QStringLiteral("x.xml") << QStringLiteral("feed");
        QTest::newRow("opml with a doctype")
                << QByteArray("\xef\xbb\xbf<!DOCTYPE opml>\n<opml version=\"2.0\"><body/></opml>")
                << QStringLiteral("subs.xml") << QStringLiteral("opml");
        QTest::newRow("rdf") << QByteArray("<rdf:RDF xmlns:rdf=\"x\"><channel/></rdf:RDF>")
                             << QStringLiteral("feed") << QStringLiteral("feed");
        QTest::newRow("pack naming chapters")
                << QByteArray("{\"citecastPack\": 1, \"episodes\": [{\"chapters\": []}]}")
                << QStringLiteral("p.json") << QStringLiteral("pack");
        QTest::newRow("empty srt cue list by name")
                << QByteArray("\n\n") << QStringLiteral("captions.srt")
                << QStringLiteral("transcript");
        QTest::newRow("srt with a BOM")
                << QByteArray("\xef\xbb\xbf"
                              "1\r\n00:00:01,000 --> 00:00:02,000\r\nHello\r\n")
                << QStringLiteral("noname") << QStringLiteral("transcript");
        QTest::newRow("webvtt") << QByteArray("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n")
                                << QStringLiteral("noname") << QStringLiteral("transcript");
        QTest::newRow("unknown json") << QByteArray("{\"something\": 1}")
                                      << QStringLiteral("x.json") << QStringLiteral("pack");
    }

    void detectsLookAlikes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QCOMPARE(ImportFormats::name(ImportFormats::detect(bytes, fileName)), format);
    }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
