// Tags as typed become clean tags, and clean tags become safe #words; times and excerpts are
// written the same way everywhere.
#include "bookmarks/BookmarkTags.h"
#include "bookmarks/BookmarkText.h"

#include <QTest>

class TestBookmarkTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes()
    {
        QCOMPARE(BookmarkTags::normalized({QStringLiteral("  ##AI "), QStringLiteral("ai"),
                                           QStringLiteral("open \t source"), QString(),
                                           QStringLiteral("#")}),
                 (QStringList {QStringLiteral("AI"), QStringLiteral("open source")}));
        QVERIFY(BookmarkTags::contains({QStringLiteral("Émotion")}, QStringLiteral("#émotion")));
        QVERIFY(!BookmarkTags::contains({QStringLiteral("emotion")}, QStringLiteral("émotion")));
    }

    void safeWords_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << QStringLiteral("ai") << QStringLiteral("ai");
        QTest::newRow("spaces") << QStringLiteral("open  source") << QStringLiteral("open-source");
        QTest::newRow("punctuation")
                << QStringLiteral("what? (maybe)!") << QStringLiteral("what-maybe");
        QTest::newRow("nested") << QStringLiteral("topic/sub_topic")
                                << QStringLiteral("topic/sub_topic");
        QTest::newRow("digits") << QStringLiteral("2024") << QStringLiteral("_2024");
        QTest::newRow("accents") << QStringLiteral("café crème") << QStringLiteral("café-crème");
        QTest::newRow("nothing left") << QStringLiteral("?!") << QString();
    }

    void safeWords()
    {
        QFETCH(QString, tag);
        QFETCH(QString, word);
        QCOMPARE(BookmarkTags::safeWord(tag), word);
    }

    void hashtags()
    {
        QCOMPARE(BookmarkTags::hashtags({QStringLiteral("AI"), QStringLiteral("open source"),
                                         QStringLiteral("?!")}),
                 QStringLiteral("#AI #open-source"));
        QCOMPARE(BookmarkTags::hashtags({}), QString());
    }

    void writesTimes()
    {
        QCOMPARE(BookmarkText::clock(0), QStringLiteral("00:00:00"));
        QCOMPARE(BookmarkText::clock(3723999), QStringLiteral("01:02:03"));
        QCOMPARE(BookmarkText::span(21680, 32348), QStringLiteral("00:00:21\u201300:00:32"));
        QCOMPARE(BookmarkText::span(-1, -1), QString());
        QCOMPARE(BookmarkText::isoTime(1714555800123), QStringLiteral("2024-05-01T09:30:00.123Z"));
        QCOMPARE(BookmarkText::parseIsoTime(QStringLiteral("2024-05-01T09:30:00.123Z")),
                 qint64(1714555800123));
        QCOMPARE(BookmarkText::parseIsoTime(QStringLiteral("2024-05-01T09:30:00Z")),
                 qint64(1714555800000));
        QVERIFY(!BookmarkText::parseIsoTime(QStringLiteral("2024-05-01T09:30:00+02:00")));
        QVERIFY(!BookmarkText::parseIsoTime(QStringLiteral("2024-13-01T09:30:00Z")));
        QVERIFY(!BookmarkText::parseIsoTime(QString()));
    }

    void excerpts()
    {
        QCOMPARE(BookmarkText::excerpt(QStringLiteral("short"), 10), QStringLiteral("short"));
        QCOMPARE(BookmarkText::excerpt(QStringLiteral("  first\nsecond"), 10),
                 QStringLiteral("first \u2026"));
        QCOMPARE(BookmarkText::excerpt(QStringLiteral("one two three four"), 12),
                 QStringLiteral("one two\u2026"));
        QVERIFY(BookmarkText::excerpt(QString(40, QLatin1Char('x')), 10).size() <= 10);
    }
};

QTEST_GUILESS_MAIN(TestBookmarkTags)
#include "tst_bookmarktags.moc"
