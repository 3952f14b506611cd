// TranscriptParser: the Podcasting 2.0 transcript examples in each format, golden segments,
// and one located error per mistake.
#include "feeds/TranscriptParser.h"

#include <QtTest>

namespace {

Transcript parseFile(const QString &name, TranscriptParser::Format format, ImportError *error)
{
    QFile file(QStringLiteral(CITECAST_TEST_DATA "/transcripts/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Parsed<Transcript> parsed = TranscriptParser::parse(file.readAll(), name, format);
    *error = parsed.error;
    return parsed.value;
}

} // namespace

Q_DECLARE_METATYPE(TranscriptSegment)

class TestTranscriptParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsExamples_data();
    void readsExamples();
    void detectsFormats_data();
    void detectsFormats();
    void locatesMistakes_data();
    void locatesMistakes();
};

void TestTranscriptParser::readsExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index");
    QTest::addColumn<TranscriptSegment>("segment");

    using F = TranscriptParser::Format;
    QTest::newRow("srt: a speaker prefix")
            << "example.srt" << int(F::Srt) << 222 << 0
            << TranscriptSegment {179, 2399, QStringLiteral("Travis"),
                                  QStringLiteral("When you first get started in podcasting, it's")};
    QTest::newRow("srt: the speaker carries on")
            << "example.srt" << int(F::Srt) << 222 << 1
            << TranscriptSegment {2400, 4799, QStringLiteral("Travis"),
                                  QStringLiteral("almost guaranteed that you're going to make a "
                                                 "handful of rookie")};
    QTest::newRow("srt: last cue")
            << "example.srt" << int(F::Srt) << 222 << 221
            << TranscriptSegment {752671, 754769, QStringLiteral("Travis"),
                                  QStringLiteral("best thing to do is to batch your episodes.")};
    QTest::newRow("vtt: CRLF, a voice, an entity")
            << "example.vtt" << int(F::WebVtt) << 7 << 2
            << TranscriptSegment {6090, 11610, QStringLiteral("Sarah"),
                                  QStringLiteral("include in one? Welcome to Podcasting Q&A, where "
                                                 "you learn")};
    QTest::newRow("vtt: another voice")
            << "example.vtt" << int(F::WebVtt) << 7 << 6
            << TranscriptSegment {21450, 25350, QStringLiteral("Gillian"),
                                  QStringLiteral("careers podcast. My question is, do we need a "
                                                 "podcast trailer?")};
    QTest::newRow("json: word timing")
            << "example.json" << int(F::Json) << 5 << 4
            << TranscriptSegment {2750, 3000, QStringLiteral("Luke"), QStringLiteral("Nooooo")};
    QTest::newRow("html: cite, time, paragraph")
            << "example.html" << int(F::Html) << 10 << 1
            << TranscriptSegment {53000, 0, QStringLiteral("Sarah"), QString()};
}

void TestTranscriptParser::readsExamples()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, count);
    QFETCH(int, index);
    QFETCH(TranscriptSegment, segment);
    ImportError error;
    const Transcript transcript = parseFile(file, TranscriptParser::Format(format), &error);
    QVERIFY2(error.message.isEmpty(), qPrintable(error.toString()));
    QCOMPARE(transcript.size(), count);
    const TranscriptSegment &got = transcript.at(index);
    QCOMPARE(got.startMs, segment.startMs);
    QCOMPARE(got.speaker, segment.speaker);
    if (TranscriptParser::Format(format) == TranscriptParser::Format::Html) {
        // Paragraphs last until the next one; their text is long, so check its start.
        QCOMPARE(got.endMs, transcript.at(index + 1).startMs);
        QVERIFY(got.text.startsWith(QLatin1String("Creating good audio is really key")));
        QVERIFY(!got.text.contains(QLatin1String("&#39;")));
    } else {
        QCOMPARE(got.endMs, segment.endMs);
        QCOMPARE(got.text, segment.text);
    }
    for (const TranscriptSegment &each : transcript)
        QVERIFY(each.endMs >= each.startMs);
}

void TestTranscriptParser::detectsFormats_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    using F = TranscriptParser::Format;
    QTest::newRow("text/vtt") << "text/vtt"
                              << "x" << QByteArray() << int(F::WebVtt);
    QTest::newRow("application/x-subrip") << "application/x-subrip"
                                          << "x" << QByteArray() << int(F::Srt);
    QTest::newRow("application/json") << "application/json"
                                      << "x" << QByteArray() << int(F::Json);
    QTest::newRow("text/html") << "text/html"
                               << "x" << QByteArray() << int(F::Html);
    QTest::newRow("by extension") << ""
                                  << "a/b.srt" << QByteArray() << int(F::Srt);
    QTest::newRow("by content") << ""
                                << "transcript" << QByteArray("WEBVTT\n\n") << int(F::WebVtt);
    QTest::newRow("plain text") << "text/plain"
                                << "a.txt" << QByteArray("Hello") << int(F::Unknown);
}

void TestTranscriptParser::detectsFormats()
{
    QFETCH(QString, type);
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QCOMPARE(int(TranscriptParser::detect(type, file, bytes)), format);
}

void TestTranscriptParser::locatesMistakes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    using F = TranscriptParser::Format;
    QTest::newRow("srt: bad timing") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n"
                                                   "00:00:03,000 -> 00:00:04,000\nB\n")
                                     << int(F::Srt) << 6 << "cue timing";
    QTest::newRow("srt: end before start") << QByteArray("1\n00:00:05,000 --> 00:00:02,000\nA\n")
                                           << int(F::Srt) << 2 << "end after the start";
    QTest::newRow("vtt: no header")
            << QByteArray("00:01.000 --> 00:02.000\nA\n") << int(F::WebVtt) << 1 << "WEBVTT";
    QTest::newRow("json: syntax") << QByteArray("{\"segments\": [\n{\"startTime\": 1,,}]}")
                                  << int(F::Json) << 2 << "JSON";
    QTest::newRow("json: end before start")
            << QByteArray("{\"segments\": [\n{\"startTime\": 2, \"endTime\": 1, \"body\": \"x\"}]}")
            << int(F::Json) << 2 << "not before startTime";
}

void TestTranscriptParser::locatesMistakes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(int, line);
    QFETCH(QString, message);
    const Parsed<Transcript> parsed
            = TranscriptParser::parse(bytes, QStringLiteral("t"), TranscriptParser::Format(format));
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.error.file, QStringLiteral("t"));
    QCOMPARE(parsed.error.line, line);
    QVERIFY2(parsed.error.message.contains(message), qPrintable(parsed.error.message));
}

QTEST_GUILESS_MAIN(TestTranscriptParser)
#include "tst_transcriptparser.moc"
