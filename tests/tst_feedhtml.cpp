// HtmlSanitizer: show notes made safe to show, and the same as plain text.
#include "feeds/HtmlSanitizer.h"
#include "feeds/PlainNotes.h"

#include <QtTest>

class TestFeedHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizes_data();
    void sanitizes();
    void convertsPlainText();
    void tellsHtmlFromText();
};

void TestFeedHtml::sanitizes_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("safe");
    QTest::addColumn<QString>("text");
    QTest::newRow("structure kept") << "<h1>This is a <em>test</em></h1>"
                                    << "<h1>This is a <em>test</em></h1>"
                                    << "This is a test";
    QTest::newRow("scripts and styles dropped with their content")
            << "<p>Hi<script>alert(1)</script><style>p{}</style></p>"
            << "<p>Hi</p>"
            << "Hi";
    QTest::newRow("event handlers and styles dropped")
            << "<p onclick=\"x()\" style=\"color:red\" class=\"c\">a</p>"
            << "<p>a</p>"
            << "a";
    QTest::newRow("links kept, resolved, javascript: refused")
            << "<a href=\"/ep/1\" target=\"_blank\">one</a> <a href=\"javascript:x()\">two</a>"
            << "<a href=\"https://example.org/ep/1\">one</a> two"
            << "one two";
    QTest::newRow("remote images become links")
            << "<p><img src=\"https://cdn.example.org/a.jpg\" alt=\"Cover\"></p>"
            << "<p><a href=\"https://cdn.example.org/a.jpg\" class=\"image\">[image: Cover]</a></p>"
            << "";
    QTest::newRow("iframes dropped") << "a<iframe src=\"https://x\">fallback</iframe>b"
                                     << "ab"
                                     << "ab";
    QTest::newRow("entities decoded, re-escaped")
            << "Q&amp;A &eacute;t&eacute; &#x1F600; 1 &lt; 2"
            << QStringLiteral("Q&amp;A \u00e9t\u00e9 \U0001F600 1 &lt; 2")
            << QStringLiteral("Q&A \u00e9t\u00e9 \U0001F600 1 < 2");
    QTest::newRow("unclosed tags closed") << "<p><b>bold"
                                          << "<p><b>bold</b></p>"
                                          << "bold";
    QTest::newRow("lists as bullets")
            << "<ul><li>one</li><li>two</li></ul>"
            << "<ul><li>one</li><li>two</li></ul>" << QStringLiteral("\u2022 one\n\u2022 two");
    QTest::newRow("paragraphs as blank lines") << "<p>one</p>\n\n  <p>two   words</p>"
                                               << "<p>one</p>\n\n  <p>two   words</p>"
                                               << "one\n\ntwo words";
    QTest::newRow("comments dropped") << "a<!-- <script> -->b"
                                      << "ab"
                                      << "ab";
}

void TestFeedHtml::sanitizes()
{
    QFETCH(QString, html);
    QFETCH(QString, safe);
    QFETCH(QString, text);
    const HtmlSanitizer::Result result
            = HtmlSanitizer::sanitize(html, QUrl(QStringLiteral("https://example.org/feed.xml")));
    QCOMPARE(result.html, safe);
    QCOMPARE(result.text, text);
    QCOMPARE(HtmlSanitizer::toText(html), text); // the text alone (feed inspect)
}

void TestFeedHtml::convertsPlainText()
{
    const HtmlSanitizer::Result result = PlainNotes::toHtml(
            QStringLiteral("First  line\nsecond <line>\n\nMore at https://example.org/notes."));
    QCOMPARE(result.html,
             QStringLiteral("<p>First line<br>second &lt;line&gt;</p><p>More at "
                            "<a href=\"https://example.org/notes\">https://example.org/notes</a>."
                            "</p>"));
    QCOMPARE(result.text,
             QStringLiteral("First line\nsecond <line>\n\nMore at https://example.org/notes."));
}

void TestFeedHtml::tellsHtmlFromText()
{
    QVERIFY(HtmlSanitizer::looksLikeHtml(QStringLiteral("<h1>HELLO</h1>")));
    QVERIFY(HtmlSanitizer::looksLikeHtml(QStringLiteral("see <a href=\"x\">this</a>")));
    QVERIFY(HtmlSanitizer::looksLikeHtml(QStringLiteral("line<br/>break")));
    QVERIFY(!HtmlSanitizer::looksLikeHtml(QStringLiteral("a < b < c")));
    QVERIFY(!HtmlSanitizer::looksLikeHtml(QStringLiteral("plain text")));
}

QTEST_GUILESS_MAIN(TestFeedHtml)
#include "tst_feedhtml.moc"
