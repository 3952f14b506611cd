// The citecast binary's headless commands and the JSON shapes scripts rely on (docs/CLI.md).
#include "support/TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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

} // namespace

class TestCommandLine : public QObject
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

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
        const Run run = citecast(
                {QStringLiteral("import"), QStringLiteral("--sample"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject file
                = run.json().object().value(QStringLiteral("files")).toArray().at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(file.value(QStringLiteral("format")).toString(), QStringLiteral("page"));
        QCOMPARE(file.value(QStringLiteral("episodes")).toArray().size(), 1);
        QVERIFY(file.value(QStringLiteral("error")).isNull());
    }

    void help()
    {
        Run run = citecast({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *command : {"import", "episodes", "show", "play"})
            QVERIFY(run.out.contains(command));
        run = citecast({QStringLiteral("show"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--json"));
        run = citecast({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("Unknown command")));
    }

    void episodesJson()
    {
        const Run run = citecast({QStringLiteral("episodes"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray episodes = run.json().array();
        QCOMPARE(episodes.size(), 10);
        const QJsonObject first = episodes.at(0).toObject();
        for (const char *key :
             {"id", "guid", "number", "title", "show", "durationMs", "questionsAnswered"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("guid")).toString(),
                 QStringLiteral("citecast-sample-ep11"));
        QCOMPARE(first.value(QStringLiteral("number")).toInt(), 11);
        QVERIFY(first.value(QStringLiteral("durationMs")).toInteger() > 60000);
        int titleOnly = 0;
        for (const QJsonValue &value : episodes) {
            const QJsonObject episode = value.toObject();
            if (episode.value(QStringLiteral("knownOnlyByTitle")).toBool()) {
                ++titleOnly;
                QCOMPARE(episode.value(QStringLiteral("questionsAnswered")).toInt(), 383);
                QVERIFY(episode.value(QStringLiteral("durationMs")).isNull());
            }
        }
        QCOMPARE(titleOnly, 9);
    }

    void showJson()
    {
        const Run run = citecast({QStringLiteral("show"), QStringLiteral("citecast-sample-ep11"),
                                  QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject episode = run.json().object();
        QCOMPARE(episode.value(QStringLiteral("number")).toInt(), 11);
        const QJsonArray topics = episode.value(QStringLiteral("topics")).toArray();
        QCOMPARE(topics.size(), 3);
        QVector<int> numbers;
        for (const QJsonValue &topicValue : topics) {
            const QJsonObject topic = topicValue.toObject();
            const QString summary = topic.value(QStringLiteral("summary")).toString();
            for (const QJsonValue &citationValue :
                 topic.value(QStringLiteral("citations")).toArray()) {
                const QJsonObject citation = citationValue.toObject();
                numbers << citation.value(QStringLiteral("number")).toInt();
                QVERIFY(summary.contains(citation.value(QStringLiteral("sentence")).toString()));
                const QJsonObject clip = citation.value(QStringLiteral("clip")).toObject();
                QVERIFY(clip.value(QStringLiteral("endMs")).toInteger()
                        > clip.value(QStringLiteral("startMs")).toInteger());
                QVERIFY(clip.value(QStringLiteral("id")).toInteger() > 0);
            }
        }
        QCOMPARE(numbers, (QVector<int> {1, 2, 3, 1, 4, 5, 6}));
        QCOMPARE(episode.value(QStringLiteral("related")).toArray().size(), 9);
        for (const QJsonValue &related : episode.value(QStringLiteral("related")).toArray()) {
            QCOMPARE(related.toObject().value(QStringLiteral("questionsAnswered")).toInt(), 383);
            QVERIFY(related.toObject().value(QStringLiteral("episodeId")).toInteger() > 0);
        }
        QVERIFY(episode.value(QStringLiteral("highlights")).toArray().size() >= 3);
        QVERIFY(episode.value(QStringLiteral("questions")).toArray().size() >= 3);
        QVERIFY(QFile::exists(episode.value(QStringLiteral("audio")).toString()));
        // Also by numeric id.
        const QString id = QString::number(episode.value(QStringLiteral("id")).toInteger());
        QCOMPARE(citecast({QStringLiteral("show"), id}).exitCode, 0);
    }

    void brokenImportIsLocatedAndChangesNothing()
    {
        const QString before = QString::fromUtf8(
                citecast({QStringLiteral("show"), QStringLiteral("citecast-sample-ep11"),
                          QStringLiteral("--json")})
                        .out);
        const QString good
                = writeFile(QStringLiteral("good.txt"), "Ep 2: Another Page\nTopic\nA claim 1.\n");
        const QString bad = writeFile(
                QStringLiteral("bad.json"),
                "{\"citecastPack\": 1, \"episodes\": [{\"title\": \"X\",\n"
                "  \"clips\": [{\"kind\": \"popular\", \"start\": 5000, \"end\": 10}]}]}\n");
        const Run run = citecast({QStringLiteral("import"), good, bad, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        const QJsonArray files = run.json().object().value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toObject().value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject failed = files.at(1).toObject();
        QCOMPARE(failed.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(failed.value(QStringLiteral("format")).toString(), QStringLiteral("pack"));
        QVERIFY(failed.value(QStringLiteral("episodes")).toArray().isEmpty());
        const QJsonObject error = failed.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("line")).toInt(), 2);
        QVERIFY(error.value(QStringLiteral("column")).toInt() > 1);
        QCOMPARE(error.value(QStringLiteral("path")).toString(),
                 QStringLiteral("episodes[0].clips[0].end"));
        QVERIFY(error.value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("must be after start")));
        // Nothing of the broken file is in the library, and the sample is as it was.
        const Run list = citecast({QStringLiteral("episodes"), QStringLiteral("--json")});
        QCOMPARE(list.json().array().size(), 11);
        QCOMPARE(QString::fromUtf8(
                         citecast({QStringLiteral("show"), QStringLiteral("citecast-sample-ep11"),
                                   QStringLiteral("--json")})
                                 .out),
                 before);

        // Without --json: one readable line naming the file and the place.
        const Run plain = citecast({QStringLiteral("import"), bad});
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(plain.err.startsWith(bad + QStringLiteral(":2:")), qPrintable(plain.err));
    }

    void unknownEpisode()
    {
        const Run run = citecast({QStringLiteral("show"), QStringLiteral("no-such-guid")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("no-such-guid")));
    }

    void newerLibraryIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const Run run = citecast({QStringLiteral("episodes")}, path);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("newer version of Citecast")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
