// `citecast search`: the JSON shape scripts rely on (docs/CLI.md), best first, spans where a hit
// has one, filters, --limit, --rebuild, and a clear message with a non-zero exit for mistakes.
#include "support/TestLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonArray hits() const { return QJsonDocument::fromJson(out).array(); }
};

} // namespace

class TestSearchCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    Run citecast(const QStringList &arguments)
    {
        QProcess process;
        process.start(TestPaths::citecastBinary(),
                      QStringList {QStringLiteral("--library"), m_library} + arguments);
        Run run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    Run search(const QStringList &arguments)
    {
        return citecast(QStringList {QStringLiteral("search")} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
        QCOMPARE(citecast({QStringLiteral("import"), QStringLiteral("--sample")}).exitCode, 0);
    }

    void help()
    {
        QVERIFY(citecast({QStringLiteral("--help")}).out.contains("search QUERY"));
        const Run run = search({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--json", "--limit", "--rebuild", "guest:"})
            QVERIFY2(run.out.contains(option), option);
    }

    void jsonShape()
    {
        const Run run = search({QStringLiteral("reinforcement"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = run.hits();
        QVERIFY(!hits.isEmpty());
        bool sawSpan = false;
        for (const QJsonValue &value : hits) {
            const QJsonObject hit = value.toObject();
            QCOMPARE(hit.keys(),
                     (QStringList {QStringLiteral("endMs"), QStringLiteral("episodeId"),
                                   QStringLiteral("kind"), QStringLiteral("snippet"),
                                   QStringLiteral("startMs"), QStringLiteral("title")}));
            QVERIFY(hit.value(QStringLiteral("episodeId")).isDouble());
            QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("**")));
            QVERIFY(hit.value(QStringLiteral("title"))
                            .toString()
                            .contains(QStringLiteral("Hashimoto")));
            const QJsonValue start = hit.value(QStringLiteral("startMs"));
            const QJsonValue end = hit.value(QStringLiteral("endMs"));
            QCOMPARE(start.isNull(), end.isNull());
            if (!start.isNull()) {
                sawSpan = true;
                QVERIFY(end.toInteger() > start.toInteger());
            }
        }
        QVERIFY(sawSpan); // highlights or questions of the sample carry their clip's span
    }

    void bestFirstAndLimit()
    {
        const Run all = search({QStringLiteral("hashimoto"), QStringLiteral("--json")});
        QVERIFY(all.hits().size() > 2);
        // The episode's own title says "Hashimoto": it comes first.
        QCOMPARE(all.hits().at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("episode"));
        const Run two = search({QStringLiteral("hashimoto"), QStringLiteral("--json"),
                                QStringLiteral("--limit"), QStringLiteral("2")});
        QCOMPARE(two.hits().size(), 2);
        QCOMPARE(two.hits().at(0), all.hits().at(0));
    }

    void textOutput()
    {
        const Run run = search({QStringLiteral("alpaca")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("**Alpaca**"));
        const Run none = search({QStringLiteral("zzzqqqxx")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains("Nothing found"));
        QCOMPARE(search({QStringLiteral("zzzqqqxx"), QStringLiteral("--json")}).hits().size(), 0);
    }

    void hostileQueryIsPlainText()
    {
        const Run run = search({QStringLiteral("\"RL AND (NEAR"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void filters()
    {
        const Run guest = search({QStringLiteral("guest:hashimoto"), QStringLiteral("--json")});
        QCOMPARE(guest.exitCode, 0);
        if (!guest.hits().isEmpty())
            QCOMPARE(guest.hits().at(0).toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("guest"));
        const Run noShow = search({QStringLiteral("hashimoto"), QStringLiteral("show:zzzqqq"),
                                   QStringLiteral("--json")});
        QCOMPARE(noShow.hits().size(), 0);
    }

    void rebuild()
    {
        const Run before = search({QStringLiteral("bias"), QStringLiteral("--json")});
        const Run run = search({QStringLiteral("--rebuild")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Rebuilt"));
        QCOMPARE(search({QStringLiteral("bias"), QStringLiteral("--json")}).hits(), before.hits());
    }

    void mistakes()
    {
        Run run = search({});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("say what to look for")));
        run = search({QStringLiteral("bias"), QStringLiteral("--limit"), QStringLiteral("many")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("--limit")));
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'j'));
        junk.close();
        QProcess process;
        process.start(TestPaths::citecastBinary(),
                      {QStringLiteral("--library"), junk.fileName(), QStringLiteral("search"),
                       QStringLiteral("bias")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("junk.sqlite"));
    }
};

QTEST_GUILESS_MAIN(TestSearchCli)
#include "tst_searchcli.moc"
