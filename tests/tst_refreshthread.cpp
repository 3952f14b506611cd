// RefreshThread: feeds refreshed on a worker thread with its own connection, the results
// delivered on the caller's thread, and a refresh that cannot start reported as failed().
#include "subscriptions/RefreshThread.h"
#include "subscriptions/SubscriptionStore.h"
#include "support/FeedHttpServer.h"
#include "support/TestLibrary.h"

#include <QSignalSpy>
#include <QTest>

class TestRefreshThread : public QObject
{
    Q_OBJECT

private:
    FeedHttpServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.serve(QStringLiteral("/feed.xml"),
                       "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Threaded"
                       "</title><item><title>One</title><guid>threaded-1</guid></item>"
                       "</channel></rss>");
    }

    void refreshesOnTheWorkerAndReportsHere()
    {
        TestLibrary library;
        SubscriptionStore store(library.connection());
        const qint64 good = store.add(m_server.url(QStringLiteral("/feed.xml")))->id;
        const qint64 missing = store.add(m_server.url(QStringLiteral("/missing.xml")))->id;

        RefreshThread thread(library.path());
        QThread *caller = QThread::currentThread();
        QThread *deliveredOn = nullptr;
        connect(&thread, &RefreshThread::finished, this,
                [&deliveredOn] { deliveredOn = QThread::currentThread(); });
        QSignalSpy started(&thread, &RefreshThread::feedStarted);
        QSignalSpy finished(&thread, &RefreshThread::finished);
        thread.refresh();
        QVERIFY(thread.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!thread.isRunning());
        QCOMPARE(deliveredOn, caller);
        QCOMPARE(started.size(), 2);
        const auto results = finished.constFirst().constFirst().value<QVector<FeedRefreshResult>>();
        QCOMPARE(results.size(), 2);

        // Written through the worker's connection, read through this one.
        QCOMPARE(store.find(good)->status, RefreshStatus::Updated);
        QCOMPARE(store.find(good)->showTitle, QStringLiteral("Threaded"));
        QCOMPARE(store.find(good)->episodeCount, 1);
        QCOMPARE(store.find(missing)->status, RefreshStatus::Failed);
        QVERIFY(store.find(missing)->error.endsWith(QStringLiteral("HTTP 404 Not Found")));

        // Again, on the same worker: a single feed.
        thread.refresh({good});
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constLast().constFirst().value<QVector<FeedRefreshResult>>().size(), 1);
    }

    void destroyedMidRefreshAbandonsTheFetch()
    {
        FeedHttpServer::Route slow;
        slow.body = "<rss version=\"2.0\"><channel><title>Late</title></channel></rss>";
        slow.delayMs = 30000;
        m_server.add(QStringLiteral("/slow.xml"), slow);
        TestLibrary library;
        SubscriptionStore store(library.connection());
        const qint64 id = store.add(m_server.url(QStringLiteral("/slow.xml")))->id;
        {
            RefreshThread thread(library.path());
            QSignalSpy started(&thread, &RefreshThread::feedStarted);
            thread.refresh();
            QVERIFY(started.wait(20000));
        } // the window closes: the worker, its connection and the fetch go
        QCOMPARE(store.find(id)->status, RefreshStatus::Never);
        QCOMPARE(library.count(QStringLiteral("shows")), 0);
    }

    void aRefreshThatCannotStartFails()
    {
        TestLibrary library;
        RefreshThread thread(library.path());
        QSignalSpy failed(&thread, &RefreshThread::failed);
        thread.refresh({77});
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(
                QStringLiteral("no subscription 77")));
        QVERIFY(!thread.isRunning());

        RefreshThread nowhere(library.dir()); // a folder, not a library file
        QSignalSpy notOpened(&nowhere, &RefreshThread::failed);
        nowhere.refresh();
        QVERIFY(notOpened.wait(20000));
        QVERIFY(!notOpened.constFirst().constFirst().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRefreshThread)
#include "tst_refreshthread.moc"
