// Tests JsonLocator (finding a value's place in JSON text) and its companions JsonPath and
// JsonText, which together turn problems found in a parsed tree into a line and column.
#include "import/JsonLocator.h"
#include "import/JsonPath.h"
#include "import/JsonText.h"

#include <QJsonDocument>
#include <QTest>

class TestJsonLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offsetOf_data();
    void offsetOf();
    void emptyOrBrokenText();
    void positionAt_data();
    void positionAt();
    void pathText_data();
    void pathText();
    void checkUtf8_data();
    void checkUtf8();
    void syntaxProblem_data();
    void syntaxProblem();
};

// `marker`'s first occurrence in `json` is where the value at `path` should be found.
void TestJsonLocator::offsetOf_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("marker");

    const QByteArray nested = R"({"a": {"b": [10, {"c": "x"}], "d": null}, "e": true})";
    QTest::newRow("root") << nested << QString() << QByteArray(R"({"a")");
    QTest::newRow("member") << nested << QStringLiteral("e") << QByteArray("true");
    QTest::newRow("nested object") << nested << QStringLiteral("a") << QByteArray(R"({"b")");
    QTest::newRow("array") << nested << QStringLiteral("a.b") << QByteArray("[10");
    QTest::newRow("array item") << nested << QStringLiteral("a.b[0]") << QByteArray("10");
    QTest::newRow("member of array item")
            << nested << QStringLiteral("a.b[1].c") << QByteArray(R"("x")");
    QTest::newRow("null member") << nested << QStringLiteral("a.d") << QByteArray("null");

    const QByteArray tricky = R"({"s": "he said \"}]\" and {[", "t": ["[", "{\"", ","], "u": 1})";
    QTest::newRow("after a string with escaped quotes and brackets")
            << tricky << QStringLiteral("u") << QByteArray("1}");
    QTest::newRow("item after strings with brackets")
            << tricky << QStringLiteral("t[2]") << QByteArray(R"(","])");
    QTest::newRow("escaped key") << QByteArray(R"({"x": 1, "ti\u0074le": 5})")
                                 << QStringLiteral("title") << QByteArray("5");
    QTest::newRow("key with an escaped quote")
            << QByteArray(R"({"a\"b": 1, "c": 2})") << QStringLiteral("c") << QByteArray("2");

    QTest::newRow("missing key: the parent object")
            << nested << QStringLiteral("a.missing") << QByteArray(R"({"b")");
    QTest::newRow("missing key deep: the deepest existing value")
            << nested << QStringLiteral("a.b[1].missing.more") << QByteArray(R"({"c")");
    QTest::newRow("index out of range: the array")
            << nested << QStringLiteral("a.b[5]") << QByteArray("[10");
    QTest::newRow("key into an array: the array")
            << nested << QStringLiteral("a.b.c") << QByteArray("[10");
    QTest::newRow("index into a scalar: the scalar")
            << nested << QStringLiteral("e[0]") << QByteArray("true");
    QTest::newRow("empty array") << QByteArray(R"({"list": [ ]})") << QStringLiteral("list[0]")
                                 << QByteArray("[");

    QTest::newRow("duplicate keys: the last, as QJsonDocument keeps it")
            << QByteArray(R"({"k": 1, "k": 2})") << QStringLiteral("k") << QByteArray("2");
    QTest::newRow("byte order mark and white space")
            << QByteArray("\xEF\xBB\xBF \r\n\t{ \"k\" :\n  [ \"v\" ] }") << QStringLiteral("k[0]")
            << QByteArray("\"v\"");
    QTest::newRow("multi-byte characters before the value")
            << QByteArray("{\"n\": \"Caf\xC3\xA9 \xF0\x9F\x8E\xA7\", \"m\": 3}")
            << QStringLiteral("m") << QByteArray("3}");
    QTest::newRow("whole numbers and literals are skipped")
            << QByteArray(R"([1.5e3, -2, false, null, {"z": 0}])") << QStringLiteral("[4].z")
            << QByteArray("0}");
}

void TestJsonLocator::offsetOf()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QByteArray, marker);
    QVERIFY2(!QJsonDocument::fromJson(json).isNull(), "the test JSON must be valid");
    QCOMPARE(JsonLocator::offsetOf(json, JsonPath::fromString(path)), json.indexOf(marker));
}

void TestJsonLocator::emptyOrBrokenText()
{
    QCOMPARE(JsonLocator::offsetOf(QByteArray(), JsonPath()), qsizetype(-1));
    QCOMPARE(JsonLocator::offsetOf(QByteArray(" \n "), JsonPath().child(QStringLiteral("a"))),
             qsizetype(-1));
    // Broken text: never crashes, answers with the last place it could reach.
    const QByteArray broken = R"({"a": {"b": "unterminated)";
    QCOMPARE(JsonLocator::offsetOf(broken, JsonPath::fromString(QStringLiteral("a.b"))),
             broken.indexOf("\"unterminated"));
    QCOMPARE(JsonLocator::offsetOf(QByteArray("{\"a\": \"x\\"),
                                   JsonPath::fromString(QStringLiteral("b"))),
             qsizetype(0));
}

void TestJsonLocator::positionAt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("{}") << 0 << 1 << 1;
    QTest::newRow("first line") << QByteArray("{ \"a\": 1 }") << 7 << 1 << 8;
    QTest::newRow("after LF") << QByteArray("{\n  \"a\": 1\n}") << 4 << 2 << 3;
    QTest::newRow("third line") << QByteArray("{\n  \"a\": 1\n}") << 11 << 3 << 1;
    QTest::newRow("CRLF is one line end") << QByteArray("{\r\n  \"a\": 1\r\n}") << 5 << 2 << 3;
    QTest::newRow("lone CR ends a line") << QByteArray("{\r  \"a\": 1}") << 4 << 2 << 3;
    QTest::newRow("characters, not bytes")
            << QByteArray("[\"\xC3\xA9\xE2\x80\xA6\xF0\x9F\x8E\xA7\", 1]") << 13 << 1 << 8;
    QTest::newRow("BOM does not count") << QByteArray("\xEF\xBB\xBF{\"a\": 1}") << 9 << 1 << 7;
    QTest::newRow("inside the BOM") << QByteArray("\xEF\xBB\xBF{}") << 1 << 1 << 1;
    QTest::newRow("past the end clamps") << QByteArray("{\n}") << 99 << 2 << 2;
}

void TestJsonLocator::positionAt()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonLocator::TextPosition position = JsonLocator::positionAt(text, offset);
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
}

void TestJsonLocator::pathText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("root") << QString();
    QTest::newRow("key") << QStringLiteral("citecastPack");
    QTest::newRow("deep") << QStringLiteral("episodes[0].clips[3].end");
    QTest::newRow("nested arrays") << QStringLiteral("matrix[1][2]");
    QTest::newRow("root array") << QStringLiteral("[4].z");
}

void TestJsonLocator::pathText()
{
    QFETCH(QString, text);
    QCOMPARE(JsonPath::fromString(text).toString(), text);
    const JsonPath built = JsonPath()
                                   .child(QStringLiteral("episodes"))
                                   .item(0)
                                   .child(QStringLiteral("clips"))
                                   .item(3)
                                   .child(QStringLiteral("end"));
    QCOMPARE(built.toString(), QStringLiteral("episodes[0].clips[3].end"));
    QVERIFY(built == JsonPath::fromString(built.toString()));
    QCOMPARE(built.steps().size(), 5);
    QVERIFY(built.steps().at(1).isIndex());
}

// `offset` -1: well-formed UTF-8.
void TestJsonLocator::checkUtf8_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");

    QTest::newRow("ASCII") << QByteArray("{\"a\": 1}") << -1;
    QTest::newRow("BOM and every sequence length")
            << QByteArray("\xEF\xBB\xBF[\"\xC3\xA9\xE2\x80\xA6\xF0\x9F\x8E\xA7\xF4\x8F\xBF\xBF\"]")
            << -1;
    QTest::newRow("Latin-1") << QByteArray("[\"Caf\xE9\"]") << 5;
    QTest::newRow("stray continuation byte") << QByteArray("[\"\x80\"]") << 2;
    QTest::newRow("overlong") << QByteArray("[\"\xC0\xAF\"]") << 2;
    QTest::newRow("overlong three bytes") << QByteArray("[\"\xE0\x80\xAF\"]") << 2;
    QTest::newRow("surrogate") << QByteArray("[\"\xED\xA0\x80\"]") << 2;
    QTest::newRow("above U+10FFFF") << QByteArray("[\"\xF4\x90\x80\x80\"]") << 2;
    QTest::newRow("truncated at the end") << QByteArray("[\"ok\"] \xE2\x80") << 7;
    QTest::newRow("BOM twice") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF{}") << -1;
}

void TestJsonLocator::checkUtf8()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    const JsonText::Problem problem = JsonText::checkUtf8(text);
    QCOMPARE(problem.offset, qsizetype(offset));
    if (offset >= 0)
        QVERIFY2(problem.message.contains(QLatin1String("not UTF-8")), qPrintable(problem.message));
}

// Qt's QJsonParseError::offset points just past the character it stumbled on; the problem
// should point at it (`marker`'s first occurrence, or -1 for the end of the text).
void TestJsonLocator::syntaxProblem_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("marker");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing comma") << QByteArray("{\"a\": 1\n \"b\": 2}") << QByteArray("\"b\"")
                                   << QStringLiteral("expected \",\" or \"}\"");
    QTest::newRow("missing colon")
            << QByteArray("{\"a\" 1}") << QByteArray("1") << QStringLiteral("expected \":\"");
    QTest::newRow("trailing comma")
            << QByteArray("[1,\n\n]") << QByteArray("]") << QStringLiteral("trailing comma");
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << QByteArray("a")
                                  << QStringLiteral("expected \",\" or \"}\"");
    QTest::newRow("bad literal") << QByteArray("{\"a\": tru}") << QByteArray("tru")
                                 << QStringLiteral("expected a value");
    QTest::newRow("unterminated string") << QByteArray("{\"a\": \"x\\\"y\", \"b\": \"open}")
                                         << QByteArray("\"open") << QStringLiteral("not closed");
    QTest::newRow("garbage") << QByteArray("{\"a\": 1}\n}") << QByteArray("\n}")
                             << QStringLiteral("after the end");
    QTest::newRow("empty") << QByteArray("  ") << QByteArray()
                           << QStringLiteral("expected a value");
}

void TestJsonLocator::syntaxProblem()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, marker);
    QFETCH(QString, message);
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    const JsonText::Problem problem = JsonText::syntaxProblem(text, error);
    qsizetype expected = marker.isEmpty() ? text.size() : text.indexOf(marker);
    if (marker.startsWith('\n'))
        ++expected;
    QCOMPARE(problem.offset, expected);
    QVERIFY2(problem.message.startsWith(QLatin1String("JSON syntax error: ")),
             qPrintable(problem.message));
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
}

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
