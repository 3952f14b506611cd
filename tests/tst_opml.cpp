// OpmlParser and OpmlWriter: OPML 1.0 and 2.0 with nested folders, a real export, a round trip.
#include "feeds/FeedUrl.h"
#include "feeds/OpmlParser.h"
#include "feeds/OpmlWriter.h"

#include <QDir>
#include <QtTest>

namespace {

QString describe(const Subscription &subscription)
{
    return subscription.folder.join(QLatin1Char('/')) + QLatin1Char('|') + subscription.title
            + QLatin1Char('|') + subscription.feedUrl;
}

QStringList describeAll(const QVector<Subscription> &subscriptions)
{
    QStringList all;
    for (const Subscription &subscription : subscriptions)
        all << describe(subscription);
    return all;
}

Parsed<OpmlDocument> parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Parsed<OpmlDocument>::failure(
                ImportError {path, 0, 0, QString(), file.errorString()});
    return OpmlParser::parse(file.readAll(), QFileInfo(path).fileName());
}

} // namespace

class TestOpml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNestedFolders();
    void readsARealExport();
    void roundTrips();
    void locatesMistakes_data();
    void locatesMistakes();
    void normalizesAddresses_data();
    void normalizesAddresses();
};

void TestOpml::readsNestedFolders()
{
    const Parsed<OpmlDocument> parsed
            = parseFile(QStringLiteral(CITECAST_TEST_DATA "/opml/nested-opml1.opml"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    QCOMPARE(parsed.value.title, QStringLiteral("My podcasts"));
    QCOMPARE(describeAll(parsed.value.subscriptions()),
             (QStringList {
                     QStringLiteral("Science/Physics|Quantum Hour|http://quantum.example.org/rss"),
                     QStringLiteral("Science|Biology Weekly|https://bio.example.net/feed.xml"),
                     QStringLiteral("News & Politics|Morning Brief|http://news.example.com/brief"),
                     QStringLiteral("|Loose show|https://loose.example.org/podcast")}));
    QCOMPARE(parsed.value.subscriptions().constFirst().siteUrl,
             QStringLiteral("https://quantum.example.org/"));
    // The empty folder is dropped; the tree keeps Science > Physics.
    QCOMPARE(parsed.value.outlines.size(), 3);
    QCOMPARE(parsed.value.outlines.at(1).children.size(), 1);
    QCOMPARE(parsed.value.outlines.at(0).children.at(0).title, QStringLiteral("Physics"));
}

void TestOpml::readsARealExport()
{
    const QString path
            = QStringLiteral(CITECAST_SHARED_CORPUS "/opml/gnome-podcasts-export_test.opml");
    if (!QFile::exists(path))
        QSKIP("GPL-licensed export: needs ../shared/corpus, which is not here");
    const Parsed<OpmlDocument> parsed = parseFile(path);
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    const QVector<Subscription> subscriptions = parsed.value.subscriptions();
    QCOMPARE(subscriptions.size(), 6);
    QCOMPARE(subscriptions.constFirst().title,
             QStringLiteral("David Harvey's Anti-Capitalist Chronicles"));
    QCOMPARE(subscriptions.constFirst().siteUrl,
             QStringLiteral("https://www.democracyatwork.info/acc"));
    QVERIFY(subscriptions.constFirst().folder.isEmpty());
}

void TestOpml::roundTrips()
{
    const Parsed<OpmlDocument> original
            = parseFile(QStringLiteral(CITECAST_TEST_DATA "/opml/nested-opml1.opml"));
    QVERIFY(original.ok);
    // Through the flat list the library keeps, back to a tree, out as OPML 2.0 and in again.
    const OpmlDocument rebuilt
            = OpmlDocument::fromSubscriptions(original.value.title, original.value.subscriptions());
    const QByteArray written = OpmlWriter::write(rebuilt);
    QVERIFY(written.contains("<opml version=\"2.0\">"));
    QVERIFY(written.contains("News &amp; Politics"));
    const Parsed<OpmlDocument> again = OpmlParser::parse(written, QStringLiteral("out.opml"));
    QVERIFY2(again.ok, qPrintable(again.error.toString()));
    QCOMPARE(again.value.title, original.value.title);
    QCOMPARE(describeAll(again.value.subscriptions()), describeAll(original.value.subscriptions()));
    QCOMPARE(OpmlWriter::write(again.value), written);
}

void TestOpml::locatesMistakes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("not OPML") << QByteArray("<rss><channel/></rss>") << 1 << "not an OPML file";
    QTest::newRow("not well-formed")
            << QByteArray("<opml version=\"2.0\">\n<body>\n<outline text=\"a\">\n</body></opml>")
            << 4 << "";
}

void TestOpml::locatesMistakes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, message);
    const Parsed<OpmlDocument> parsed = OpmlParser::parse(bytes, QStringLiteral("subs.opml"));
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.error.file, QStringLiteral("subs.opml"));
    QCOMPARE(parsed.error.line, line);
    QVERIFY(parsed.error.column > 0);
    QVERIFY2(parsed.error.message.contains(message), qPrintable(parsed.error.message));
}

QTEST_GUILESS_MAIN(TestOpml)
// What OPML outlines (and the Subscribe dialog) give as xmlUrl becomes an address to fetch; other
// schemes stay as they are so that the subscription store refuses them instead of fetching
// "http://mailto:...".
void TestOpml::normalizesAddresses_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https") << QStringLiteral(" https://a.example/rss ")
                           << QStringLiteral("https://a.example/rss");
    QTest::newRow("feed://") << QStringLiteral("feed://a.example/rss")
                             << QStringLiteral("http://a.example/rss");
    QTest::newRow("feed:https") << QStringLiteral("feed:https://a.example/rss")
                                << QStringLiteral("https://a.example/rss");
    QTest::newRow("no scheme") << QStringLiteral("a.example/rss")
                               << QStringLiteral("http://a.example/rss");
    QTest::newRow("host and port")
            << QStringLiteral("localhost:8080/rss") << QStringLiteral("http://localhost:8080/rss");
    QTest::newRow("mailto") << QStringLiteral("mailto:someone@a.example")
                            << QStringLiteral("mailto:someone@a.example");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)")
                                << QStringLiteral("javascript:alert(1)");
}

void TestOpml::normalizesAddresses()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    QCOMPARE(FeedUrl::normalizeFeedAddress(given), expected);
}

#include "tst_opml.moc"
