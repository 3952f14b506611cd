// SearchWorker: searches run on their own thread and connection; only the newest is delivered.
#include "search/SearchWorker.h"
#include "support/TestLibrary.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

class TestSearchWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversResults();
    void staleSearchesAreDropped();
    void cancelDropsPending();
    void unreadableLibraryFails();
};

namespace {

void fill(TestLibrary &library)
{
    QSqlQuery query(library.connection());
    QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO episodes (id, guid, title, description) VALUES "
            "(1, 'a', 'Volcanoes of Iceland', 'lava and ash'), (2, 'b', 'Glaciers', 'ice')")));
}

} // namespace

void TestSearchWorker::deliversResults()
{
    TestLibrary library;
    fill(library);
    SearchWorker worker(library.path());
    QSignalSpy ready(&worker, &SearchWorker::resultsReady);
    const quint64 generation = worker.search(QStringLiteral("volcano"), 10);
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toULongLong(), generation);
    QCOMPARE(ready.at(0).at(1).toString(), QStringLiteral("volcano"));
    const SearchHits hits = ready.at(0).at(2).value<SearchHits>();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().episodeId, 1);
}

void TestSearchWorker::staleSearchesAreDropped()
{
    TestLibrary library;
    fill(library);
    SearchWorker worker(library.path());
    QSignalSpy ready(&worker, &SearchWorker::resultsReady);
    // As if typed one letter at a time: only the last text is answered.
    worker.search(QStringLiteral("gl"), 10);
    worker.search(QStringLiteral("gla"), 10);
    const quint64 last = worker.search(QStringLiteral("glac"), 10);
    QVERIFY(ready.wait(10000));
    QTest::qWait(100); // nothing else arrives late
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toULongLong(), last);
    QCOMPARE(ready.at(0).at(1).toString(), QStringLiteral("glac"));
}

void TestSearchWorker::cancelDropsPending()
{
    TestLibrary library;
    fill(library);
    SearchWorker worker(library.path());
    QSignalSpy ready(&worker, &SearchWorker::resultsReady);
    worker.search(QStringLiteral("ice"), 10);
    worker.cancel();
    QTest::qWait(200);
    QCOMPARE(ready.count(), 0);
    worker.search(QStringLiteral("ice"), 10);
    QVERIFY(ready.wait(10000));
}

void TestSearchWorker::unreadableLibraryFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-library.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    SearchWorker worker(path);
    QSignalSpy failed(&worker, &SearchWorker::failed);
    worker.search(QStringLiteral("ice"), 10);
    QVERIFY(failed.wait(10000));
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchWorker)
#include "tst_searchworker.moc"
