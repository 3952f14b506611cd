// A second start hands its message to the running instance of the same library only.
#include "library/SingleInstance.h"

#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent>

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversToTheRunningInstance()
    {
        SingleInstance running(QStringLiteral("/tmp/test-library-a.sqlite"));
        QVERIFY2(running.listen(), qPrintable(running.errorString()));
        QSignalSpy received(&running, &SingleInstance::messageReceived);

        // The sender blocks while waiting for the answer, so it runs on another thread.
        const QFuture<bool> sent = QtConcurrent::run([] {
            SingleInstance second(QStringLiteral("/tmp/test-library-a.sqlite"));
            return second.sendToRunning(QStringLiteral("citecast://episode/abc?t=1000-2000"));
        });
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toString(),
                 QStringLiteral("citecast://episode/abc?t=1000-2000"));
        QTRY_VERIFY(sent.isFinished());
        QVERIFY(sent.result());
    }

    void otherLibrariesAreNotDisturbed()
    {
        SingleInstance running(QStringLiteral("/tmp/test-library-b.sqlite"));
        QVERIFY(running.listen());
        SingleInstance other(QStringLiteral("/tmp/test-library-c.sqlite"));
        QVERIFY(other.serverName() != running.serverName());
        QVERIFY(!other.sendToRunning(QStringLiteral("hello"), 200));
    }

    void nobodyRunning()
    {
        SingleInstance alone(QStringLiteral("/tmp/test-library-d.sqlite"));
        QVERIFY(!alone.sendToRunning(QStringLiteral("hello"), 200));
        QVERIFY(alone.listen());
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
