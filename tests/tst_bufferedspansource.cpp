// Network audio decoded on a worker thread, against a real HTTP server on 127.0.0.1: the same
// samples as the file, and a sentence naming the URL for a missing file, a refused connection, a
// server that never answers, a body cut short and something that is not audio; cancelling never
// waits for the network.
#include "playback/AudioSpanDecoder.h"
#include "playback/BufferedSpanSource.h"
#include "support/AudioFixtures.h"
#include "support/AudioHttpServer.h"

#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

namespace {

QVector<qint16> readAll(PcmSource &source)
{
    QVector<qint16> samples;
    QVector<qint16> chunk(4800 * 2);
    for (;;) {
        const qint64 got = source.read(chunk.data(), 4800);
        if (got > 0)
            samples.append(chunk.mid(0, got * source.channelCount()));
        else if (got < 0 || source.atEnd())
            return samples;
        else
            QTest::qWait(5); // the worker is still decoding
    }
}

} // namespace

class TestBufferedSpanSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decodesTheSameSamplesAsTheFile_data();
    void decodesTheSameSamplesAsTheFile();
    void explainsWhyItCannotOpen_data();
    void explainsWhyItCannotOpen();
    void reportsABodyCutShort();
    void cancelsWithoutWaitingForTheServer();

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_files; // by URL path
    AudioHttpServer m_server;
    QThreadPool m_pool;
};

void TestBufferedSpanSource::initTestCase()
{
    AudioFixtures fixtures(m_dir.path());
    QVERIFY2(fixtures.makeReference(30), qPrintable(fixtures.errorString()));
    QVERIFY(m_server.start());
    using B = AudioHttpServer::Behaviour;
    for (AudioFixtures::Format format :
         {AudioFixtures::Format::Opus, AudioFixtures::Format::Wav, AudioFixtures::Format::M4a}) {
        const QString path = fixtures.encode(format);
        QVERIFY2(!path.isEmpty(), qPrintable(fixtures.errorString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString name = QLatin1Char('/') + QFileInfo(path).fileName();
        m_server.add(name, file.readAll(), "audio/x-test");
        m_files.insert(name, path);
    }
    QFile opus(m_files.value(QStringLiteral("/speech.opus")));
    QVERIFY(opus.open(QIODevice::ReadOnly));
    const QByteArray bytes = opus.readAll();
    m_server.add(QStringLiteral("/missing.opus"), {}, {}, B::NotFound);
    m_server.add(QStringLiteral("/slow.opus"), bytes, "audio/ogg", B::Silent);
    m_server.add(QStringLiteral("/cut.opus"), bytes, "audio/ogg", B::Truncated);
    m_server.add(QStringLiteral("/page.mp3"), QByteArray("<html>Moved</html>").repeated(50),
                 "text/html");
}

void TestBufferedSpanSource::decodesTheSameSamplesAsTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    QTest::newRow("opus, the middle") << QStringLiteral("/speech.opus") << 12000LL << 14500LL;
    QTest::newRow("wav, near the end")
            << QStringLiteral("/reference-44k-stereo.wav") << 27000LL << 30000LL;
    QTest::newRow("m4a, the start") << QStringLiteral("/aac.m4a") << 0LL << 2000LL;
}

void TestBufferedSpanSource::decodesTheSameSamplesAsTheFile()
{
    QFETCH(QString, name);
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    BufferedSpanSource source(m_server.url(name), startMs, endMs, 5000, m_pool);
    QTRY_VERIFY_WITH_TIMEOUT(source.state() != BufferedSpanSource::State::Opening, 20000);
    QVERIFY2(source.state() == BufferedSpanSource::State::Open, qPrintable(source.errorString()));
    const QVector<qint16> streamed = readAll(source);
    QVERIFY2(!source.hasError(), qPrintable(source.errorString()));
    AudioSpanDecoder local;
    QVERIFY(local.open(m_files.value(name), startMs, endMs));
    const QVector<qint16> decoded = readAll(local);
    QCOMPARE(streamed.size(), (endMs - startMs) * 48 * source.channelCount());
    QVERIFY2(streamed == decoded, "the stream and the file give different samples");
}

void TestBufferedSpanSource::explainsWhyItCannotOpen_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("404") << m_server.url(QStringLiteral("/missing.opus"))
                         << QStringLiteral("the server has no such file (HTTP 404 Not Found)");
    QTest::newRow("refused") << AudioHttpServer::refusedUrl(QStringLiteral("/speech.opus"))
                             << QStringLiteral("the server refused the connection");
    QTest::newRow("no answer") << m_server.url(QStringLiteral("/slow.opus"))
                               << QStringLiteral("the server did not answer within 1 s");
    QTest::newRow("not audio") << m_server.url(QStringLiteral("/page.mp3"))
                               << QStringLiteral("it is not audio");
}

void TestBufferedSpanSource::explainsWhyItCannotOpen()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    BufferedSpanSource source(url, 1000, 2000, 1000, m_pool);
    QTRY_VERIFY_WITH_TIMEOUT(source.state() != BufferedSpanSource::State::Opening, 20000);
    QCOMPARE(source.state(), BufferedSpanSource::State::Failed);
    const QString message = source.errorString();
    qInfo("%s", qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("Cannot play '%1': ").arg(url)),
             qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(source.hasError());
    qint16 sample = 0;
    QCOMPARE(source.read(&sample, 1), qint64(-1));
}

void TestBufferedSpanSource::reportsABodyCutShort()
{
    // The server announces the whole file and sends half: a span in the missing half fails.
    const QString url = m_server.url(QStringLiteral("/cut.opus"));
    BufferedSpanSource source(url, 22000, 24000, 2000, m_pool);
    QTRY_VERIFY_WITH_TIMEOUT(source.state() != BufferedSpanSource::State::Opening, 20000);
    readAll(source);
    QVERIFY(source.hasError());
    const QString message = source.errorString();
    qInfo("%s", qPrintable(message));
    QVERIFY2(message.contains(url), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("truncated"))
                     || message.contains(QStringLiteral("the audio ends before it"))
                     || message.contains(QStringLiteral("only")),
             qPrintable(message));
}

void TestBufferedSpanSource::cancelsWithoutWaitingForTheServer()
{
    QThreadPool pool;
    {
        BufferedSpanSource source(m_server.url(QStringLiteral("/slow.opus")), 0, 1000, 600000,
                                  pool);
        QTest::qWait(100);
        QCOMPARE(source.state(), BufferedSpanSource::State::Opening);
    }
    // The worker gave up although the server would keep it waiting for ten minutes.
    QVERIFY(pool.waitForDone(30000));
}

QTEST_GUILESS_MAIN(TestBufferedSpanSource)
#include "tst_bufferedspansource.moc"
