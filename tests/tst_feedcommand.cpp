// `citecast feed inspect`: the JSON shape from a file, a URL on a local HTTP server (redirect,
// gzip, 404, timeout), and one located message for a broken feed.
#include "cli/FeedCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

namespace {

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

Outcome run(const QStringList &arguments)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.code = FeedCommand::run(arguments, out, err);
    out.flush();
    err.flush();
    return outcome;
}

QString feedPath()
{
    return QStringLiteral(CITECAST_TEST_DATA "/feeds/partytime/partytime-themnshow.xml");
}

QByteArray gzipped()
{
    QFile file(QStringLiteral(CITECAST_TEST_DATA "/feeds/quirks/partytime-SOM.xml.gz"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A tiny HTTP server on 127.0.0.1: /moved answers 301 to /feed, /feed a gzip-encoded feed,
// /slow never answers, anything else 404.
class HttpServer : public QObject
{
public:
    HttpServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [socket] { answer(socket); });
            }
        });
    }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2")
                .arg(m_server.serverPort())
                .arg(QLatin1String(path));
    }

private:
    static void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        QByteArray response;
        if (path == "/moved") {
            response = "HTTP/1.1 301 Moved Permanently\r\nLocation: /feed\r\nContent-Length: "
                       "0\r\n\r\n";
        } else if (path == "/feed") {
            const QByteArray body = gzipped();
            response = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                       "Content-Encoding: gzip\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        } else if (path == "/slow") {
            return;
        } else {
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
        }
        socket->write(response);
        socket->disconnectFromHost();
    }
    QTcpServer m_server;
};

} // namespace

class TestFeedCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTheJsonShape();
    void printsASummary();
    void fetchesAUrl();
    void reportsNetworkErrors_data();
    void reportsNetworkErrors();
    void reportsABrokenFeed();
    void refusesBadUsage_data();
    void refusesBadUsage();
};

void TestFeedCommand::printsTheJsonShape()
{
    const Outcome outcome = run({QStringLiteral("inspect"), feedPath(), QStringLiteral("--json")});
    QCOMPARE(outcome.code, 0);
    QVERIFY(outcome.err.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    const QJsonObject show = root.value(QStringLiteral("show")).toObject();
    for (const char *key : {"title", "link", "image", "author"})
        QVERIFY2(show.contains(QLatin1String(key)), key);
    QCOMPARE(show.value(QStringLiteral("title")).toString(),
             QStringLiteral("The Mike Neumann Show"));
    const QJsonArray episodes = root.value(QStringLiteral("episodes")).toArray();
    QCOMPARE(episodes.size(), 54);
    const QJsonObject second = episodes.at(1).toObject();
    for (const char *key : {"guid", "title", "published", "durationMs", "enclosure", "chapters",
                            "soundbites", "transcripts", "persons", "season", "number"})
        QVERIFY2(second.contains(QLatin1String(key)), key);
    QCOMPARE(second.value(QStringLiteral("published")).toString(),
             QStringLiteral("2024-08-29T23:37:49Z"));
    QCOMPARE(second.value(QStringLiteral("durationMs")).toInteger(), 4209000);
    QCOMPARE(second.value(QStringLiteral("enclosure")).toObject().value(QStringLiteral("type")),
             QStringLiteral("audio/mpeg"));
    const QJsonObject soundbite
            = second.value(QStringLiteral("soundbites")).toArray().at(0).toObject();
    QCOMPARE(soundbite.value(QStringLiteral("startMs")).toInteger(), 104400);
    QCOMPARE(soundbite.value(QStringLiteral("durationMs")).toInteger(), 12000);
    QVERIFY(second.value(QStringLiteral("transcripts"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .contains(QStringLiteral("url")));
    QCOMPARE(second.value(QStringLiteral("number")).toInt(), 53);
}

void TestFeedCommand::printsASummary()
{
    const Outcome outcome = run({QStringLiteral("inspect"), feedPath()});
    QCOMPARE(outcome.code, 0);
    QVERIFY(outcome.out.startsWith(QLatin1String("The Mike Neumann Show\n")));
    QVERIFY(outcome.out.contains(QLatin1String("54 episodes")));
    QVERIFY(outcome.out.contains(QLatin1String("2024-08-29   1:10:09  Community")));
}

void TestFeedCommand::fetchesAUrl()
{
    HttpServer server;
    const Outcome outcome
            = run({QStringLiteral("inspect"), server.url("/moved"), QStringLiteral("--json")});
    QVERIFY2(outcome.code == 0, qPrintable(outcome.err));
    const QJsonObject root = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    QCOMPARE(
            root.value(QStringLiteral("show")).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("S.O.M."));
    QCOMPARE(root.value(QStringLiteral("episodes")).toArray().size(), 2);
}

void TestFeedCommand::reportsNetworkErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("404") << "/missing"
                         << "404";
    QTest::newRow("timeout") << "/slow"
                             << "no answer within 1 s";
}

void TestFeedCommand::reportsNetworkErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    HttpServer server;
    const Outcome outcome = run({QStringLiteral("inspect"), server.url(qPrintable(path)),
                                 QStringLiteral("--timeout"), QStringLiteral("1")});
    QCOMPARE(outcome.code, 2);
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QVERIFY(outcome.err.contains(server.url(qPrintable(path))));
}

void TestFeedCommand::reportsABrokenFeed()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("<rss>\n<channel>\n<title>x</channel>\n</rss>\n");
    file.close();
    const Outcome outcome
            = run({QStringLiteral("inspect"), file.fileName(), QStringLiteral("--json")});
    QCOMPARE(outcome.code, 2);
    QVERIFY(outcome.out.isEmpty());
    QCOMPARE(outcome.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(outcome.err.startsWith(file.fileName() + QStringLiteral(":3:")),
             qPrintable(outcome.err));
}

void TestFeedCommand::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::newRow("nothing") << QStringList() << 1;
    QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("list")} << 1;
    QTest::newRow("no feed") << QStringList {QStringLiteral("inspect")} << 1;
    QTest::newRow("missing file") << QStringList {QStringLiteral("inspect"),
                                                  QStringLiteral("/nonexistent.xml")}
                                  << 2;
}

void TestFeedCommand::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.code, code);
    QVERIFY(outcome.out.isEmpty());
    QVERIFY(!outcome.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestFeedCommand)
#include "tst_feedcommand.moc"
