// The lean `citecast` launcher (app/launcher): `feed inspect FILE` answered by itself exactly as
// the full program answers it, everything else handed to citecast-app in the same process.
#include "support/FeedHttpServer.h"
#include "support/TestLibrary.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString appBinary()
{
    return QStringLiteral(CITECAST_APP_BINARY);
}

} // namespace

class TestLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedInspectIsTheFullProgramsAnswer_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString show = TestPaths::data(QStringLiteral("feeds/library/show.xml"));
        const QString cyrillic
                = TestPaths::data(QStringLiteral("feeds/quirks/cyrillic-windows-1251.xml"));
        const QString gzip = TestPaths::data(QStringLiteral("feeds/quirks/partytime-SOM.xml.gz"));
        const QString broken = TestPaths::data(QStringLiteral("feeds/library/broken.xml"));
        const QString real = QStringLiteral(CITECAST_SHARED_CORPUS)
                + QStringLiteral("/feeds/real/gnome-podcasts-2024-03-15-streetfightradio.xml");
        const QString json = QStringLiteral("--json");
        QTest::newRow("json") << QStringList {QStringLiteral("feed"), QStringLiteral("inspect"),
                                              show, json};
        QTest::newRow("summary") << QStringList {QStringLiteral("feed"), QStringLiteral("inspect"),
                                                 show};
        QTest::newRow("windows-1251")
                << QStringList {QStringLiteral("feed"), QStringLiteral("inspect"), cyrillic, json};
        QTest::newRow("gzip") << QStringList {QStringLiteral("feed"), QStringLiteral("inspect"),
                                              gzip, json};
        if (QFileInfo::exists(real))
            QTest::newRow("500 items")
                    << QStringList {QStringLiteral("feed"), QStringLiteral("inspect"), real, json};
        QTest::newRow("--library first") << QStringList {QStringLiteral("--library"),
                                                         QStringLiteral("/nonexistent/x.db"),
                                                         QStringLiteral("feed"),
                                                         QStringLiteral("inspect"),
                                                         show,
                                                         json};
        QTest::newRow("not well-formed")
                << QStringList {QStringLiteral("feed"), QStringLiteral("inspect"), broken};
        QTest::newRow("missing file")
                << QStringList {QStringLiteral("feed"), QStringLiteral("inspect"),
                                QStringLiteral("/nonexistent/feed.xml")};
        QTest::newRow("no file") << QStringList {QStringLiteral("feed"), QStringLiteral("inspect")};
        QTest::newRow("bad subcommand")
                << QStringList {QStringLiteral("feed"), QStringLiteral("nonsense")};
        QTest::newRow("inspect --help") << QStringList {
                QStringLiteral("feed"), QStringLiteral("inspect"), QStringLiteral("--help")};
        QTest::newRow("--version") << QStringList {QStringLiteral("--version")};
    }

    // Same bytes on both streams and the same exit code: the launcher's own answer cannot drift
    // from the full program's (descriptions are computed without their HTML on this path).
    void feedInspectIsTheFullProgramsAnswer()
    {
        QFETCH(QStringList, arguments);
        const Run lean = runProgram(TestPaths::citecastBinary(), arguments);
        Run full = runProgram(appBinary(), arguments);
        // Help texts name the program as it was started.
        full.out.replace(appBinary().toUtf8(), TestPaths::citecastBinary().toUtf8());
        QVERIFY2(lean.exitCode >= 0, lean.err.constData());
        QCOMPARE(lean.exitCode, full.exitCode);
        QCOMPARE(lean.out, full.out);
        QCOMPARE(lean.err, full.err);
        if (arguments.contains(QStringLiteral("--json")))
            QVERIFY(lean.out.startsWith("{\n    \"show\": {"));
    }

    // What only the full program knows still works through `citecast`, with its exit codes.
    void otherCommandsReachTheFullProgram()
    {
        const Run help = runProgram(TestPaths::citecastBinary(), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Commands:"));
        const Run unknown = runProgram(TestPaths::citecastBinary(), {QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("frobnicate"));
        QTemporaryDir dir;
        const Run episodes
                = runProgram(TestPaths::citecastBinary(),
                             {QStringLiteral("--library"), dir.filePath(QStringLiteral("l.db")),
                              QStringLiteral("episodes"), QStringLiteral("--json")});
        QCOMPARE(episodes.exitCode, 0);
        QCOMPARE(episodes.out.trimmed(), QByteArray("[\n]"));
    }

    // A feed URL needs Qt Network, which the launcher does not load: the same process becomes
    // citecast-app (exec keeps the pid, so whoever started `citecast` can still wait or kill).
    void feedUrlsExecTheFullProgramInTheSameProcess()
    {
        FeedHttpServer server;
        QVERIFY(server.start());
        FeedHttpServer::Route slow;
        slow.body = "<rss><channel><title>Slow</title></channel></rss>";
        slow.delayMs = 20000;
        server.add(QStringLiteral("/slow.xml"), slow);
        QProcess process;
        process.start(TestPaths::citecastBinary(),
                      {QStringLiteral("feed"), QStringLiteral("inspect"),
                       server.url(QStringLiteral("/slow.xml")), QStringLiteral("--json")});
        QVERIFY(process.waitForStarted());
        const QString exe = QStringLiteral("/proc/%1/exe").arg(process.processId());
        QDeadlineTimer deadline(20000);
        while (QFileInfo(exe).symLinkTarget() != QFileInfo(appBinary()).canonicalFilePath()
               && !deadline.hasExpired() && process.state() == QProcess::Running)
            QThread::msleep(20);
        QCOMPARE(QFileInfo(exe).symLinkTarget(), QFileInfo(appBinary()).canonicalFilePath());
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }

    void aFastFeedUrlIsInspected()
    {
        FeedHttpServer server;
        QVERIFY(server.start());
        QFile show(TestPaths::data(QStringLiteral("feeds/library/show.xml")));
        QVERIFY(show.open(QIODevice::ReadOnly));
        server.serve(QStringLiteral("/show.xml"), show.readAll());
        const Run run
                = runProgram(TestPaths::citecastBinary(),
                             {QStringLiteral("feed"), QStringLiteral("inspect"),
                              server.url(QStringLiteral("/show.xml")), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("{\n    \"show\": {"));
        QCOMPARE(server.requests(QStringLiteral("/show.xml")), 1);
    }

    // The point of the launcher: none of the window's or the player's libraries are loaded.
    void loadsNeitherWidgetsNorMultimedia()
    {
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        if (ldd.isEmpty())
            QSKIP("ldd is not installed");
        const Run run = runProgram(ldd, {TestPaths::citecastBinary()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("libQt6Core"));
        QVERIFY(run.out.contains("libxml2"));
        for (const char *heavy : {"libQt6Widgets", "libQt6Gui", "libQt6Multimedia", "libQt6Network",
                                  "libQt6Sql", "libavcodec", "libtag"})
            QVERIFY2(!run.out.contains(heavy), heavy);
    }
};

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
