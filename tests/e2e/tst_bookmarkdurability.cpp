// A bookmark is on disk the moment `citecast bookmarks add` reports it: the process is killed with
// SIGKILL right after it says so (before it can close the library or checkpoint the WAL), and
// the next open finds every bookmark intact and `PRAGMA integrity_check` = ok. The same for the
// window, killed right after it kept a bookmark through its own path.
#include "bookmarks/BookmarkStore.h"
#include "storage/Database.h"
#include "support/TestLibrary.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestBookmarkDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesSigkillRightAfterAdding()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        QProcess importer;
        importer.start(TestPaths::citecastBinary(),
                       {QStringLiteral("--library"), library, QStringLiteral("import"),
                        QStringLiteral("--sample")});
        QVERIFY(importer.waitForFinished(60000));
        QCOMPARE(importer.exitCode(), 0);

        constexpr int rounds = 5;
        QVector<QJsonObject> reported;
        for (int i = 0; i < rounds; ++i) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            // Test only: the CLI sleeps after committing and printing, so it is surely still
            // running (library open, WAL not checkpointed) when it is killed.
            environment.insert(QStringLiteral("CITECAST_TEST_PAUSE_AFTER_WRITE_MS"),
                               QStringLiteral("60000"));
            process.setProcessEnvironment(environment);
            process.start(TestPaths::citecastBinary(),
                          {QStringLiteral("--library"), library, QStringLiteral("bookmarks"),
                           QStringLiteral("add"), QStringLiteral("citecast-sample-ep11"),
                           QStringLiteral("--from"), QString::number(1000 * i),
                           QStringLiteral("--to"), QString::number(1000 * i + 500),
                           QStringLiteral("--note"), QStringLiteral("round %1").arg(i),
                           QStringLiteral("--tag"), QStringLiteral("durable"),
                           QStringLiteral("--json")});
            QVERIFY(process.waitForStarted());
            // The whole JSON object (it ends with "}\n") means the commit has returned.
            QByteArray out;
            while (!out.endsWith("}\n")) {
                QVERIFY2(process.state() == QProcess::Running || process.bytesAvailable() > 0,
                         "the CLI exited before it reported the bookmark");
                process.waitForReadyRead(1000);
                out += process.readAllStandardOutput();
            }
            QCOMPARE(process.state(), QProcess::Running);
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            const QJsonObject bookmark = QJsonDocument::fromJson(out).object();
            QVERIFY(bookmark.value(QStringLiteral("id")).toInteger() > 0);
            reported << bookmark;
        }
        // Nothing closed the library: the bookmarks live in the write-ahead log.
        QVERIFY(QFile::exists(library + QStringLiteral("-wal")));

        Database database(QStringLiteral("after-kill"));
        QVERIFY2(database.open(library), qPrintable(database.errorString()));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        BookmarkStore store(database.connection());
        const QVector<Bookmark> stored = store.bookmarks();
        QCOMPARE(stored.size(), rounds);
        for (int i = 0; i < rounds; ++i) {
            const QJsonObject &expected = reported.at(i);
            const std::optional<Bookmark> b
                    = store.bookmark(expected.value(QStringLiteral("id")).toInteger());
            QVERIFY(b);
            QCOMPARE(b->uid, expected.value(QStringLiteral("uid")).toString());
            QCOMPARE(b->startMs, 1000 * i);
            QCOMPARE(b->endMs, 1000 * i + 500);
            QCOMPARE(b->note, QStringLiteral("round %1").arg(i));
            QCOMPARE(b->tags, QStringList {QStringLiteral("durable")});
        }
    }

    // The same through the window: the real `citecast` window (offscreen, its own library) keeps
    // a bookmark through BookmarkController::keep(), the path B takes, and says so; it is killed
    // right then, with its library open and the WAL not checkpointed.
    void survivesSigkillRightAfterAddingInTheWindow()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        QProcess importer;
        importer.start(TestPaths::citecastBinary(),
                       {QStringLiteral("--library"), library, QStringLiteral("import"),
                        QStringLiteral("--sample")});
        QVERIFY(importer.waitForFinished(60000));
        QCOMPARE(importer.exitCode(), 0);

        constexpr int rounds = 3;
        QVector<qint64> reported;
        for (int i = 0; i < rounds; ++i) {
            QProcess window;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            // Test only (BookmarkController::keepForTest): keep the open episode's first ten
            // seconds with this note once the window shows, then print "bookmark ID".
            environment.insert(QStringLiteral("CITECAST_TEST_BOOKMARK_ON_START"),
                               QStringLiteral("window round %1").arg(i));
            window.setProcessEnvironment(environment);
            window.setProcessChannelMode(QProcess::SeparateChannels);
            window.start(TestPaths::citecastBinary(), {QStringLiteral("--library"), library});
            QVERIFY(window.waitForStarted());
            QByteArray out;
            QElapsedTimer waited;
            waited.start();
            while (!out.contains('\n')) {
                QVERIFY2(window.state() == QProcess::Running,
                         "the window exited before it reported the bookmark");
                QVERIFY2(waited.elapsed() < 60000, "the window never reported the bookmark");
                window.waitForReadyRead(1000);
                out += window.readAllStandardOutput();
            }
            QCOMPARE(window.state(), QProcess::Running);
            window.kill(); // SIGKILL
            QVERIFY(window.waitForFinished(10000));
            QCOMPARE(window.exitStatus(), QProcess::CrashExit);
            const QByteArray line = out.left(out.indexOf('\n')).trimmed();
            QVERIFY2(line.startsWith("bookmark "), line.constData());
            const qint64 id = line.mid(9).toLongLong();
            QVERIFY2(id > 0, line.constData());
            reported << id;
        }
        QVERIFY(QFile::exists(library + QStringLiteral("-wal")));

        Database database(QStringLiteral("after-window-kill"));
        QVERIFY2(database.open(library), qPrintable(database.errorString()));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        BookmarkStore store(database.connection());
        QCOMPARE(store.bookmarks().size(), rounds);
        for (int i = 0; i < rounds; ++i) {
            const std::optional<Bookmark> b = store.bookmark(reported.at(i));
            QVERIFY(b);
            QCOMPARE(b->kind, BookmarkKind::Range);
            QCOMPARE(b->startMs, 0);
            QCOMPARE(b->endMs, 10000);
            QCOMPARE(b->note, QStringLiteral("window round %1").arg(i));
            QVERIFY(!b->isOrphan());
        }
    }
};

QTEST_GUILESS_MAIN(TestBookmarkDurability)
#include "tst_bookmarkdurability.moc"
