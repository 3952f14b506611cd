// SearchQuery: what a user types becomes terms and filters, and always valid FTS5 syntax.
#include "search/SearchQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestSearchQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wordsBecomePrefixes();
    void singleLettersMatchWholeWords();
    void phrases();
    void unfinishedPhraseEndsWithPrefix();
    void filters();
    void filterOnlyQuery();
    void unknownKeyIsText();
    void punctuationOnlyIsEmpty();
    void titleExpression();
    void anythingTypedIsValidSyntax_data();
    void anythingTypedIsValidSyntax();

private:
    QSqlDatabase m_db;
};

void TestSearchQuery::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("searchquery"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    QVERIFY2(query.exec(
                     QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, body, "
                                    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO t VALUES ('Ada Lovelace', 'the analytical engine (1843) \"notes\"')")));
}

void TestSearchQuery::wordsBecomePrefixes()
{
    const SearchQuery query = SearchQuery::parse(QStringLiteral("  analyt   engine "));
    QCOMPARE(query.terms().size(), 2);
    QCOMPARE(query.matchExpression(), QStringLiteral("\"analyt\"* AND \"engine\"*"));
    QVERIFY(!query.hasFilters());
}

void TestSearchQuery::singleLettersMatchWholeWords()
{
    QCOMPARE(SearchQuery::parse(QStringLiteral("a")).matchExpression(), QStringLiteral("\"a\""));
}

void TestSearchQuery::phrases()
{
    const SearchQuery query = SearchQuery::parse(QStringLiteral("\"analytical  engine\" notes"));
    QCOMPARE(query.terms().size(), 2);
    QVERIFY(query.terms().at(0).phrase);
    QCOMPARE(query.matchExpression(), QStringLiteral("\"analytical engine\" AND \"notes\"*"));
}

void TestSearchQuery::unfinishedPhraseEndsWithPrefix()
{
    QCOMPARE(SearchQuery::parse(QStringLiteral("\"analytical eng")).matchExpression(),
             QStringLiteral("\"analytical eng\"*"));
}

void TestSearchQuery::filters()
{
    const SearchQuery query = SearchQuery::parse(
            QStringLiteral("engine Guest:\"Ada  Lovelace\" show:history tag:todo notes"));
    QCOMPARE(query.guests(), QStringList {QStringLiteral("Ada Lovelace")});
    QCOMPARE(query.shows(), QStringList {QStringLiteral("history")});
    QCOMPARE(query.tags(), QStringList {QStringLiteral("todo")});
    QCOMPARE(query.matchExpression(), QStringLiteral("\"engine\"* AND \"notes\"*"));
}

void TestSearchQuery::filterOnlyQuery()
{
    const SearchQuery query = SearchQuery::parse(QStringLiteral("guest:ada"));
    QVERIFY(!query.hasTerms());
    QVERIFY(query.hasFilters());
    QVERIFY(!query.isEmpty());
    // An empty filter value is no filter.
    QVERIFY(SearchQuery::parse(QStringLiteral("guest: show:\"\"")).isEmpty());
}

void TestSearchQuery::unknownKeyIsText()
{
    const SearchQuery query = SearchQuery::parse(QStringLiteral("title:engine"));
    QVERIFY(!query.hasFilters());
    QCOMPARE(query.matchExpression(), QStringLiteral("\"title:engine\"*"));
}

void TestSearchQuery::punctuationOnlyIsEmpty()
{
    QVERIFY(SearchQuery::parse(QStringLiteral("  ** () \" \" - : ")).isEmpty());
}

void TestSearchQuery::titleExpression()
{
    QCOMPARE(SearchQuery::titleExpression(QStringLiteral("Ada Love")),
             QStringLiteral("title : (\"Ada\"* AND \"Love\"*)"));
}

void TestSearchQuery::anythingTypedIsValidSyntax_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("rows");
    QTest::newRow("operators") << QStringLiteral("ada AND OR NOT NEAR(engine)") << 0;
    QTest::newRow("column filter") << QStringLiteral("title: ada") << 0; // "title" is a word here
    QTest::newRow("stray quote") << QStringLiteral("ada\" engine") << 1;
    QTest::newRow("quote in a word") << QStringLiteral("no\"tes") << 0;
    QTest::newRow("brackets") << QStringLiteral("(1843) {engine}") << 1;
    QTest::newRow("star and caret") << QStringLiteral("^ada eng*") << 1;
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE t; --") << 0;
    QTest::newRow("minus") << QStringLiteral("-ada") << 1;
    QTest::newRow("diacritics") << QStringLiteral("lovelácé") << 1;
    QTest::newRow("unfinished phrase") << QStringLiteral("\"the analyt") << 1;
    QTest::newRow("emoji") << QStringLiteral("\U0001F600 ada") << 1;
}

void TestSearchQuery::anythingTypedIsValidSyntax()
{
    QFETCH(QString, typed);
    QFETCH(int, rows);
    const SearchQuery parsed = SearchQuery::parse(typed);
    QVERIFY(parsed.hasTerms());
    QSqlQuery query(m_db);
    QVERIFY(query.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?")));
    query.addBindValue(parsed.matchExpression());
    QVERIFY2(
            query.exec(),
            qPrintable(parsed.matchExpression() + QStringLiteral(": ") + query.lastError().text()));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), rows);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
