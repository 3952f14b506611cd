// SearchBatch: rows written during a batch reach the search index at finish(), exactly as the
// triggers write them one by one without a batch, and a rolled-back batch leaves nothing behind.
#include "search/SearchBatch.h"
#include "storage/Transaction.h"
#include "support/TestLibrary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestSearchBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchIndexesLikeTheTriggers();
    void rowsWaitForFinish();
    void rollbackLeavesNothing();

private:
    static void exec(const TestLibrary &library, const QString &sql);
    static void writeSample(const TestLibrary &library);
    static QStringList indexRows(const TestLibrary &library);
    static int count(const TestLibrary &library, const QString &sql);
};

void TestSearchBatch::exec(const TestLibrary &library, const QString &sql)
{
    QSqlQuery query(library.connection());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QStringLiteral(": ") + sql));
}

int TestSearchBatch::count(const TestLibrary &library, const QString &sql)
{
    QSqlQuery query(library.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// Every kind of row, written in an order whose rowids go up and down, then an update and a delete
// of rows written moments before.
void TestSearchBatch::writeSample(const TestLibrary &library)
{
    exec(library, QStringLiteral("INSERT INTO shows (id, title) VALUES (3, 'Kitchen Radio')"));
    exec(library,
         QStringLiteral("INSERT INTO episodes (id, guid, show_id, title, description) VALUES "
                        "(2, 'g2', 3, 'Looms', 'weaving with cards'), "
                        "(1, 'g1', 3, 'Engines', 'Babbage designs a computer')"));
    exec(library,
         QStringLiteral("INSERT INTO episode_people (episode_id, position, name) VALUES "
                        "(1, 0, 'Ada Lovelace'), (2, 0, 'Joseph Jacquard')"));
    exec(library,
         QStringLiteral("INSERT INTO clips (id, episode_id, clip_key, kind, title, start_ms, "
                        "end_ms) VALUES (9, 1, 'chapter:0', 5, 'Opening of the vaults', 0, 1000), "
                        "(2, 1, 'chapter:1', 5, 'Closing', 1000, 2000)"));
    exec(library,
         QStringLiteral("INSERT INTO topics (id, episode_id, position, title, summary) VALUES "
                        "(5, 1, 0, 'Difference engines', 'gears and zebras'), "
                        "(1, 2, 0, 'Punch cards', 'patterns in pasteboard')"));
    exec(library,
         QStringLiteral("INSERT INTO highlights (id, episode_id, position, text) VALUES "
                        "(1, 1, 0, 'a quokka idea')"));
    exec(library,
         QStringLiteral("INSERT INTO questions (id, episode_id, position, text) VALUES "
                        "(1, 2, 0, 'could a narwhal weave?')"));
    exec(library,
         QStringLiteral("INSERT INTO transcripts (episode_id, source_url, format) "
                        "VALUES (1, 'file:///t.vtt', 'vtt')"));
    exec(library,
         QStringLiteral("INSERT INTO transcript_segments (episode_id, position, "
                        "start_ms, end_ms, speaker, text) VALUES "
                        "(1, 0, 0, 1000, '', 'welcome to the axolotl show')"));
    exec(library, QStringLiteral("UPDATE topics SET title = 'Analytical engines' WHERE id = 5"));
    exec(library, QStringLiteral("DELETE FROM clips WHERE id = 2"));
}

QStringList TestSearchBatch::indexRows(const TestLibrary &library)
{
    QStringList rows;
    QSqlQuery query(library.connection());
    if (!query.exec(QStringLiteral("SELECT rowid, title, body, kind, episode_id FROM search_index "
                                   "UNION ALL SELECT rowid, '', spoken, 8, episode_id FROM "
                                   "search_spoken ORDER BY 1")))
        return {query.lastError().text()};
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < 5; ++i)
            columns << query.value(i).toString();
        rows << columns.join(QLatin1Char('|'));
    }
    return rows;
}

void TestSearchBatch::batchIndexesLikeTheTriggers()
{
    TestLibrary plain;
    QVERIFY(plain.isValid());
    writeSample(plain);

    TestLibrary batched;
    QVERIFY(batched.isValid());
    {
        Transaction transaction(batched.connection());
        SearchBatch batch(batched.connection());
        QVERIFY(batch.begin());
        writeSample(batched);
        QVERIFY2(batch.finish(), qPrintable(batch.errorString()));
        QVERIFY(transaction.commit());
    }
    const QStringList rows = indexRows(plain);
    // A show, 2 episodes, 2 people, a chapter, 2 topics, a highlight, a question, a transcript
    // line.
    QCOMPARE(rows.size(), 11);
    QVERIFY(rows.join(QLatin1Char('\n')).contains(QStringLiteral("Analytical engines")));
    QVERIFY(!rows.join(QLatin1Char('\n')).contains(QStringLiteral("Closing")));
    QCOMPARE(indexRows(batched), rows);
    QCOMPARE(count(batched, QStringLiteral("SELECT count(*) FROM search_pending")), 0);
    QCOMPARE(count(batched, QStringLiteral("SELECT count(*) FROM search_batch")), 0);
    // Writes after the batch go straight into the index again.
    exec(batched, QStringLiteral("UPDATE episodes SET title = 'Mills' WHERE id = 2"));
    QCOMPARE(count(batched,
                   QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH "
                                  "'mills'")),
             1);
}

void TestSearchBatch::rowsWaitForFinish()
{
    TestLibrary library;
    QVERIFY(library.isValid());
    Transaction transaction(library.connection());
    SearchBatch batch(library.connection());
    QVERIFY(batch.begin());
    writeSample(library);
    QCOMPARE(indexRows(library), QStringList());
    QCOMPARE(count(library, QStringLiteral("SELECT count(*) FROM search_pending")), 11);
    QVERIFY(batch.finish());
    QCOMPARE(indexRows(library).size(), 11);
    QVERIFY(transaction.commit());
}

void TestSearchBatch::rollbackLeavesNothing()
{
    TestLibrary library;
    QVERIFY(library.isValid());
    {
        Transaction transaction(library.connection());
        SearchBatch batch(library.connection());
        QVERIFY(batch.begin());
        writeSample(library);
        // No commit: the transaction rolls back.
    }
    QCOMPARE(count(library, QStringLiteral("SELECT count(*) FROM episodes")), 0);
    QCOMPARE(count(library, QStringLiteral("SELECT count(*) FROM search_pending")), 0);
    QCOMPARE(count(library, QStringLiteral("SELECT count(*) FROM search_batch")), 0);
    QCOMPARE(indexRows(library), QStringList());
    // The triggers index row by row again.
    exec(library,
         QStringLiteral("INSERT INTO episodes (id, guid, title) VALUES (1, 'g', 'Mills')"));
    QCOMPARE(indexRows(library).size(), 1);
}

QTEST_GUILESS_MAIN(TestSearchBatch)
#include "tst_searchbatch.moc"
