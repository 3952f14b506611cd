// Golden tests of the episode page importer on the seed page and on broken pages.
#include "import/EpisodePageParser.h"
#include "support/TestLibrary.h"

#include <QFile>
#include <QTest>

class TestEpisodePageParser : public QObject
{
    Q_OBJECT

private:
    static QByteArray seed()
    {
        QFile file(TestPaths::source(QStringLiteral("resources/sample/episode-page.txt")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void seedTitleAndNumber()
    {
        const Parsed<EpisodeContent> page
                = EpisodePageParser::parse(seed(), QStringLiteral("seed"));
        QVERIFY2(page.ok, qPrintable(page.error.toString()));
        QCOMPARE(page.value.episode.number, 11);
        QCOMPARE(page.value.episode.title,
                 QStringLiteral("Stanford Professor Tatsu Hashimoto on AI Biases and Improving LLM "
                                "Performance"));
        QVERIFY(page.value.episode.guid.startsWith(QStringLiteral("title:")));
        QVERIFY(page.value.clips.isEmpty()); // a page carries no clip times
    }

    void seedTopics()
    {
        const EpisodeContent page = EpisodePageParser::parse(seed(), QStringLiteral("seed")).value;
        QCOMPARE(page.topics.size(), 3);
        QCOMPARE(page.topics.at(0).title, QStringLiteral("Model Insights"));
        QCOMPARE(page.topics.at(1).title, QStringLiteral("RL Impact"));
        QCOMPARE(page.topics.at(2).title, QStringLiteral("Model Bias"));
        for (const Topic &topic : page.topics) {
            QVERIFY(!topic.summary.contains(QChar(0x00A0)));
            QVERIFY(!topic.summary.contains(QChar(0x00C2)));
            // The numbers are not part of the text.
            QVERIFY2(!topic.summary.contains(QStringLiteral(" 1.")), qPrintable(topic.summary));
        }
        QVERIFY(page.topics.at(0).summary.startsWith(
                QStringLiteral("shares insights on the factors")));
        QVERIFY(page.topics.at(0).summary.contains(
                QStringLiteral("rather than altering the model's core knowledge. Hashimoto was")));
    }

    void seedCitations()
    {
        const EpisodeContent page = EpisodePageParser::parse(seed(), QStringLiteral("seed")).value;
        QVector<int> numbers;
        QSet<int> distinct;
        for (const Topic &topic : page.topics) {
            for (const Citation &citation : topic.citations) {
                numbers << citation.number;
                distinct << citation.number;
                // Offsets point at the sentence inside the summary.
                QCOMPARE(topic.summary.mid(citation.textStart,
                                           citation.textEnd - citation.textStart),
                         citation.sentence);
            }
        }
        QCOMPARE(numbers, (QVector<int> {1, 2, 3, 1, 4, 5, 6}));
        QCOMPARE(distinct.size(), 6);

        const Citation &first = page.topics.at(0).citations.at(0);
        QVERIFY(first.sentence.startsWith(QStringLiteral("He explains that while reinforcement")));
        QVERIFY(first.sentence.endsWith(QStringLiteral("the model's core knowledge.")));
        const Citation &again = page.topics.at(1).citations.at(0);
        QCOMPARE(again.number, 1);
        QVERIFY(again.sentence.startsWith(QStringLiteral("highlights how RL can adjust")));
        const Citation &four = page.topics.at(1).citations.at(1);
        QCOMPARE(four.number, 4);
        QVERIFY(four.sentence.endsWith(
                QStringLiteral("the cost-effectiveness and final system quality are crucial "
                               "considerations.")));
        const Citation &six = page.topics.at(2).citations.at(1);
        QCOMPARE(six.number, 6);
        QVERIFY(six.sentence.startsWith(QStringLiteral("Hashimoto's work on opinion QA")));
        // The last sentence of "RL Impact" has no citation and is not attached to one.
        QVERIFY(page.topics.at(1).summary.endsWith(
                QStringLiteral("avoids overfitting to specific tasks.")));
        QCOMPARE(page.topics.at(1).citations.size(), 2);
    }

    void seedRelated()
    {
        const EpisodeContent page = EpisodePageParser::parse(seed(), QStringLiteral("seed")).value;
        QCOMPARE(page.related.size(), 9);
        for (const RelatedEpisode &related : page.related)
            QCOMPARE(related.questionsAnswered, 383);
        QCOMPARE(page.related.at(0).number, 18);
        QCOMPARE(page.related.at(0).title,
                 QStringLiteral("LlamaIndex CEO Jerry Liu on Trends in LLM Applications"));
        QCOMPARE(page.related.at(2).number, -1);
        QCOMPARE(page.related.at(2).title,
                 QStringLiteral("How to Think about Building an AI Startup in 2023"));
        QCOMPARE(page.related.at(8).number, 40);
    }

    void variations_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QVector<int>>("numbers");
        QTest::addColumn<QString>("summary");
        QTest::newRow("crlf and bom")
                << QByteArray("\xEF\xBB\xBFTitle\r\nTopic\r\nOne fact 1. Two 2.\r\n")
                << QVector<int> {1, 2} << QStringLiteral("One fact. Two.");
        QTest::newRow("several numbers")
                << QByteArray("T\nTopic\nShared claim 2, 3. Plain sentence.\n")
                << QVector<int> {2, 3} << QStringLiteral("Shared claim. Plain sentence.");
        QTest::newRow("not citations")
                << QByteArray("T\nTopic\nIt costs 1,000. GPT 4 is big. Zero 0.\n")
                << QVector<int> {} << QStringLiteral("It costs 1,000. GPT 4 is big. Zero 0.");
        QTest::newRow("paragraph end without stop")
                << QByteArray("T\nTopic\nFirst one. Last words 7\n") << QVector<int> {7}
                << QStringLiteral("First one. Last words");
        QTest::newRow("latin-1") << QByteArray("T\nTopic\nCaf\xE9 talk 1.\n") << QVector<int> {1}
                                 << QStringLiteral("Caf\u00e9 talk.");
        QTest::newRow("abbreviation")
                << QByteArray("T\nTopic\nModels e.g. Alpaca work 1. Next.\n") << QVector<int> {1}
                << QStringLiteral("Models e.g. Alpaca work. Next.");
    }

    void variations()
    {
        QFETCH(QByteArray, page);
        QFETCH(QVector<int>, numbers);
        QFETCH(QString, summary);
        const Parsed<EpisodeContent> parsed
                = EpisodePageParser::parse(page, QStringLiteral("p.txt"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
        QCOMPARE(parsed.value.topics.size(), 1);
        QCOMPARE(parsed.value.topics.at(0).summary, summary);
        QVector<int> found;
        for (const Citation &citation : parsed.value.topics.at(0).citations)
            found << citation.number;
        QCOMPARE(found, numbers);
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("\n \n\xC2\xA0\n") << 1 << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("T\nab\0cd", 7) << 2
                                << QStringLiteral("not a text file");
        QTest::newRow("no topics") << QByteArray("Title\nTopics covered\nRelated Episodes\nX\n")
                                   << 3 << QStringLiteral("no topic sections");
        QTest::newRow("topic without summary")
                << QByteArray("Title\nTopic A\nA summary 1.\nTopic B\n") << 4
                << QStringLiteral("\u201cTopic B\u201d has no summary");
        QTest::newRow("answers without title")
                << QByteArray("Title\nTopic\nSummary 1.\nRelated Episodes\nAnswers 3 questions\n")
                << 5 << QStringLiteral("no episode title above it");
        QTest::newRow("paragraph first") << QByteArray(
                "Title\nThis is a long paragraph without a title. It goes on and on and "
                "on for a while so that it cannot be a topic title line at all 1.\n")
                                         << 2 << QStringLiteral("expected a topic title");
    }

    void broken()
    {
        QFETCH(QByteArray, page);
        QFETCH(int, line);
        QFETCH(QString, message);
        const Parsed<EpisodeContent> parsed
                = EpisodePageParser::parse(page, QStringLiteral("bad.txt"));
        QVERIFY(!parsed.ok);
        QCOMPARE(parsed.error.file, QStringLiteral("bad.txt"));
        QCOMPARE(parsed.error.line, line);
        QVERIFY2(parsed.error.message.contains(message), qPrintable(parsed.error.message));
        QVERIFY(parsed.error.toString().startsWith(QStringLiteral("bad.txt:%1").arg(line)));
    }

    void pageDetection()
    {
        QVERIFY(EpisodePageParser::looksLikePage(seed()));
        QVERIFY(!EpisodePageParser::looksLikePage(" \n{\"citecastPack\": 1}"));
        QVERIFY(!EpisodePageParser::looksLikePage("<?xml version=\"1.0\"?><rss/>"));
    }
};

QTEST_GUILESS_MAIN(TestEpisodePageParser)
#include "tst_episodepageparser.moc"
