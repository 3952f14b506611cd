// The production output where it can be tested without making a sound: with no sound server it
// must say so, refuse to start and never wait for a state change that will not come.
#include "playback/QtAudioOutput.h"

#include <QAudioDevice>
#include <QBuffer>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QtTest>

class TestQtAudioOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saysThereIsNoDevice();
    void refusesToStartWithoutADevice();
    void keepsTheVolumeWithinRange();
    void isQuietWhenIdle();
};

void TestQtAudioOutput::initTestCase()
{
    // No sound server for this process, whatever runs around it.
    qputenv("PULSE_SERVER", QByteArrayLiteral("unix:/nonexistent/citecast-tests-have-no-sound"));
    QVERIFY(QMediaDevices::audioOutputs().isEmpty());
}

void TestQtAudioOutput::saysThereIsNoDevice()
{
    QtAudioOutput output;
    QString reason;
    QVERIFY(!output.isAvailable(&reason));
    QVERIFY2(reason.contains(QStringLiteral("no audio output device")), qPrintable(reason));
    QVERIFY(!output.isAvailable()); // no reason wanted: fine too
}

void TestQtAudioOutput::refusesToStartWithoutADevice()
{
    QtAudioOutput output;
    QSignalSpy idle(&output, &AudioOutput::idle);
    QSignalSpy errors(&output, &AudioOutput::errorOccurred);
    QByteArray pcm(48000 * 2, '\0');
    QBuffer source(&pcm);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QAudioFormat format;
    format.setSampleRate(48000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    QVERIFY(!output.start(&source, format));
    QVERIFY2(output.errorString().contains(QStringLiteral("no audio output device")),
             qPrintable(output.errorString()));
    QTest::qWait(50);
    QCOMPARE(idle.count(), 0);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(source.pos(), qint64(0)); // nothing was pulled
    output.stop();                     // harmless
}

void TestQtAudioOutput::keepsTheVolumeWithinRange()
{
    QtAudioOutput output;
    QCOMPARE(output.volume(), 1.0f);
    output.setVolume(0.4f);
    QCOMPARE(output.volume(), 0.4f);
    output.setVolume(1.5f);
    QCOMPARE(output.volume(), 1.0f);
    output.setVolume(-0.5f);
    QCOMPARE(output.volume(), 0.0f);
}

void TestQtAudioOutput::isQuietWhenIdle()
{
    QtAudioOutput output;
    QCOMPARE(output.processedUs(), qint64(0));
    QCOMPARE(output.queuedUs(), qint64(0));
    output.suspend();
    output.resume();
    output.stop();
    QVERIFY(output.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestQtAudioOutput)
#include "tst_qtaudiooutput.moc"
