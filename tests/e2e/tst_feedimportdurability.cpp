// A feed import is one transaction: `citecast import FEED` killed with SIGKILL half-way through
// the feed's items (inside the transaction, by the CITECAST_TEST_PAUSE_IN_FEED_IMPORT_MS hook)
// leaves nothing of the feed, and the library passes `PRAGMA integrity_check`.
#include "storage/Database.h"
#include "support/TestLibrary.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every row of every table, in a stable order.
QString dump(const QString &libraryPath)
{
    Database database(QStringLiteral("dump"));
    if (!database.open(libraryPath))
        return database.errorString();
    QStringList lines;
    QSqlQuery tables(database.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : names) {
        QSqlQuery rows(database.connection());
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(name));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
            lines << name + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    QSqlQuery check(database.connection());
    if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next())
        return QStringLiteral("integrity_check failed");
    lines << QStringLiteral("integrity_check|") + check.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestFeedImportDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigkillHalfWayKeepsNothingOfTheFeed()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        QProcess pack;
        pack.start(TestPaths::citecastBinary(),
                   {QStringLiteral("--library"), library, QStringLiteral("import"),
                    TestPaths::data(QStringLiteral("feeds/library/ep1-pack.json"))});
        QVERIFY(pack.waitForFinished(60000));
        QCOMPARE(pack.exitCode(), 0);
        const QString before = dump(library);
        QVERIFY(before.contains(QLatin1String("episodes|1|urn:library-test:ep1|")));
        QVERIFY(before.endsWith(QLatin1String("integrity_check|ok")));

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CITECAST_TEST_PAUSE_IN_FEED_IMPORT_MS"),
                           QStringLiteral("60000"));
        process.setProcessEnvironment(environment);
        process.start(TestPaths::citecastBinary(),
                      {QStringLiteral("--library"), library, QStringLiteral("import"),
                       TestPaths::data(QStringLiteral("feeds/library/show.xml"))});
        QVERIFY(process.waitForStarted());
        QByteArray err;
        while (!err.contains("paused inside the feed transaction")) {
            QVERIFY2(process.state() == QProcess::Running,
                     "the import ended before it reached the middle of the feed");
            process.waitForReadyRead(1000);
            err += process.readAllStandardError();
        }
        QVERIFY2(err.contains("(1 of 3)"), err.constData());
        process.kill(); // SIGKILL, inside the transaction
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        QCOMPARE(dump(library), before);

        // And the same import, left alone, imports all of it.
        QProcess again;
        again.start(TestPaths::citecastBinary(),
                    {QStringLiteral("--library"), library, QStringLiteral("import"),
                     TestPaths::data(QStringLiteral("feeds/library/show.xml"))});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
        const QString after = dump(library);
        QCOMPARE(after.count(QLatin1String("\nepisodes|")), 3);
        QVERIFY(after.endsWith(QLatin1String("integrity_check|ok")));
    }
};

QTEST_GUILESS_MAIN(TestFeedImportDurability)
#include "tst_feedimportdurability.moc"
