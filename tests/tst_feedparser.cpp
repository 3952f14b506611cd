// FeedParser against the real world's quirks, one corpus file (or a corpus file with one thing
// changed) per row, each checked against golden values of the `feed inspect --json` shape.
#include "feeds/FeedJson.h"
#include "feeds/FeedParser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

enum class Change { None, Bom, DropDeclaration, DeclareLatin1, Truncate };

QString localFeeds()
{
    return QStringLiteral(CITECAST_TEST_DATA "/feeds");
}

QString sharedFeeds()
{
    return QStringLiteral(CITECAST_SHARED_CORPUS "/feeds/real");
}

QByteArray changed(QByteArray bytes, Change change)
{
    switch (change) {
    case Change::None:
        break;
    case Change::Bom:
        bytes.prepend("\xef\xbb\xbf");
        break;
    case Change::DropDeclaration:
        bytes.remove(0, bytes.indexOf("?>") + 2);
        break;
    case Change::DeclareLatin1:
        bytes.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        break;
    case Change::Truncate:
        bytes.truncate(bytes.size() / 2);
        break;
    }
    return bytes;
}

// "episodes.3.enclosure.length" in the JSON the CLI prints; "#" is an array's size.
QJsonValue valueAt(const QJsonValue &root, const QString &path)
{
    QJsonValue value = root;
    for (const QString &key : path.split(QLatin1Char('.'))) {
        if (key == QLatin1String("#"))
            return int(value.toArray().size());
        value = value.isArray() ? value.toArray().at(key.toInt()) : value.toObject().value(key);
    }
    return value;
}

QString render(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.isNull() ? QStringLiteral("null") : QString::number(value.toInteger());
}

} // namespace

class TestFeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsQuirks_data();
    void readsQuirks();
    void resolvesXmlBase();
    void derivedGuidsAreStable();
    void recoversCharacterProblems();
    void refusesWhatIsNotAFeed_data();
    void refusesWhatIsNotAFeed();
};

void TestFeedParser::readsQuirks_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("change");
    QTest::addColumn<QStringList>("golden"); // "json.path=value"

    const auto local = [](const char *file) -> QString {
        return localFeeds() + QLatin1Char('/') + QLatin1String(file);
    };
    const auto shared = [](const char *file) -> QString {
        return sharedFeeds() + QLatin1Char('/') + QLatin1String(file);
    };
    const auto add = [](const char *name, const QString &path, Change change, QStringList golden) {
        QTest::newRow(name) << path << int(change) << golden;
    };
    add("undeclared itunes prefix (de-grote)", shared("gnome-podcasts-de-grote.xml"), Change::None,
        {QStringLiteral("show.author=MNM"), QStringLiteral("episodes.0.durationMs=2047000"),
         QStringLiteral("warnings.#=1"),
         QStringLiteral("show.newFeedUrl=https://podcasts.vrt.be/v1/"
                        "program-6f4b068a-7178-4809-ab2f-fd016e1f4df3")});
    add("undeclared itunes prefix (suite)", local("podcastparser-suite/itunes_no_xmlns.rss"),
        Change::None, {QStringLiteral("episodes.0.durationMs=1200000")});
    add("newline before the XML declaration", local("partytime/partytime-sentimental-garbage.xml"),
        Change::None, {QStringLiteral("episodes.#=138"), QStringLiteral("warnings.#=0")});
    add("UTF-8 BOM", local("partytime/partytime-SOM.xml"), Change::Bom,
        {QStringLiteral("show.title=S.O.M."), QStringLiteral("episodes.#=2"),
         QStringLiteral("episodes.0.title=Desperate Pleasure")});
    add("gzip-compressed body", local("quirks/partytime-SOM.xml.gz"), Change::None,
        {QStringLiteral("show.title=S.O.M."), QStringLiteral("episodes.1.title=Outlasted Motion")});
    add("ISO-8859-1 declared", shared("gnome-podcasts-2022-series-i-cinema.xml"), Change::None,
        {QStringLiteral("show.title=S\u00e8ries i Cinema"),
         QStringLiteral("show.author=Catalunya R\u00e0dio"), QStringLiteral("episodes.#=50")});
    add("ISO-8859-1 undeclared", shared("gnome-podcasts-2022-series-i-cinema.xml"),
        Change::DropDeclaration,
        {QStringLiteral("show.title=S\u00e8ries i Cinema"),
         QStringLiteral("show.author=Catalunya R\u00e0dio")});
    const QString cyrillicTitle
            = QStringLiteral("\u0420\u0430\u0434\u0438\u043e \u041a\u043d\u0438\u0433\u0430: "
                             "\u0440\u0430\u0437\u0433\u043e\u0432\u043e\u0440\u044b \u043e "
                             "\u0447\u0442\u0435\u043d\u0438\u0438");
    add("windows-1251 declared", local("quirks/cyrillic-windows-1251.xml"), Change::None,
        {QStringLiteral("show.title=") + cyrillicTitle,
         QStringLiteral("episodes.0.durationMs=2892000")});
    add("windows-1251 undeclared", local("quirks/cyrillic-windows-1251.xml"),
        Change::DropDeclaration, {QStringLiteral("show.title=") + cyrillicTitle});
    add("UTF-8 declared as ISO-8859-1", local("partytime/partytime-dk-podcast.xml"),
        Change::DeclareLatin1,
        {QStringLiteral("show.title=Langsam gesprochene Nachrichten | Audios | DW Deutsch lernen"),
         QStringLiteral("episodes.0.title=18.03.2022 \u2013 Langsam gesprochene Nachrichten")});
    add("fractional seconds", local("partytime/partytime-podverse-test-feed.xml"), Change::None,
        {QStringLiteral("episodes.1.durationMs=1014708")});
    add("M:SS and H:MM:SS", local("partytime/partytime-launched.xml"), Change::None,
        {QStringLiteral("episodes.0.durationMs=64000"),
         QStringLiteral("episodes.1.durationMs=7326000")});
    add("00:04:60, enclosures without length", shared("gnome-podcasts-2024-03-14-ndr.xml"),
        Change::None,
        {QStringLiteral("episodes.0.durationMs=341000"),
         QStringLiteral("episodes.1.durationMs=300000"),
         QStringLiteral("episodes.0.enclosure.length=-1")});
    add("length=\"0\" everywhere", shared("gnome-podcasts-2020-12-29-replyall.xml"), Change::None,
        {QStringLiteral("episodes.0.enclosure.length=-1"),
         QStringLiteral("episodes.0.enclosure.type=audio/mpeg")});
    add("missing guids", shared("gnome-podcasts-de-grote-no-guid.xml"), Change::None,
        {QStringLiteral("episodes.0.guidDerived=true"),
         QStringLiteral("episodes.0.guid=https://chtbl.com/track/11G3D/progressive-audio.vrt.be/"
                        "public/output/"
                        "aud-7478134e-7c0e-44d4-8d65-32aa87dc6a3a-PODCAST_1/"
                        "aud-7478134e-7c0e-44d4-8d65-32aa87dc6a3a-PODCAST_1.mp3")});
    add("relative URLs", local("podcastparser-suite/relative.rss"), Change::None,
        {QStringLiteral("episodes.0.enclosure.url=file://tests/data/example.mp3")});
    add("relative cover", local("podcastparser-suite/relative_cover.rss"), Change::None,
        {QStringLiteral("show.image=file://tests/data/cover.jpg")});
    add("Podcasting 2.0 (themnshow)", local("partytime/partytime-themnshow.xml"), Change::None,
        {QStringLiteral("episodes.0.season=1"), QStringLiteral("episodes.0.number=54"),
         QStringLiteral("episodes.0.persons.0.name=Dr. Timothy M. Jurgensen"),
         QStringLiteral("episodes.0.persons.0.role=guest"),
         QStringLiteral("episodes.0.transcripts.0.type=application/x-subrip"),
         QStringLiteral("episodes.0.chaptersUrl.type=application/json+chapters"),
         QStringLiteral("episodes.1.soundbites.#=2"),
         QStringLiteral("episodes.1.soundbites.0.startMs=104400"),
         QStringLiteral("episodes.1.soundbites.0.durationMs=12000"),
         QStringLiteral("episodes.1.soundbites.0.title=Mike triggers Tim by saying Advertising"),
         QStringLiteral("episodes.19.enclosure.length=-1")});
    add("undefined entity, recovered", local("partytime/partytime-no-agenda.xml"), Change::None,
        {QStringLiteral("episodes.#=29"),
         QStringLiteral("warnings.0=partytime-no-agenda.xml:2761:18: undefined entity &gtgt; kept "
                        "as written")});
}

void TestFeedParser::readsQuirks()
{
    QFETCH(QString, path);
    QFETCH(int, change);
    QFETCH(QStringList, golden);
    if (path.startsWith(sharedFeeds()) && !QDir(sharedFeeds()).exists())
        QSKIP("GPL-licensed feed: needs ../shared/corpus, which is not here");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString name = QFileInfo(path).fileName();
    FeedParser::Options options;
    options.feedUrl = path.contains(QLatin1String("podcastparser-suite"))
            ? QUrl(QStringLiteral("file://tests/data/") + name)
            : QUrl(QStringLiteral("https://feeds.example.org/") + name);
    const Parsed<Feed> parsed
            = FeedParser::parse(changed(file.readAll(), Change(change)), name, options);
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    const QJsonObject json = FeedJson::feed(parsed.value);
    for (const QString &expectation : golden) {
        const qsizetype equals = expectation.indexOf(QLatin1Char('='));
        const QString key = expectation.left(equals);
        QCOMPARE(render(valueAt(json, key)), expectation.mid(equals + 1));
    }
}

void TestFeedParser::resolvesXmlBase()
{
    const QByteArray feed
            = "<rss><channel><title>T</title>"
              "<item xml:base=\"https://cdn.example.net/shows/\"><title>A</title>"
              "<enclosure url=\"a.mp3\" type=\"audio/mpeg\"/>"
              "<podcast:chapters url=\"../chapters/a.json\" type=\"application/json+chapters\"/>"
              "</item></channel></rss>";
    const Parsed<Feed> parsed
            = FeedParser::parse(feed, QStringLiteral("base.xml"),
                                {QUrl(QStringLiteral("https://example.org/feed.xml")), 0});
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.value.episodes.size(), 1);
    QCOMPARE(parsed.value.episodes.at(0).enclosure.url,
             QStringLiteral("https://cdn.example.net/shows/a.mp3"));
    QCOMPARE(parsed.value.episodes.at(0).chaptersLink.url,
             QStringLiteral("https://cdn.example.net/chapters/a.json"));
}

void TestFeedParser::derivedGuidsAreStable()
{
    // Items without guid, link or distinct enclosure get a hash: the same on every parse, and
    // different for different items.
    const QByteArray feed
            = "<rss><channel><title>Show</title>"
              "<item><title>One</title><enclosure url=\"https://e.org/same.mp3\"/></item>"
              "<item><title>Two</title><enclosure url=\"https://e.org/same.mp3\"/></item>"
              "</channel></rss>";
    const Parsed<Feed> first = FeedParser::parse(feed, QStringLiteral("a.xml"), {});
    const Parsed<Feed> second = FeedParser::parse(feed, QStringLiteral("b.xml"), {});
    QVERIFY(first.ok && second.ok);
    QCOMPARE(first.value.episodes.size(), 2);
    QVERIFY(first.value.episodes.at(0).guid.startsWith(QLatin1String("derived:")));
    QVERIFY(first.value.episodes.at(0).guid != first.value.episodes.at(1).guid);
    QCOMPARE(first.value.episodes.at(0).guid, second.value.episodes.at(0).guid);
    QCOMPARE(first.value.episodes.at(1).guid, second.value.episodes.at(1).guid);
}

void TestFeedParser::recoversCharacterProblems()
{
    // A control character and a reference to one lose that character, not the feed.
    const QByteArray feed
            = "<rss><channel><title>Show</title><item><guid>g</guid>"
              "<title>Vertical\x0btab and &#1;char ref</title></item></channel></rss>";
    const Parsed<Feed> parsed = FeedParser::parse(feed, QStringLiteral("c.xml"), {});
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    QCOMPARE(parsed.value.episodes.size(), 1);
    QVERIFY(parsed.value.episodes.at(0).title.startsWith(QLatin1String("Vertical")));
    QVERIFY(parsed.value.episodes.at(0).title.endsWith(QLatin1String("char ref")));
    QVERIFY(!parsed.value.warnings.isEmpty());
    QCOMPARE(parsed.value.warnings.at(0).line, 1);
}

void TestFeedParser::refusesWhatIsNotAFeed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QFile themnshow(localFeeds() + QStringLiteral("/partytime/partytime-themnshow.xml"));
    QVERIFY(themnshow.open(QIODevice::ReadOnly));
    const QByteArray truncated = changed(themnshow.readAll(), Change::Truncate);
    const int lastLine = int(truncated.count('\n')) + 1;
    QTest::newRow("truncated download")
            << truncated << lastLine << 0 << QStringLiteral("not well-formed XML");
    QTest::newRow("mismatched tags")
            << QByteArray("<rss>\n<channel>\n<title>T</item>\n</channel></rss>") << 3 << 16
            << QStringLiteral("Opening and ending tag mismatch");
    QTest::newRow("an HTML page") << QByteArray("<html><body>Moved</body></html>") << 0 << 0
                                  << QStringLiteral("not a podcast feed");
    QTest::newRow("empty") << QByteArray("\n  \n") << 0 << 0 << QStringLiteral("empty");
    QTest::newRow("broken gzip") << QByteArray("\x1f\x8b\x08\x00garbage", 12) << 0 << 0
                                 << QStringLiteral("gzip");
}

void TestFeedParser::refusesWhatIsNotAFeed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Parsed<Feed> parsed = FeedParser::parse(bytes, QStringLiteral("in.xml"), {});
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.error.file, QStringLiteral("in.xml"));
    QVERIFY2(parsed.error.message.contains(message), qPrintable(parsed.error.message));
    if (line > 0)
        QCOMPARE(parsed.error.line, line);
    if (column > 0)
        QCOMPARE(parsed.error.column, column);
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
