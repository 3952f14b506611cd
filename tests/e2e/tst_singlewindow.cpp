// One window per library: a second start, say from a clicked citecast:// link, hands the link to
// the running window and exits instead of opening the library twice.
#include "library/SingleInstance.h"
#include "support/TestLibrary.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSingleWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartHandsOverItsLink()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

        QProcess first;
        first.setProcessEnvironment(environment);
        first.start(TestPaths::citecastBinary(), {QStringLiteral("--library"), library});
        QVERIFY(first.waitForStarted());
        // The window is up once it answers on the library's socket.
        SingleInstance probe(library);
        QDeadlineTimer deadline(30000);
        while (!probe.sendToRunning(QStringLiteral("raise"), 200) && !deadline.hasExpired())
            QTest::qWait(100);
        QVERIFY2(!deadline.hasExpired(), "the first window never listened");

        QProcess second;
        second.setProcessEnvironment(environment);
        second.start(TestPaths::citecastBinary(),
                     {QStringLiteral("--library"), library,
                      QStringLiteral("citecast://episode/citecast-sample-ep11?t=68760-80463")});
        // It hands the link over and exits at once; a second window would keep running.
        QVERIFY2(second.waitForFinished(15000), "the second start opened a window of its own");
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);

        first.terminate();
        if (!first.waitForFinished(10000))
            first.kill();
    }
};

QTEST_GUILESS_MAIN(TestSingleWindow)
#include "tst_singlewindow.moc"
