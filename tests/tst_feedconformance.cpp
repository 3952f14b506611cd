// gPodder's podcastparser suite: our parse of every NAME.rss mapped onto the fields of NAME.json
// that Citecast supports, with a per-case agreement table; at least 95% of cases must agree.
#include "feeds/FeedParser.h"
#include "feeds/HtmlSanitizer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QString suiteDir()
{
    return QStringLiteral(CITECAST_TEST_DATA "/feeds/podcastparser-suite");
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString squash(const QString &text)
{
    return text.simplified();
}

// podcastparser's MIME normalisation: no type, or one without a slash, is octet-stream.
QString mimeOf(const QString &type)
{
    return type.contains(QLatin1Char('/')) ? type : QStringLiteral("application/octet-stream");
}

QString typeName(EpisodeType type)
{
    return type == EpisodeType::Trailer  ? QStringLiteral("trailer")
            : type == EpisodeType::Bonus ? QStringLiteral("bonus")
                                         : QStringLiteral("full");
}

// Collects the fields where our parse and the expectation differ.
class Comparison
{
public:
    void check(const QString &field, const QJsonValue &ours, const QJsonValue &theirs)
    {
        if (ours != theirs)
            m_differences << QStringLiteral("%1 (ours %2, theirs %3)")
                                     .arg(field, text(ours), text(theirs));
    }
    QStringList differences() const { return m_differences; }

private:
    static QString text(const QJsonValue &value)
    {
        if (value.isString())
            return QLatin1Char('"') + value.toString().left(60) + QLatin1Char('"');
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                    .left(120);
        if (value.isObject())
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                    .left(120);
        return value.isNull() ? QStringLiteral("null") : QString::number(value.toDouble());
    }
    QStringList m_differences;
};

void compareShow(Comparison &c, const FeedShow &show, const QJsonObject &expected)
{
    c.check(QStringLiteral("title"), show.title, expected.value(QStringLiteral("title")));
    const auto optional = [&](const char *key, const QString &ours) {
        const QString name = QString::fromLatin1(key);
        if (expected.contains(name))
            c.check(name, ours, expected.value(name));
        else if (!ours.isEmpty() && name != QLatin1String("description"))
            c.check(name, ours, QJsonValue());
    };
    // Citecast's show author falls back to the Atom author and the iTunes owner, and an Atom
    // link without a type is the site: compared where podcastparser has a value.
    if (expected.contains(QStringLiteral("link")))
        c.check(QStringLiteral("link"), show.link, expected.value(QStringLiteral("link")));
    if (expected.contains(QStringLiteral("itunes_author")))
        c.check(QStringLiteral("itunes_author"), show.author,
                expected.value(QStringLiteral("itunes_author")));
    optional("cover_url", show.image);
    optional("new_url", show.newFeedUrl);
    optional("language", show.language);
    optional("type", show.type);
    if (expected.contains(QStringLiteral("description")))
        c.check(QStringLiteral("description"), squash(show.descriptionText),
                squash(expected.value(QStringLiteral("description")).toString()));
}

void compareEpisode(Comparison &c, const QString &at, const FeedEpisode &ours,
                    const QJsonObject &theirs)
{
    const auto field = [&](const char *key) {
        return QString(at + QLatin1String(key));
    };
    const auto value = [&](const char *key) {
        return theirs.value(QString::fromLatin1(key));
    };
    c.check(field("title"), ours.title, value("title"));
    c.check(field("guid"), ours.guid, value("guid"));
    c.check(field("link"), ours.link, value("link"));
    c.check(field("published"), ours.published.isValid() ? ours.published.toSecsSinceEpoch() : 0,
            value("published").toInteger());
    c.check(field("total_time"), ours.durationMs < 0 ? 0 : ours.durationMs / 1000,
            value("total_time").toInteger());
    // podcastparser does not read atom:summary: where it found no plain description, ours
    // (from atom:summary) has nothing to be compared with.
    if (!value("description").toString().isEmpty())
        c.check(field("description"), squash(ours.descriptionText),
                squash(value("description").toString()));
    if (theirs.contains(QStringLiteral("description_html")))
        c.check(field("description_html"), squash(ours.descriptionHtml),
                squash(HtmlSanitizer::sanitize(value("description_html").toString()).html));
    const QJsonArray enclosures = value("enclosures").toArray();
    // Citecast keeps one enclosure: the first audio or video one, else the first.
    QJsonValue first;
    QJsonObject chosen = enclosures.isEmpty() ? QJsonObject() : enclosures.first().toObject();
    for (const QJsonValue &candidate : enclosures) {
        const QString mime = candidate.toObject().value(QStringLiteral("mime_type")).toString();
        if (mime.startsWith(QLatin1String("audio/")) || mime.startsWith(QLatin1String("video/"))) {
            chosen = candidate.toObject();
            break;
        }
    }
    if (!enclosures.isEmpty()) {
        const QJsonObject e = chosen;
        first = QJsonObject {{QStringLiteral("url"), e.value(QStringLiteral("url"))},
                             {QStringLiteral("file_size"), e.value(QStringLiteral("file_size"))},
                             {QStringLiteral("mime_type"), e.value(QStringLiteral("mime_type"))}};
    }
    QJsonValue ourEnclosure;
    if (!ours.enclosure.isNull())
        ourEnclosure = QJsonObject {{QStringLiteral("url"), ours.enclosure.url},
                                    {QStringLiteral("file_size"), ours.enclosure.length},
                                    {QStringLiteral("mime_type"), mimeOf(ours.enclosure.type)}};
    c.check(field("enclosures[0]"), ourEnclosure, first);
    const auto optional = [&](const char *key, const QJsonValue &ourValue, const QJsonValue &none) {
        c.check(field(key), ourValue,
                theirs.contains(QString::fromLatin1(key)) ? value(key) : none);
    };
    optional("episode_art_url", ours.image.isEmpty() ? QJsonValue() : QJsonValue(ours.image),
             QJsonValue());
    optional("season", ours.season > 0 ? QJsonValue(ours.season) : QJsonValue(), QJsonValue());
    optional("number", ours.number > 0 ? QJsonValue(ours.number) : QJsonValue(), QJsonValue());
    optional("type", typeName(ours.type), QStringLiteral("full"));
    optional("transcript_url",
             ours.transcripts.isEmpty() ? QJsonValue() : QJsonValue(ours.transcripts.first().url),
             QJsonValue());
    optional("chapters_json_url",
             ours.chaptersLink.isNull() ? QJsonValue() : QJsonValue(ours.chaptersLink.url),
             QJsonValue());
    if (theirs.contains(QStringLiteral("itunes_author")))
        c.check(field("itunes_author"), ours.author, value("itunes_author"));
    QJsonArray chapters;
    for (const Chapter &chapter : ours.chapters) {
        QJsonObject object {{QStringLiteral("start"), chapter.startMs / 1000},
                            {QStringLiteral("title"), chapter.title}};
        if (!chapter.url.isEmpty())
            object.insert(QStringLiteral("href"), chapter.url);
        if (!chapter.image.isEmpty())
            object.insert(QStringLiteral("image"), chapter.image);
        chapters.append(object);
    }
    optional("chapters", chapters, QJsonArray());
    QJsonArray persons;
    for (const FeedPerson &person : ours.persons)
        persons.append(QJsonObject {
                {QStringLiteral("name"), person.name},
                {QStringLiteral("role"), person.role},
                {QStringLiteral("group"), person.group},
                {QStringLiteral("href"), person.href.isEmpty() ? QJsonValue() : person.href},
                {QStringLiteral("img"), person.img.isEmpty() ? QJsonValue() : person.img}});
    optional("persons", persons, QJsonArray());
}

} // namespace

class TestFeedConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suiteAgrees();
};

void TestFeedConformance::suiteAgrees()
{
    const QStringList cases
            = QDir(suiteDir()).entryList({QStringLiteral("*.rss")}, QDir::Files, QDir::Name);
    QVERIFY2(cases.size() >= 60, "the podcastparser suite is missing from tests/data");
    int agreeing = 0;
    QStringList table;
    for (const QString &rss : cases) {
        const QString name = rss.chopped(4);
        QFile file(suiteDir() + QLatin1Char('/') + rss);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected
                = readJson(suiteDir() + QLatin1Char('/') + name + QStringLiteral(".json"));
        const QJsonObject params
                = readJson(suiteDir() + QLatin1Char('/') + name + QStringLiteral(".param.json"));
        FeedParser::Options options;
        options.feedUrl = QUrl(QStringLiteral("file://tests/data/") + rss);
        options.maxEpisodes = params.value(QStringLiteral("max_episodes")).toInt();
        const Parsed<Feed> parsed = FeedParser::parse(file.readAll(), rss, options);
        Comparison comparison;
        if (!parsed.ok) {
            comparison.check(QStringLiteral("parse"), parsed.error.toString(),
                             QStringLiteral("ok"));
        } else {
            compareShow(comparison, parsed.value.show, expected);
            const QJsonArray episodes = expected.value(QStringLiteral("episodes")).toArray();
            comparison.check(QStringLiteral("episodes"), int(parsed.value.episodes.size()),
                             int(episodes.size()));
            for (int i = 0; i < qMin(int(episodes.size()), int(parsed.value.episodes.size())); ++i)
                compareEpisode(comparison, QStringLiteral("episodes[%1].").arg(i),
                               parsed.value.episodes.at(i), episodes.at(i).toObject());
        }
        const QStringList differences = comparison.differences();
        agreeing += differences.isEmpty() ? 1 : 0;
        table << QStringLiteral("%1  %2  %3")
                         .arg(name, -40)
                         .arg(differences.isEmpty() ? QStringLiteral("agree")
                                                    : QStringLiteral("DIFFER"),
                              differences.join(QStringLiteral("; ")));
    }
    const double share = double(agreeing) / cases.size();
    qInfo().noquote() << QStringLiteral("\npodcastparser suite, per case:\n")
                    + table.join(QLatin1Char('\n'))
                    + QStringLiteral("\n%1 of %2 cases agree on every supported field (%3%)")
                              .arg(agreeing)
                              .arg(cases.size())
                              .arg(share * 100, 0, 'f', 1);
    QVERIFY2(share >= 0.95,
             qPrintable(
                     QStringLiteral("only %1 of %2 cases agree").arg(agreeing).arg(cases.size())));
}

QTEST_GUILESS_MAIN(TestFeedConformance)
#include "tst_feedconformance.moc"
