// FeedJson: the streamed document (documented key order) holds exactly the values of the
// QJsonObject form, for real feeds and for text that needs escaping.
#include "feeds/FeedJson.h"
#include "feeds/FeedParser.h"

#include <QJsonDocument>
#include <QtTest>

class TestFeedJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentMatchesObjects_data();
    void documentMatchesObjects();
    void keepsTheDocumentedOrder();
};

void TestFeedJson::documentMatchesObjects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const auto file = [](const char *name) {
        QFile input(QStringLiteral(CITECAST_TEST_DATA "/feeds/") + QLatin1String(name));
        return input.open(QIODevice::ReadOnly) ? input.readAll() : QByteArray();
    };
    QTest::newRow("themnshow") << file("partytime/partytime-themnshow.xml");
    QTest::newRow("pc20rss") << file("partytime/partytime-pc20rss.xml");
    QTest::newRow("no-agenda, with a warning") << file("partytime/partytime-no-agenda.xml");
    QTest::newRow("escapes") << QByteArray(
            "<rss><channel><title>Quotes \"and\" back\\slashes\ttabs</title>"
            "<item><title>Line\nbreak &#1; &#x1F600; \xc3\xa9</title><guid>g</guid>"
            "<psc:chapter start=\"1\" title=\"c\"/></item></channel></rss>");
}

void TestFeedJson::documentMatchesObjects()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!bytes.isEmpty());
    const Parsed<Feed> parsed = FeedParser::parse(bytes, QStringLiteral("f.xml"), {});
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    QJsonParseError error;
    const QJsonDocument streamed
            = QJsonDocument::fromJson(FeedJson::document(parsed.value), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(streamed.object(), FeedJson::feed(parsed.value));
}

void TestFeedJson::keepsTheDocumentedOrder()
{
    QFile input(QStringLiteral(CITECAST_TEST_DATA "/feeds/partytime/partytime-SOM.xml"));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const Parsed<Feed> parsed = FeedParser::parse(input.readAll(), QStringLiteral("SOM.xml"), {});
    QVERIFY(parsed.ok);
    const QByteArray json = FeedJson::document(parsed.value);
    QVERIFY(json.startsWith(
            "{\n    \"show\": {\n        \"title\": \"S.O.M.\",\n        \"link\": "));
    const QList<QByteArray> episodeKeys {"\"guid\"",       "\"title\"",       "\"published\"",
                                         "\"durationMs\"", "\"enclosure\"",   "\"chapters\"",
                                         "\"soundbites\"", "\"transcripts\"", "\"persons\"",
                                         "\"season\"",     "\"number\""};
    qsizetype at = json.indexOf("\"episodes\"");
    QVERIFY(at > json.indexOf("\"show\""));
    for (const QByteArray &key : episodeKeys) {
        const qsizetype next = json.indexOf(key, at);
        QVERIFY2(next > at, key.constData());
        at = next;
    }
}

QTEST_GUILESS_MAIN(TestFeedJson)
#include "tst_feedjson.moc"
