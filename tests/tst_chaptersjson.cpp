// ChaptersJsonParser: the Podcasting 2.0 chapters examples, and one located error per mistake.
#include "feeds/ChaptersJsonParser.h"

#include <QtTest>

class TestChaptersJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsExamples_data();
    void readsExamples();
    void locatesMistakes_data();
    void locatesMistakes();
};

void TestChaptersJson::readsExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index"); // a chapter to look at
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("toc");

    QTest::newRow("example: first") << "example.json" << 9 << 0 << qint64(0) << "Intro"
                                    << ""
                                    << "" << true;
    QTest::newRow("example: image and link")
            << "example.json" << 9 << 3 << qint64(410000) << "Namespace"
            << "https://example.com/images/namepsace_example.jpg"
            << "https://github.com/Podcastindex-org/podcast-namespace" << true;
    QTest::newRow("complex: a silent location marker")
            << "exampleComplex.json" << 11 << 7 << qint64(4826000) << ""
            << "https://example.com/images/parisfrance.jpg"
            << "" << false;
    QTest::newRow("complex: last")
            << "exampleComplex.json" << 11 << 10 << qint64(6089000) << "Outro"
            << ""
            << "" << true;
}

void TestChaptersJson::readsExamples()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(int, index);
    QFETCH(qint64, startMs);
    QFETCH(QString, title);
    QFETCH(QString, image);
    QFETCH(QString, url);
    QFETCH(bool, toc);
    QFile input(QStringLiteral(CITECAST_TEST_DATA "/chapters/") + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const Parsed<ChapterList> parsed = ChaptersJsonParser::parse(input.readAll(), file);
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    QCOMPARE(parsed.value.size(), count);
    const Chapter &chapter = parsed.value.at(index);
    QCOMPARE(chapter.startMs, startMs);
    QCOMPARE(chapter.title, title);
    QCOMPARE(chapter.image, image);
    QCOMPARE(chapter.url, url);
    QCOMPARE(chapter.toc, toc);
    QCOMPARE(chapter.endMs, qint64(-1));
    for (int i = 1; i < parsed.value.size(); ++i)
        QVERIFY(parsed.value.at(i - 1).startMs <= parsed.value.at(i).startMs);
}

void TestChaptersJson::locatesMistakes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax") << QByteArray("{\n  \"chapters\": [\n    {\"startTime\": 0,}\n  ]\n}")
                            << 3 << QString() << "JSON";
    QTest::newRow("no chapters list")
            << QByteArray("{\"segments\": []}") << 1 << QString() << "no \"chapters\" list";
    QTest::newRow("negative start")
            << QByteArray("{\"chapters\": [\n {\"startTime\": 0, \"title\": \"A\"},\n "
                          "{\"startTime\": -4, \"title\": \"B\"}\n]}")
            << 3 << "chapters[1].startTime"
            << "seconds";
    QTest::newRow("end before start")
            << QByteArray("{\"chapters\": [{\"startTime\": 10, \"endTime\": 5}]}") << 1
            << "chapters[0].endTime"
            << "after startTime";
}

void TestChaptersJson::locatesMistakes()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const Parsed<ChapterList> parsed = ChaptersJsonParser::parse(json, QStringLiteral("c.json"));
    QVERIFY(!parsed.ok);
    QCOMPARE(parsed.error.file, QStringLiteral("c.json"));
    QCOMPARE(parsed.error.line, line);
    QVERIFY(parsed.error.column > 0);
    QCOMPARE(parsed.error.path, path);
    QVERIFY2(parsed.error.message.contains(message), qPrintable(parsed.error.message));
}

QTEST_GUILESS_MAIN(TestChaptersJson)
#include "tst_chaptersjson.moc"
