// `citecast subscriptions` and `citecast opml` through the binary against a real HTTP server on
// 127.0.0.1: subscribe, list (JSON shape of docs/CLI.md), refresh with progress on standard
// error, 304s, a permanent redirect, failures that do not stop the other feeds, removal that
// keeps the episodes, and OPML export and import.
#include "support/FeedHttpServer.h"
#include "support/TestLibrary.h"

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

QByteArray feed(const QString &title, int items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>"
            + title.toUtf8() + "</title><link>https://example.org/" + QByteArray::number(items)
            + "</link>\n";
    for (int i = 1; i <= items; ++i)
        xml += "<item><title>" + title.toUtf8() + " " + QByteArray::number(i) + "</title><guid>"
                + title.toUtf8() + "-" + QByteArray::number(i)
                + "</guid><enclosure url=\"https://example.org/a" + QByteArray::number(i)
                + ".mp3\" type=\"audio/mpeg\" length=\"1\"/></item>\n";
    return xml + "</channel></rss>\n";
}

} // namespace

class TestSubscriptionsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    FeedHttpServer m_server;

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

    static QStringList subs(const QStringList &arguments)
    {
        return QStringList {QStringLiteral("subscriptions")} + arguments;
    }

    QJsonObject subscriptionByUrl(const QString &url)
    {
        const Run run = citecast(subs({QStringLiteral("list"), QStringLiteral("--json")}));
        for (const QJsonValue &value : run.json().array()) {
            if (value[QStringLiteral("feedUrl")].toString() == url)
                return value.toObject();
        }
        return {};
    }

    int episodeCount()
    {
        return int(citecast({QStringLiteral("episodes"), QStringLiteral("--json")})
                           .json()
                           .array()
                           .size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
        QVERIFY(m_server.start());
        FeedHttpServer::Route tagged;
        tagged.body = feed(QStringLiteral("Tagged"), 3);
        tagged.etag = "\"t1\"";
        m_server.add(QStringLiteral("/tagged.xml"), tagged);
        m_server.redirect(QStringLiteral("/old.xml"), 301, QStringLiteral("/moved.xml"));
        m_server.serve(QStringLiteral("/moved.xml"), feed(QStringLiteral("Moved"), 2));
        FeedHttpServer::Route slow;
        slow.body = feed(QStringLiteral("Slow"), 1);
        slow.delayMs = 5000;
        m_server.add(QStringLiteral("/slow.xml"), slow);
    }

    void help()
    {
        Run run = citecast({QStringLiteral("--help")});
        QVERIFY(run.out.contains("subscriptions list|add URL|remove ID|refresh [ID]"));
        QVERIFY(run.out.contains("opml export"));
        run = citecast(subs({QStringLiteral("--help")}));
        QCOMPARE(run.exitCode, 0);
        for (const char *sub : {"list", "add", "remove", "refresh"})
            QVERIFY2(run.out.contains(sub), sub);
        run = citecast({QStringLiteral("opml"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("export [--output FILE]"));
    }

    void addFetchesTheFeed()
    {
        const QString url = m_server.url(QStringLiteral("/tagged.xml"));
        const Run run = citecast(subs({QStringLiteral("add"), url}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("refreshing 1/1 %1\u2026").arg(url)),
                 qPrintable(run.err));
        QCOMPARE(run.out, QByteArray("updated: Tagged (3 episodes)\n"));
        QCOMPARE(episodeCount(), 3);

        const QJsonObject listed = subscriptionByUrl(url);
        QCOMPARE(listed[QStringLiteral("title")].toString(), QStringLiteral("Tagged"));
        QCOMPARE(listed[QStringLiteral("status")].toString(), QStringLiteral("updated"));
        QCOMPARE(listed[QStringLiteral("episodes")].toInt(), 3);
        QCOMPARE(listed[QStringLiteral("error")].toString(), QString());
        QVERIFY(listed[QStringLiteral("showId")].toInt() > 0);
        QVERIFY(listed[QStringLiteral("refreshedMs")].toDouble() > 0);
        QVERIFY(listed[QStringLiteral("folder")].isArray());

        const Run text = citecast(subs({QStringLiteral("list")}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Tagged"));
        QVERIFY(text.out.contains(url.toUtf8()));
    }

    void refreshReportsEachFeedAndKeepsGoing()
    {
        QCOMPARE(citecast(subs({QStringLiteral("add"), QStringLiteral("--no-refresh"),
                                m_server.url(QStringLiteral("/old.xml"))}))
                         .exitCode,
                 0);
        QCOMPARE(citecast(subs({QStringLiteral("add"), QStringLiteral("--no-refresh"),
                                m_server.url(QStringLiteral("/missing.xml"))}))
                         .exitCode,
                 0);
        QCOMPARE(citecast(subs({QStringLiteral("add"), QStringLiteral("--no-refresh"),
                                m_server.url(QStringLiteral("/slow.xml"))}))
                         .exitCode,
                 0);

        const Run run = citecast(subs({QStringLiteral("refresh"), QStringLiteral("--json"),
                                       QStringLiteral("--timeout"), QStringLiteral("1")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("refreshing 1/4 ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("refreshing 4/4 ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("2 of 4 could not be refreshed")),
                 qPrintable(run.err));
        QHash<QString, QJsonObject> byTitle;
        const QJsonArray feeds = run.json()[QStringLiteral("feeds")].toArray();
        QCOMPARE(feeds.size(), 4);
        for (const QJsonValue &value : feeds)
            byTitle.insert(value[QStringLiteral("feedUrl")].toString(), value.toObject());

        const QJsonObject tagged = byTitle.value(m_server.url(QStringLiteral("/tagged.xml")));
        QCOMPARE(tagged[QStringLiteral("status")].toString(), QStringLiteral("not modified"));
        const QJsonObject moved = byTitle.value(m_server.url(QStringLiteral("/moved.xml")));
        QCOMPARE(moved[QStringLiteral("status")].toString(), QStringLiteral("updated"));
        QCOMPARE(moved[QStringLiteral("movedFrom")].toString(),
                 m_server.url(QStringLiteral("/old.xml")));
        QCOMPARE(moved[QStringLiteral("episodes")].toInt(), 2);
        const QJsonObject missing = byTitle.value(m_server.url(QStringLiteral("/missing.xml")));
        QCOMPARE(missing[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(missing[QStringLiteral("error")].toString(),
                 m_server.url(QStringLiteral("/missing.xml"))
                         + QStringLiteral(": HTTP 404 Not Found"));
        const QJsonObject slow = byTitle.value(m_server.url(QStringLiteral("/slow.xml")));
        QCOMPARE(slow[QStringLiteral("error")].toString(),
                 m_server.url(QStringLiteral("/slow.xml"))
                         + QStringLiteral(": no answer within 1 s"));

        // The stored address followed the permanent redirect; errors stay on their rows.
        QVERIFY(subscriptionByUrl(m_server.url(QStringLiteral("/old.xml"))).isEmpty());
        QCOMPARE(subscriptionByUrl(
                         m_server.url(QStringLiteral("/moved.xml")))[QStringLiteral("title")]
                         .toString(),
                 QStringLiteral("Moved"));
        QCOMPARE(subscriptionByUrl(
                         m_server.url(QStringLiteral("/missing.xml")))[QStringLiteral("error")]
                         .toString(),
                 missing[QStringLiteral("error")].toString());
        QCOMPARE(episodeCount(), 5);

        // One feed by id, as text.
        const qint64 id = subscriptionByUrl(
                                  m_server.url(QStringLiteral("/tagged.xml")))[QStringLiteral("id")]
                                  .toInteger();
        const Run one = citecast(subs({QStringLiteral("refresh"), QString::number(id)}));
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out, QByteArray("not modified: Tagged\n"));
        QVERIFY(one.err.contains(QStringLiteral("refreshing 1/1 ")));
    }

    void opmlExportAndImport()
    {
        const QString opml = m_dir.filePath(QStringLiteral("subscriptions.opml"));
        const Run exported = citecast({QStringLiteral("opml"), QStringLiteral("export"),
                                       QStringLiteral("--output"), opml});
        QCOMPARE(exported.exitCode, 0);
        QFile file(opml);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("<opml version=\"2.0\""));
        QVERIFY(written.contains(m_server.url(QStringLiteral("/moved.xml")).toUtf8()));
        const Run toStdout = citecast({QStringLiteral("opml"), QStringLiteral("export")});
        QCOMPARE(toStdout.out, written);

        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        const Run imported = citecast(
                {QStringLiteral("opml"), QStringLiteral("import"), opml, QStringLiteral("--json")},
                other);
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json()[QStringLiteral("added")].toInt(), 4);
        const Run listed
                = citecast(subs({QStringLiteral("list"), QStringLiteral("--json")}), other);
        QCOMPARE(listed.json().array().size(), 4);

        const QString broken = m_dir.filePath(QStringLiteral("broken.opml"));
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n<outline>\n");
        brokenFile.close();
        const Run bad = citecast({QStringLiteral("opml"), QStringLiteral("import"), broken}, other);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.startsWith(QStringLiteral("opml: ") + broken + QLatin1Char(':')),
                 qPrintable(bad.err));
    }

    void importTakesAddressesAndOpmlLists()
    {
        const QString library = m_dir.filePath(QStringLiteral("imported.sqlite"));
        const QString url = m_server.url(QStringLiteral("/moved.xml"));
        const Run fromUrl
                = citecast({QStringLiteral("import"), url, QStringLiteral("--json")}, library);
        QCOMPARE(fromUrl.exitCode, 0);
        const QJsonObject file = fromUrl.json()[QStringLiteral("files")][0].toObject();
        QCOMPARE(file[QStringLiteral("format")].toString(), QStringLiteral("feed"));
        QCOMPARE(file[QStringLiteral("ok")].toBool(), true);
        QCOMPARE(file[QStringLiteral("episodes")].toArray().size(), 2);
        QCOMPARE(citecast(subs({QStringLiteral("list"), QStringLiteral("--json")}), library)
                         .json()
                         .array()
                         .size(),
                 1);

        const QString opml = m_dir.filePath(QStringLiteral("list.opml"));
        QFile list(opml);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("<?xml version=\"1.0\"?>\n<opml version=\"1.0\"><body>\n"
                   "<outline text=\"Folder\"><outline text=\"T\" xmlUrl=\""
                   + m_server.url(QStringLiteral("/tagged.xml")).toUtf8()
                   + "\"/></outline>\n<outline text=\"Gone\" xmlUrl=\""
                   + m_server.url(QStringLiteral("/gone.xml")).toUtf8() + "\"/>\n</body></opml>\n");
        list.close();
        const Run fromOpml = citecast({QStringLiteral("import"), opml}, library);
        QCOMPARE(fromOpml.exitCode, 2);
        QVERIFY2(fromOpml.err.contains(QStringLiteral("subscribed to 2 feeds"))
                         && fromOpml.err.contains(m_server.url(QStringLiteral("/gone.xml"))
                                                  + QStringLiteral(": HTTP 404 Not Found")),
                 qPrintable(fromOpml.err));
        const QJsonArray all
                = citecast(subs({QStringLiteral("list"), QStringLiteral("--json")}), library)
                          .json()
                          .array();
        QCOMPARE(all.size(), 3);
        int tagged = 0;
        for (const QJsonValue &value : all) {
            if (value[QStringLiteral("title")].toString() == QLatin1String("Tagged")) {
                ++tagged;
                QCOMPARE(value[QStringLiteral("folder")].toArray().at(0).toString(),
                         QStringLiteral("Folder"));
                QCOMPARE(value[QStringLiteral("episodes")].toInt(), 3);
            }
        }
        QCOMPARE(tagged, 1);
    }

    void aRefreshKilledMidFeedKeepsNothingOfIt()
    {
        const QString library = m_dir.filePath(QStringLiteral("killed.sqlite"));
        m_server.serve(QStringLiteral("/killed.xml"), feed(QStringLiteral("Killed"), 4));
        QCOMPARE(citecast(subs({QStringLiteral("add"), QStringLiteral("--no-refresh"),
                                m_server.url(QStringLiteral("/killed.xml"))}),
                          library)
                         .exitCode,
                 0);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CITECAST_TEST_PAUSE_IN_FEED_IMPORT_MS"),
                           QStringLiteral("60000"));
        process.setProcessEnvironment(environment);
        process.start(TestPaths::citecastBinary(),
                      {QStringLiteral("--library"), library, QStringLiteral("subscriptions"),
                       QStringLiteral("refresh")});
        QVERIFY(process.waitForStarted());
        QByteArray err;
        while (!err.contains("paused inside the feed transaction")) {
            QVERIFY2(process.state() == QProcess::Running, err.constData());
            process.waitForReadyRead(1000);
            err += process.readAllStandardError();
        }
        process.kill(); // SIGKILL, half-way through the feed's items
        QVERIFY(process.waitForFinished(10000));

        QCOMPARE(citecast({QStringLiteral("episodes"), QStringLiteral("--json")}, library)
                         .json()
                         .array()
                         .size(),
                 0);
        const QJsonObject row
                = citecast(subs({QStringLiteral("list"), QStringLiteral("--json")}), library)
                          .json()
                          .array()
                          .at(0)
                          .toObject();
        QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("never"));
        QVERIFY(row[QStringLiteral("showId")].isNull());

        // Refreshed again, undisturbed: all of it.
        const Run again = citecast(subs({QStringLiteral("refresh")}), library);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QByteArray("updated: Killed (4 episodes)\n"));
    }

    void mistakesGiveOneClearMessage()
    {
        Run run = citecast(subs({QStringLiteral("add"), QStringLiteral("ftp://example.org/x")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("not a feed address")), qPrintable(run.err));
        run = citecast(subs({QStringLiteral("remove"), QStringLiteral("999")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no subscription 999")), qPrintable(run.err));
        run = citecast(subs({QStringLiteral("refresh"), QStringLiteral("999")}));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("no subscription 999")), qPrintable(run.err));
        run = citecast(subs({QStringLiteral("remove"), QStringLiteral("x")}));
        QCOMPARE(run.exitCode, 1);
        run = citecast(subs({QStringLiteral("frobnicate")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("unknown subcommand")));
    }

    void removeKeepsTheEpisodes()
    {
        const int before = episodeCount();
        QVERIFY(before > 0);
        const QJsonObject tagged = subscriptionByUrl(m_server.url(QStringLiteral("/tagged.xml")));
        const Run run = citecast(subs({QStringLiteral("remove"),
                                       QString::number(tagged[QStringLiteral("id")].toInteger())}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Tagged"), run.out.constData());
        QVERIFY(subscriptionByUrl(m_server.url(QStringLiteral("/tagged.xml"))).isEmpty());
        QCOMPARE(episodeCount(), before);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionsCli)
#include "tst_subscriptionscli.moc"
