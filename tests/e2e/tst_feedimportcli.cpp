// `citecast import` on every kind of file, through the binary: feeds, chapters and transcripts
// with --episode, missing and broken files, each reported on its own; and what `episodes --json`
// and `show --json` print for a feed episode.
#include "support/TestLibrary.h"

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
};

Run citecast(const QString &library, const QStringList &arguments)
{
    QProcess process;
    process.start(TestPaths::citecastBinary(),
                  QStringList {QStringLiteral("--library"), library} + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString data(const QString &relative)
{
    return TestPaths::data(relative);
}

} // namespace

class TestFeedImportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsEachKindOnItsOwn()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        const Run run = citecast(library,
                                 {QStringLiteral("import"), QStringLiteral("--json"),
                                  data(QStringLiteral("feeds/library/show.xml")),
                                  data(QStringLiteral("feeds/library/broken.xml")),
                                  dir.filePath(QStringLiteral("missing.xml")),
                                  data(QStringLiteral("transcripts/example.srt")),
                                  data(QStringLiteral("feeds/library/ep1-pack.json"))});
        QCOMPARE(run.exitCode, 2); // not every file imported
        const QJsonArray files = QJsonDocument::fromJson(run.out)
                                         .object()
                                         .value(QStringLiteral("files"))
                                         .toArray();
        QCOMPARE(files.size(), 5);
        auto file = [&files](int i) {
            return files.at(i).toObject();
        };
        QCOMPARE(file(0).value(QStringLiteral("format")).toString(), QStringLiteral("feed"));
        QVERIFY(file(0).value(QStringLiteral("ok")).toBool());
        QCOMPARE(file(0).value(QStringLiteral("episodes")).toArray().size(), 3);

        QCOMPARE(file(1).value(QStringLiteral("format")).toString(), QStringLiteral("feed"));
        QVERIFY(!file(1).value(QStringLiteral("ok")).toBool());
        const QJsonObject error = file(1).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("line")).toInt(), 27);
        QVERIFY(error.value(QStringLiteral("message"))
                        .toString()
                        .contains(QLatin1String("broken.xml:27:")));

        // A file that is not there (OPML lists and addresses are subscriptions': not here).
        QVERIFY(file(2).value(QStringLiteral("format")).isNull());
        QVERIFY(!file(2).value(QStringLiteral("ok")).toBool());
        QVERIFY(file(2).value(QStringLiteral("error"))
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QLatin1String("missing.xml")));

        // A transcript without --episode: told what to add.
        QCOMPARE(file(3).value(QStringLiteral("format")).toString(), QStringLiteral("transcript"));
        QVERIFY(!file(3).value(QStringLiteral("ok")).toBool());
        QVERIFY(file(3).value(QStringLiteral("error"))
                        .toObject()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QLatin1String("--episode")));

        // The pack of Episode One, after the feed: the same episode.
        QCOMPARE(file(4).value(QStringLiteral("format")).toString(), QStringLiteral("pack"));
        QCOMPARE(file(4).value(QStringLiteral("episodes")).toArray().at(0),
                 file(0).value(QStringLiteral("episodes")).toArray().at(0));
    }

    void attachesAndShowsFeedFields()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        Run run = citecast(
                library,
                {QStringLiteral("import"), data(QStringLiteral("feeds/library/show.xml"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("Imported "), run.out.constData());
        QVERIFY(run.out.contains("(feed): 3 episodes"));

        run = citecast(library,
                       {QStringLiteral("import"), QStringLiteral("--episode"),
                        QStringLiteral("urn:library-test:ep2"),
                        data(QStringLiteral("feeds/library/ep1-chapters.json")),
                        data(QStringLiteral("transcripts/example.vtt"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains("(chapters): 1 episode"));
        QVERIFY(run.out.contains("(transcript): 1 episode"));

        run = citecast(library, {QStringLiteral("episodes"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray episodes = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(episodes.size(), 3);
        bool sawBonus = false;
        for (const QJsonValue &value : episodes) {
            const QJsonObject episode = value.toObject();
            QVERIFY(episode.contains(QStringLiteral("hasAudio"))); // the old keys stay
            QVERIFY(!episode.value(QStringLiteral("feedGuid")).toString().isEmpty());
            sawBonus = sawBonus
                    || episode.value(QStringLiteral("type")).toString() == QLatin1String("bonus");
        }
        QVERIFY(sawBonus);

        run = citecast(library,
                       {QStringLiteral("show"), QStringLiteral("urn:library-test:ep2"),
                        QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject two = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(two.value(QStringLiteral("chapterCount")).toInt(), 3);
        QCOMPARE(two.value(QStringLiteral("chapters")).toArray().size(), 3);
        const QJsonObject transcript = two.value(QStringLiteral("transcript")).toObject();
        QCOMPARE(transcript.value(QStringLiteral("format")).toString(), QStringLiteral("vtt"));
        QCOMPARE(transcript.value(QStringLiteral("cues")).toInt(), 7); // example.vtt has 7 cues

        run = citecast(library,
                       {QStringLiteral("show"), QStringLiteral("urn:library-test:ep1"),
                        QStringLiteral("--json")});
        const QJsonObject one = QJsonDocument::fromJson(run.out).object();
        const QJsonArray persons = one.value(QStringLiteral("persons")).toArray();
        QCOMPARE(persons.size(), 2);
        QCOMPARE(persons.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Ada Guest"));
        QCOMPARE(one.value(QStringLiteral("enclosure"))
                         .toObject()
                         .value(QStringLiteral("length"))
                         .toInteger(),
                 4800000);
        QVERIFY(one.value(QStringLiteral("descriptionHtml"))
                        .toString()
                        .contains(QLatin1String("<b>episode</b>")));
        QVERIFY(one.contains(QStringLiteral("topics"))); // the old keys stay
    }
};

QTEST_GUILESS_MAIN(TestFeedImportCli)
#include "tst_feedimportcli.moc"
