// What `citecast play` runs: one request to its end, as an exit code and one message on error.
#include "playback/HeadlessPlayback.h"
#include "support/AudioFixtures.h"
#include "support/AudioOutputFake.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QTemporaryDir>
#include <QtTest>

class TestHeadlessPlayback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void playsToTheEndAndSucceeds();
    void reportsBadInput_data();
    void reportsBadInput();
    void reportsNoOutputDevice();
    void reportsNoSoundServerWithoutHanging();

private:
    QTemporaryDir m_dir;
    QString m_wav;
};

void TestHeadlessPlayback::initTestCase()
{
    // No sound server for this process, whatever runs around it: the real output must find none.
    qputenv("PULSE_SERVER", QByteArrayLiteral("unix:/nonexistent/citecast-tests-have-no-sound"));
    AudioFixtures fixtures(m_dir.path());
    QVERIFY2(fixtures.makeReference(5), qPrintable(fixtures.errorString()));
    m_wav = fixtures.referencePath();
}

void TestHeadlessPlayback::playsToTheEndAndSucceeds()
{
    QString errors;
    QTextStream err(&errors);
    QCOMPARE(HeadlessPlayback::run({m_wav, 1000, 1250}, std::make_unique<AudioOutputFake>(), err),
             0);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

void TestHeadlessPlayback::reportsBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << QStringLiteral("not-here.mp3") << qint64(0) << qint64(1000)
                                  << QStringLiteral("not-here.mp3");
    QTest::newRow("reversed span")
            << QString() << qint64(3000) << qint64(2000) << QStringLiteral("empty or reversed");
    QTest::newRow("after the end")
            << QString() << qint64(9000) << qint64(9500) << QStringLiteral("only 0:05.000 long");
}

void TestHeadlessPlayback::reportsBadInput()
{
    QFETCH(QString, name);
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    QFETCH(QString, expected);
    const QString path = name.isEmpty() ? m_wav : m_dir.filePath(name);
    QString errors;
    QTextStream err(&errors);
    QCOMPARE(
            HeadlessPlayback::run({path, startMs, endMs}, std::make_unique<AudioOutputFake>(), err),
            2);
    QVERIFY2(errors.contains(expected), qPrintable(errors));
    QCOMPARE(errors.count(QLatin1Char('\n')), 1); // one message
}

void TestHeadlessPlayback::reportsNoOutputDevice()
{
    auto output = std::make_unique<AudioOutputFake>();
    output->setAvailable(false, QStringLiteral("no audio output device was found"));
    QString errors;
    QTextStream err(&errors);
    QCOMPARE(HeadlessPlayback::run({m_wav, 0, 1000}, std::move(output), err), 3);
    QVERIFY2(errors.contains(QStringLiteral("no audio output device")), qPrintable(errors));
}

void TestHeadlessPlayback::reportsNoSoundServerWithoutHanging()
{
    QVERIFY(QMediaDevices::audioOutputs().isEmpty());
    QString errors;
    QTextStream err(&errors);
    QCOMPARE(HeadlessPlayback::run({m_wav, 0, 1000}, err), 3);
    QVERIFY2(errors.contains(QStringLiteral("no audio output device")), qPrintable(errors));
    QVERIFY2(errors.contains(QFileInfo(m_wav).fileName()), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestHeadlessPlayback)
#include "tst_headlessplayback.moc"
