// `citecast bookmarks`: list, add, remove, export and import through the binary, the JSON shape
// scripts rely on (docs/CLI.md), and one clear message with a non-zero exit for each mistake.
#include "support/TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

const QString sample = QStringLiteral("citecast-sample-ep11");

} // namespace

class TestBookmarksCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;

    Run citecast(const QStringList &arguments, const QString &library = QString())
    {
        QProcess process;
        QStringList all {QStringLiteral("--library"), library.isEmpty() ? m_library : library};
        all += arguments;
        process.start(TestPaths::citecastBinary(), all);
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

    QStringList bookmarks(const QStringList &arguments)
    {
        return QStringList {QStringLiteral("bookmarks")} + arguments;
    }

    QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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
        Run run = citecast({QStringLiteral("--help")});
        QVERIFY(run.out.contains("bookmarks"));
        run = citecast(bookmarks({QStringLiteral("--help")}));
        QCOMPARE(run.exitCode, 0);
        for (const char *sub : {"list", "add", "remove", "export", "import"})
            QVERIFY2(run.out.contains(sub), sub);
        for (const char *sub : {"list", "add", "remove", "export", "import"}) {
            run = citecast(bookmarks({QLatin1String(sub), QStringLiteral("--help")}));
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains("--help"), sub);
        }
        run = citecast(bookmarks({QStringLiteral("export"), QStringLiteral("--help")}));
        QVERIFY(run.out.contains("--format"));
        QVERIFY(run.out.contains("--output"));
    }

    void addListAndRemove()
    {
        Run run = citecast(bookmarks({QStringLiteral("add"), sample, QStringLiteral("--citation"),
                                      QStringLiteral("4"), QStringLiteral("--note"),
                                      QStringLiteral("line one\nline two"), QStringLiteral("--tag"),
                                      QStringLiteral("ai"), QStringLiteral("--tag"),
                                      QStringLiteral("open source"), QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject insight = run.json().object();
        QCOMPARE(insight.value(QStringLiteral("kind")).toString(), QStringLiteral("insight"));
        QCOMPARE(insight.value(QStringLiteral("citation")).toInt(), 4);
        QVERIFY(!insight.value(QStringLiteral("quote")).toString().isEmpty());
        QVERIFY(insight.value(QStringLiteral("endMs")).toInteger()
                > insight.value(QStringLiteral("startMs")).toInteger());

        run = citecast(bookmarks({QStringLiteral("add"), QStringLiteral("1"),
                                  QStringLiteral("--from"), QStringLiteral("60000"),
                                  QStringLiteral("--to"), QStringLiteral("1:10.5")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Added bookmark "));

        run = citecast(bookmarks({QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = run.json().array();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &value : list) {
            const QJsonObject object = value.toObject();
            for (const char *key :
                 {"id", "episodeId", "episodeGuid", "kind", "quote", "note", "tags", "starred",
                  "startMs", "endMs", "createdAt", "updatedAt"})
                QVERIFY2(object.contains(QLatin1String(key)), key);
            QCOMPARE(object.value(QStringLiteral("episodeGuid")).toString(), sample);
            QVERIFY(object.value(QStringLiteral("createdAt"))
                            .toString()
                            .endsWith(QLatin1Char('Z')));
        }
        const QJsonObject range = list.at(1).toObject();
        QCOMPARE(range.value(QStringLiteral("kind")).toString(), QStringLiteral("range"));
        QCOMPARE(range.value(QStringLiteral("startMs")).toInteger(), 60000);
        QCOMPARE(range.value(QStringLiteral("endMs")).toInteger(), 70500);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("line one\nline two"));

        run = citecast(bookmarks({QStringLiteral("list"), QStringLiteral("--tag"),
                                  QStringLiteral("AI"), QStringLiteral("--json")}));
        QCOMPARE(run.json().array().size(), 1);
        run = citecast(bookmarks({QStringLiteral("list")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("#ai #open-source"));
        QVERIFY(run.out.contains("00:01:00\u201300:01:10"));

        const QString id = QString::number(range.value(QStringLiteral("id")).toInteger());
        run = citecast(bookmarks({QStringLiteral("remove"), id}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(citecast(bookmarks({QStringLiteral("list"), QStringLiteral("--json")}))
                         .json()
                         .array()
                         .size(),
                 1);
        run = citecast(bookmarks({QStringLiteral("remove"), id}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no bookmark ") + id));
    }

    void mistakesGiveOneMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList() << 1 << QStringLiteral("Usage");
        QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("frob")} << 1
                                            << QStringLiteral("unknown subcommand");
        QTest::newRow("unknown episode")
                << QStringList {QStringLiteral("add"), QStringLiteral("nope"),
                                QStringLiteral("--citation"), QStringLiteral("1")}
                << 2 << QStringLiteral("not found");
        QTest::newRow("unknown citation")
                << QStringList {QStringLiteral("add"), sample, QStringLiteral("--citation"),
                                QStringLiteral("99")}
                << 2 << QStringLiteral("citation 99 not found");
        QTest::newRow("backwards span")
                << QStringList {QStringLiteral("add"),    sample,
                                QStringLiteral("--from"), QStringLiteral("5000"),
                                QStringLiteral("--to"),   QStringLiteral("1000")}
                << 2 << QStringLiteral("span");
        QTest::newRow("two selections")
                << QStringList {QStringLiteral("add"),        sample,
                                QStringLiteral("--citation"), QStringLiteral("1"),
                                QStringLiteral("--from"),     QStringLiteral("0"),
                                QStringLiteral("--to"),       QStringLiteral("5")}
                << 1 << QStringLiteral("one of");
        QTest::newRow("bad format")
                << QStringList {QStringLiteral("export"), QStringLiteral("--format"),
                                QStringLiteral("pdf")}
                << 1 << QStringLiteral("--format");
        QTest::newRow("missing file")
                << QStringList {QStringLiteral("import"), QStringLiteral("/nonexistent/b.json")}
                << 2 << QStringLiteral("cannot read");
    }

    void mistakesGiveOneMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = citecast(bookmarks(arguments));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void exportsEveryFormat()
    {
        const QString library = m_dir.filePath(QStringLiteral("export.sqlite"));
        QCOMPARE(citecast({QStringLiteral("import"), QStringLiteral("--sample")}, library).exitCode,
                 0);
        QCOMPARE(citecast(bookmarks({QStringLiteral("add"), sample, QStringLiteral("--citation"),
                                     QStringLiteral("2"), QStringLiteral("--tag"),
                                     QStringLiteral("=cmd")}),
                          library)
                         .exitCode,
                 0);
        Run run = citecast(bookmarks({QStringLiteral("export"), QStringLiteral("--format"),
                                      QStringLiteral("md")}),
                           library);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("---\ntitle: "));
        QVERIFY(run.out.contains("(citecast://episode/citecast-sample-ep11?t="));
        run = citecast(bookmarks({QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--bom")}),
                       library);
        QVERIFY(run.out.startsWith("\xEF\xBB\xBFuid,kind,"));
        QVERIFY(run.out.contains(",'=cmd,"));
        run = citecast(bookmarks({QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("soundbite")}),
                       library);
        QVERIFY(run.out.contains("<podcast:soundbite startTime=\""));

        const QString folder = m_dir.filePath(QStringLiteral("notes"));
        run = citecast(bookmarks({QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("md"), QStringLiteral("--output"), folder}),
                       library);
        QCOMPARE(run.exitCode, 0);
        const QStringList notes = QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files);
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.at(0).startsWith(QStringLiteral("Stanford Professor")));
        const QString one = m_dir.filePath(QStringLiteral("all.md"));
        QCOMPARE(citecast(bookmarks({QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("md"), QStringLiteral("--output"), one}),
                          library)
                         .exitCode,
                 0);
        QVERIFY(readFile(one).contains("# Citecast bookmarks"));

        // JSON out, into a fresh library, and out again: the same bytes.
        const QString json = m_dir.filePath(QStringLiteral("bookmarks.json"));
        QCOMPARE(citecast(bookmarks({QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--output"), json}),
                          library)
                         .exitCode,
                 0);
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        run = citecast(bookmarks({QStringLiteral("import"), json}), fresh);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("1 added"));
        run = citecast(bookmarks({QStringLiteral("import"), json}), fresh);
        QVERIFY(run.out.contains("0 added"));
        QVERIFY(run.out.contains("1 already there"));
        QCOMPARE(citecast(bookmarks({QStringLiteral("export"), QStringLiteral("--format"),
                                     QStringLiteral("json")}),
                          fresh)
                         .out,
                 readFile(json));
    }

    void brokenImportIsLocated()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"citecastBookmarks\": 1, \"bookmarks\": [\n  {\"uid\": \"x\", \"kind\": "
                   "\"range\", \"episodeGuid\": \"g\", \"startMs\": 9, \"endMs\": 3,\n   "
                   "\"createdAt\": \"2024-05-01T09:30:00.000Z\"}]}\n");
        file.close();
        const QByteArray before
                = citecast(bookmarks({QStringLiteral("list"), QStringLiteral("--json")})).out;
        const Run run = citecast(bookmarks({QStringLiteral("import"), bad}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(bad + QStringLiteral(":2:")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("bookmarks[0].endMs")));
        QCOMPARE(citecast(bookmarks({QStringLiteral("list"), QStringLiteral("--json")})).out,
                 before);
    }
};

QTEST_GUILESS_MAIN(TestBookmarksCli)
#include "tst_bookmarkscli.moc"
