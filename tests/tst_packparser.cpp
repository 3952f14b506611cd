// Tests PackParser: the Citecast pack and sidecar formats, their located errors, and that the
// documentation (docs/FORMATS.md) and the JSON Schema say the same as the parser.
#include "support/TestLibrary.h"

#include "domain/EpisodeIdentity.h"
#include "domain/TopicBuilder.h"
#include "import/PackObject.h"
#include "import/PackParser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray pack(const QString &name)
{
    return readFile(TestPaths::data(QStringLiteral("packs/") + name));
}

// The rows of packs/errors.tsv: file, path, line, column, schema verdict, message.
QVector<QStringList> errorTable()
{
    QVector<QStringList> rows;
    const QString text = QString::fromUtf8(pack(QStringLiteral("errors.tsv")));
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1Char('#')))
            rows << line.split(QLatin1Char('\t'));
    }
    return rows;
}

// The first ```json block after the first heading that contains `headingPart`.
QByteArray jsonExampleUnder(const QString &headingPart)
{
    const QString markdown
            = QString::fromUtf8(readFile(TestPaths::source(QStringLiteral("docs/FORMATS.md"))));
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    qsizetype i = 0;
    while (i < lines.size()
           && !(lines.at(i).startsWith(QLatin1Char('#')) && lines.at(i).contains(headingPart)))
        ++i;
    while (i < lines.size() && lines.at(i).trimmed() != QLatin1String("```json"))
        ++i;
    QStringList block;
    for (++i; i < lines.size() && lines.at(i).trimmed() != QLatin1String("```"); ++i)
        block << lines.at(i);
    return block.join(QLatin1Char('\n')).toUtf8();
}

// Validates each file against the schema (its `$defs/sidecar` for names ending in
// ".citecast.json"); one line per file: "valid FILE" or "invalid FILE: why".
QStringList schemaVerdicts(const QStringList &files)
{
    static const char script[] = R"PY(
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
pack = Draft202012Validator(schema)
sidecar = Draft202012Validator({"$ref": "#/$defs/sidecar", "$defs": schema["$defs"]})
for name in sys.argv[2:]:
    validator = sidecar if name.endswith(".citecast.json") else pack
    errors = list(validator.iter_errors(json.load(open(name, encoding="utf-8-sig"))))
    print(("invalid " + name + ": " + errors[0].message) if errors else ("valid " + name))
)PY";
    QProcess python;
    python.start(QStringLiteral("python3"),
                 QStringList {QStringLiteral("-c"), QString::fromUtf8(script),
                              TestPaths::source(
                                      QStringLiteral("resources/schema/citecast-pack.schema.json"))}
                         + files);
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit
        || python.exitCode() != 0) {
        qWarning("%s", python.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(python.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

struct ExpectedClip
{
    const char *key;
    ClipKind kind;
    int citationNumber;
    QString title;
    qint64 startMs;
    qint64 endMs;
};

} // namespace

class TestPackParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullPack();
    void minimalEpisode();
    void times_data();
    void times();
    void byteOrderMarkAllowed();
    void brokenPacks_data();
    void brokenPacks();
    void errorText();
    void docsFullExampleParses();
    void sidecar();
    void minimalSidecar();
    void schemaAgreesWithParser();
    void schemaPatternsMatchParser();
};

void TestPackParser::fullPack()
{
    const auto parsed
            = PackParser::parsePack(pack(QStringLiteral("full.json")), QStringLiteral("full.json"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    QCOMPARE(parsed.value.size(), 2);
    const EpisodeContent &content = parsed.value.at(0);

    const Episode &episode = content.episode;
    QCOMPARE(episode.guid, QStringLiteral("urn:example-hour:ep11"));
    QCOMPARE(episode.show, QStringLiteral("The Example Hour"));
    QCOMPARE(episode.number, 11);
    QCOMPARE(episode.title,
             QStringLiteral("Dr. Robin Sample on Teaching Small Models Big Manners"));
    QCOMPARE(episode.guests,
             QStringList({QStringLiteral("Dr. Robin Sample"), QStringLiteral("Pat Example")}));
    QCOMPARE(episode.published, QDateTime(QDate(2023, 6, 13), QTime(8, 0), Qt::UTC));
    QCOMPARE(episode.durationMs, qint64(55 * 60000));
    QCOMPARE(episode.questionsAnswered, 383);
    QCOMPARE(episode.description,
             QStringLiteral("An invented conversation about \"model manners\", recorded nowhere."));
    QCOMPARE(episode.audio.kind, AudioSource::Kind::File);
    QCOMPARE(episode.audio.location, QStringLiteral("audio/ep11.opus"));
    QVERIFY(!episode.knownOnlyByTitle);

    // Topics: the summary is the sentences joined by one space; a citation spans its sentence.
    QCOMPARE(content.topics.size(), 2);
    const Topic &insights = content.topics.at(0);
    const QString s1 = QStringLiteral("Shares insights on what drives improvements in models.");
    const QString s2 = QStringLiteral("Small models adapted surprisingly well.");
    const QString s3 = QStringLiteral("Pushing the limits costs data and compute.");
    QCOMPARE(insights.title, QStringLiteral("Model Insights"));
    QCOMPARE(insights.summary, s1 + QLatin1Char(' ') + s2 + QLatin1Char(' ') + s3);
    QCOMPARE(insights.citations.size(), 3);
    const int s2Start = int(s1.size()) + 1;
    const int s2End = s2Start + int(s2.size());
    const QVector<std::tuple<int, QString, int, int>> citations {
            {1, s1, 0, int(s1.size())}, {2, s2, s2Start, s2End}, {3, s2, s2Start, s2End}};
    for (int i = 0; i < citations.size(); ++i) {
        const Citation &citation = insights.citations.at(i);
        QCOMPARE(citation.number, std::get<0>(citations.at(i)));
        QCOMPARE(citation.sentence, std::get<1>(citations.at(i)));
        QCOMPARE(citation.textStart, std::get<2>(citations.at(i)));
        QCOMPARE(citation.textEnd, std::get<3>(citations.at(i)));
        QCOMPARE(insights.summary.mid(citation.textStart, citation.textEnd - citation.textStart),
                 citation.sentence);
    }
    TopicBuilder builder(QStringLiteral("Model Insights"));
    builder.addSentence(s1, {1});
    builder.addSentence(s2, {2, 3});
    builder.addSentence(s3);
    QCOMPARE(insights.summary, builder.topic().summary);
    const Topic &open = content.topics.at(1);
    QCOMPARE(open.title, QStringLiteral("Open Questions"));
    QCOMPARE(open.summary, QStringLiteral("Nobody on the show claims to know how this ends."));
    QVERIFY(open.citations.isEmpty());

    // Clips: the pack's clips in order, then one per timed highlight, then per timed question.
    const QString highlight = QStringLiteral("If you only remember one thing from this episode, "
                                             "remember that the base model does most of the work.");
    const QString question
            = QStringLiteral("What matters more, the base model or the fine-tuning?");
    const QVector<ExpectedClip> expected {
            {"citation:1", ClipKind::Citation, 1, QStringLiteral("The base model matters most"),
             12500, 19250},
            {"popular:0", ClipKind::Popular, 0, QStringLiteral("The tea-kettle analogy"), 600000,
             645000},
            {"citation:2", ClipKind::Citation, 2, QString(), 720000, 765500},
            {"citation:3", ClipKind::Citation, 3, QString(), 2460000, 2470250},
            {"popular:1", ClipKind::Popular, 0, QString(), 1800000, 3300000},
            {"highlight:0", ClipKind::Highlight, 0,
             QStringLiteral("If you only remember one thing from this episode, remember that the "
                            "base model…"),
             2400000, 2430000},
            {"question:0", ClipKind::Question, 0, question, 90000, 150000}};
    QCOMPARE(content.clips.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const Clip &clip = content.clips.at(i);
        QCOMPARE(clip.key, QLatin1String(expected.at(i).key));
        QCOMPARE(clip.kind, expected.at(i).kind);
        QCOMPARE(clip.citationNumber, expected.at(i).citationNumber);
        QCOMPARE(clip.title, expected.at(i).title);
        QCOMPARE(clip.startMs, expected.at(i).startMs);
        QCOMPARE(clip.endMs, expected.at(i).endMs);
        QCOMPARE(clip.id, qint64(0));
    }
    QVERIFY(content.clips.at(5).title.size() <= 80);
    QCOMPARE(content.citationClip(2)->startMs, qint64(720000));
    QVERIFY(!content.citationClip(4));

    QCOMPARE(content.highlights.size(), 2);
    QCOMPARE(content.highlights.at(0).text, highlight);
    QCOMPARE(content.highlights.at(0).clipKey, QStringLiteral("highlight:0"));
    QCOMPARE(content.clipByKey(content.highlights.at(0).clipKey)->kind, ClipKind::Highlight);
    QCOMPARE(content.highlights.at(1).text, QStringLiteral("Manners are learned last."));
    QVERIFY(content.highlights.at(1).clipKey.isEmpty());
    QCOMPARE(content.questions.size(), 2);
    QCOMPARE(content.questions.at(0).text, question);
    QCOMPARE(content.questions.at(0).clipKey, QStringLiteral("question:0"));
    QCOMPARE(content.questions.at(1).text, QStringLiteral("Will small models catch up?"));
    QVERIFY(content.questions.at(1).clipKey.isEmpty());

    QCOMPARE(content.related.size(), 2);
    QCOMPARE(content.related.at(0).title,
             QStringLiteral("Pat Example on Teaching Robots to Whistle"));
    QCOMPARE(content.related.at(0).guid, QStringLiteral("urn:example-hour:ep18"));
    QCOMPARE(content.related.at(0).number, 18);
    QCOMPARE(content.related.at(0).questionsAnswered, 383);
    QCOMPARE(content.related.at(1).title, QStringLiteral("A Bonus Episode Nobody Asked For"));
    QVERIFY(content.related.at(1).guid.isEmpty());
    QCOMPARE(content.related.at(1).number, -1);
    QCOMPARE(content.related.at(1).questionsAnswered, -1);
}

// The second episode of full.json: a title and little else; a guid derived from the title.
void TestPackParser::minimalEpisode()
{
    const auto parsed = PackParser::parsePack(pack(QStringLiteral("full.json")), QString());
    QVERIFY(parsed.ok);
    const EpisodeContent &content = parsed.value.at(1);
    const QString title = QStringLiteral("Bonus: Juniper Madeup Reads the Mailbag");
    QCOMPARE(content.episode.title, title);
    QCOMPARE(content.episode.guid, EpisodeIdentity::guidForTitle(title));
    QCOMPARE(content.episode.number, -1);
    QVERIFY(content.episode.show.isEmpty());
    QVERIFY(content.episode.guests.isEmpty());
    QCOMPARE(content.episode.published, QDateTime(QDate(2023, 7, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(content.episode.durationMs, qint64(-1));
    QCOMPARE(content.episode.questionsAnswered, -1);
    QCOMPARE(content.episode.audio.kind, AudioSource::Kind::Url);
    QCOMPARE(content.episode.audio.location, QStringLiteral("https://audio.example.org/bonus.mp3"));
    QVERIFY(content.topics.isEmpty() && content.clips.isEmpty() && content.related.isEmpty());
}

void TestPackParser::times_data()
{
    QTest::addColumn<QString>("start"); // as it appears in the JSON
    QTest::addColumn<qint64>("ms");
    QTest::newRow("milliseconds") << QStringLiteral("12500") << qint64(12500);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("whole number written as a float") << QStringLiteral("1500.0") << qint64(1500);
    QTest::newRow("h:mm:ss.mmm") << QStringLiteral("\"1:02:03.500\"") << qint64(3723500);
    QTest::newRow("m:ss") << QStringLiteral("\"2:05\"") << qint64(125000);
    QTest::newRow("minutes past the hour") << QStringLiteral("\"75:00\"") << qint64(4500000);
    QTest::newRow("ss.mmm") << QStringLiteral("\"19.25\"") << qint64(19250);
    QTest::newRow("plain seconds") << QStringLiteral("\"90\"") << qint64(90000);
}

void TestPackParser::times()
{
    QFETCH(QString, start);
    QFETCH(qint64, ms);
    const QByteArray json
            = QStringLiteral("{\"citecastPack\": 1, \"episodes\": [{\"title\": \"T\", "
                             "\"clips\": [{\"kind\": \"popular\", \"start\": %1, "
                             "\"end\": 99999999}]}]}")
                      .arg(start)
                      .toUtf8();
    const auto parsed = PackParser::parsePack(json, QString());
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    QCOMPARE(parsed.value.at(0).clips.at(0).startMs, ms);
}

void TestPackParser::byteOrderMarkAllowed()
{
    const auto parsed
            = PackParser::parsePack("\xEF\xBB\xBF" + pack(QStringLiteral("full.json")), QString());
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
}

void TestPackParser::brokenPacks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QVector<QStringList> rows = errorTable();
    QVERIFY(rows.size() >= 13);
    for (const QStringList &row : rows) {
        QVERIFY2(row.size() == 6, qPrintable(row.join(QLatin1Char('|'))));
        QTest::newRow(qPrintable(row.at(0)))
                << row.at(0) << row.at(1) << row.at(2).toInt() << row.at(3).toInt() << row.at(5);
    }
}

void TestPackParser::brokenPacks()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QString fileName = QFileInfo(file).fileName();
    ImportError error;
    if (fileName.endsWith(QLatin1String(".citecast.json"))) {
        const auto parsed = PackParser::parseSidecar(pack(file), fileName);
        QVERIFY(!parsed.ok);
        error = parsed.error;
    } else {
        const auto parsed = PackParser::parsePack(pack(file), fileName);
        QVERIFY(!parsed.ok);
        QVERIFY(parsed.value.isEmpty());
        error = parsed.error;
    }
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QCOMPARE(error.file, fileName);
    QCOMPARE(error.path, path);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestPackParser::errorText()
{
    const auto parsed = PackParser::parsePack(pack(QStringLiteral("broken/end-before-start.json")),
                                              QStringLiteral("end-before-start.json"));
    QCOMPARE(parsed.error.toString(),
             QStringLiteral(
                     "end-before-start.json:10:78: episodes[0].clips[3].end: must be after start"));
}

// The documentation's full example is a valid pack, so the docs cannot drift from the parser.
void TestPackParser::docsFullExampleParses()
{
    const QByteArray example = jsonExampleUnder(QStringLiteral("Full example"));
    QVERIFY2(example.contains("\"citecastPack\""),
             "no ```json block under a \"Full example\" heading");
    const auto parsed = PackParser::parsePack(example, QStringLiteral("FORMATS.md"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    QVERIFY(!parsed.value.isEmpty());
    const EpisodeContent &content = parsed.value.at(0);
    QVERIFY(!content.topics.isEmpty() && !content.clips.isEmpty() && !content.highlights.isEmpty()
            && !content.questions.isEmpty() && !content.related.isEmpty());

    const QByteArray sidecar = jsonExampleUnder(QStringLiteral("Sidecar example"));
    const auto parsedSidecar = PackParser::parseSidecar(sidecar, QStringLiteral("FORMATS.md"));
    QVERIFY2(parsedSidecar.ok, qPrintable(parsedSidecar.error.toString()));
}

void TestPackParser::sidecar()
{
    const auto parsed = PackParser::parseSidecar(pack(QStringLiteral("sidecar/ep11.citecast.json")),
                                                 QStringLiteral("ep11.citecast.json"));
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    const EpisodeContent &content = parsed.value;
    QVERIFY(content.episode.title.isEmpty());
    QVERIFY(content.topics.isEmpty());
    QVERIFY(content.related.isEmpty());
    QCOMPARE(content.episode.guid, QStringLiteral("urn:example-hour:ep11"));
    QCOMPARE(content.episode.show, QStringLiteral("The Example Hour"));
    QCOMPARE(content.episode.number, 11);
    QCOMPARE(content.episode.guests, QStringList {QStringLiteral("Dr. Robin Sample")});
    QCOMPARE(content.episode.published, QDateTime(QDate(2023, 6, 13), QTime(0, 0), Qt::UTC));
    QCOMPARE(content.episode.durationMs, qint64(3300000));
    QCOMPARE(content.episode.questionsAnswered, 383);
    QCOMPARE(content.episode.audio.kind, AudioSource::Kind::Url);
    QCOMPARE(content.episode.audio.location, QStringLiteral("https://audio.example.org/ep11.opus"));
    QStringList keys;
    for (const Clip &clip : content.clips)
        keys << clip.key;
    QCOMPARE(keys,
             QStringList({QStringLiteral("citation:1"), QStringLiteral("citation:2"),
                          QStringLiteral("popular:0"), QStringLiteral("highlight:0")}));
    QCOMPARE(content.citationClip(1)->endMs, qint64(222500));
    QCOMPARE(content.highlights.at(0).clipKey, QStringLiteral("highlight:0"));
    QCOMPARE(content.clipByKey(QStringLiteral("highlight:0"))->title,
             QStringLiteral("Manners are learned last."));
    QVERIFY(content.questions.at(0).clipKey.isEmpty());
}

void TestPackParser::minimalSidecar()
{
    const auto parsed = PackParser::parseSidecar(
            pack(QStringLiteral("sidecar/minimal.citecast.json")), QString());
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    QVERIFY(parsed.value.episode.guid.isEmpty());
    QCOMPARE(parsed.value.episode.number, -1);
    QCOMPARE(parsed.value.episode.durationMs, qint64(-1));
    QVERIFY(parsed.value.episode.audio.isNull());
}

// The schema accepts the valid files and the documentation's examples; of the broken files, it
// rejects those errors.tsv says it rejects (structure, types) and accepts the rest (the rules only
// Citecast checks, listed in FORMATS.md).
void TestPackParser::schemaAgreesWithParser()
{
    QTemporaryDir dir;
    const QString packExample = dir.filePath(QStringLiteral("docs-example.json"));
    const QString sidecarExample = dir.filePath(QStringLiteral("docs-example.citecast.json"));
    for (const auto &[path, heading] :
         {std::pair(packExample, QStringLiteral("Full example")),
          std::pair(sidecarExample, QStringLiteral("Sidecar example"))}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(jsonExampleUnder(heading));
    }
    const QString packs = TestPaths::data(QStringLiteral("packs/"));
    QStringList valid {packs + QStringLiteral("full.json"),
                       packs + QStringLiteral("sidecar/ep11.citecast.json"),
                       packs + QStringLiteral("sidecar/minimal.citecast.json"), packExample,
                       sidecarExample};
    QStringList invalid;
    for (const QStringList &row : errorTable()) {
        if (row.value(4) == QLatin1String("accepts"))
            valid << packs + row.at(0);
        else if (row.value(4) == QLatin1String("rejects"))
            invalid << packs + row.at(0);
    }
    QVERIFY(invalid.size() >= 3);

    const QStringList verdicts = schemaVerdicts(valid + invalid);
    QCOMPARE(verdicts.size(), valid.size() + invalid.size());
    for (int i = 0; i < verdicts.size(); ++i) {
        const QString expected
                = i < valid.size() ? QStringLiteral("valid ") : QStringLiteral("invalid ");
        QVERIFY2(verdicts.at(i).startsWith(expected), qPrintable(verdicts.at(i)));
    }
}

// The parser and the schema share the time and date patterns, and the schema ships as a resource.
void TestPackParser::schemaPatternsMatchParser()
{
    QFile resource(QStringLiteral(":/schema/citecast-pack.schema.json"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const QJsonValue defs = QJsonDocument::fromJson(resource.readAll())[QStringLiteral("$defs")];
    QCOMPARE(defs[QStringLiteral("time")][QStringLiteral("oneOf")][1][QStringLiteral("pattern")]
                     .toString(),
             PackObject::timePattern());
    QCOMPARE(defs[QStringLiteral("dateTime")][QStringLiteral("pattern")].toString(),
             PackObject::dateTimePattern());
}

QTEST_GUILESS_MAIN(TestPackParser)
#include "tst_packparser.moc"
