// ClipPlayer's settings without a sound card: speed (pitch kept, the whole span, source-time
// positions, a change taking effect at once), lead-in and lead-out, and mute. Split from
// tst_clipplayer.cpp, which covers the playback rules, to keep both files short.
#include "playback/ClipPlayer.h"
#include "playback/SpanAudioDevice.h"
#include "support/AudioAlignment.h"
#include "support/AudioFixtures.h"
#include "support/AudioOutputFake.h"
#include "support/AudioTones.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr qint64 PerMs = 48;
constexpr qint64 TailFrames = SpanAudioDevice::TailMs * PerMs;
// Four tones, one a second: which is heard, and when, shows what of the span plays at a speed.
const QVector<AudioTones::Tone> Tones
        = {{0, 800, 440}, {1000, 1800, 660}, {2000, 2800, 880}, {3000, 3800, 1100}};
const QVector<double> Pitches = {440, 660, 880, 1100};
} // namespace

class TestClipPlayerSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void playsFasterKeepingTheWholeSpan_data();
    void playsFasterKeepingTheWholeSpan();
    void changesSpeedWhilePlaying();
    void appliesASpeedChosenWhilePausedOnResume();
    void clampsTheSpeed();
    void widensTheSpanByLeadInAndLeadOut();
    void clampsLeadInAndLeadOutToTheAudio();
    void mutesKeepingTheVolume();

private:
    QTemporaryDir m_dir;
    QString m_tones;
    QString m_noise; // 20 s of noise that every excerpt can be located in
    std::unique_ptr<AudioFixtures> m_fixtures;
    AudioOutputFake *m_output = nullptr; // owned by m_player
    std::unique_ptr<ClipPlayer> m_player;
};

void TestClipPlayerSettings::initTestCase()
{
    m_tones = m_dir.filePath(QStringLiteral("tones.wav"));
    QVERIFY(AudioTones::writeWav(m_tones, 5000, Tones));
    m_fixtures = std::make_unique<AudioFixtures>(m_dir.path());
    QVERIFY2(m_fixtures->makeReference(20), qPrintable(m_fixtures->errorString()));
    m_noise = m_fixtures->referencePath();
}

void TestClipPlayerSettings::init()
{
    auto output = std::make_unique<AudioOutputFake>();
    m_output = output.get();
    m_player = std::make_unique<ClipPlayer>(std::move(output));
}

void TestClipPlayerSettings::playsFasterKeepingTheWholeSpan_data()
{
    QTest::addColumn<double>("speed");
    QTest::newRow("1x: unchanged") << 1.0;
    QTest::newRow("2x") << 2.0;
    QTest::newRow("0.75x") << 0.75;
}

void TestClipPlayerSettings::playsFasterKeepingTheWholeSpan()
{
    QFETCH(double, speed);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_player->setSpeed(speed);
    const PlaybackRequest request {m_tones, 0, 4000};
    m_player->play(request);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);
    // A 4 s span lasts 4 s / speed, and then the silence that lets it be heard.
    QCOMPARE(m_output->framesReceived(), std::llround(4000 * PerMs / speed) + TailFrames);
    // It is the whole span: every tone, in order, at its own pitch, where the speed puts it.
    const QVector<AudioTones::Heard> heard = AudioTones::sequence(m_output->samples(), Pitches);
    QCOMPARE(heard.size(), Tones.size());
    for (int i = 0; i < Tones.size(); ++i) {
        QCOMPARE(heard.at(i).hz, Tones.at(i).hz);
        QVERIFY(qAbs(heard.at(i).frame / PerMs - qint64(Tones.at(i).startMs / speed)) <= 40);
    }
    // Positions are in source time whatever the speed.
    QCOMPARE(m_player->positionMs(), request.endMs);
}

void TestClipPlayerSettings::changesSpeedWhilePlaying()
{
    m_output->setAutoPull(false);
    QSignalSpy speeds(m_player.get(), &ClipPlayer::speedChanged);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_player->play({m_tones, 0, 4000});
    QCOMPARE(m_output->pull(1000 * PerMs), 1000 * PerMs);
    QCOMPARE(m_player->positionMs(), qint64(1000));
    m_player->setSpeed(2.0);
    QCOMPARE(speeds.count(), 1);
    QCOMPARE(speeds.at(0).at(0).toDouble(), 2.0);
    // At once: the output starts again from what was heard, at the new speed.
    QCOMPARE(m_output->startCount(), 2);
    QCOMPARE(m_player->positionMs(), qint64(1000));
    QCOMPARE(m_output->pull(500 * PerMs), 500 * PerMs);
    QCOMPARE(m_player->positionMs(), qint64(2000)); // 500 ms at 2x: a second of the source
    m_output->setAutoPull(true);
    QVERIFY(finished.wait(10000));
    // From the restart: the remaining 3 s at 2x, the tones from the second one on.
    QCOMPARE(m_output->framesReceived(), 1500 * PerMs + TailFrames);
    const QVector<AudioTones::Heard> heard = AudioTones::sequence(m_output->samples(), Pitches);
    QCOMPARE(heard.size(), 3);
    QCOMPARE(heard.at(0).hz, 660.0);
    QCOMPARE(heard.at(2).hz, 1100.0);
    QCOMPARE(m_player->positionMs(), qint64(4000));
}

void TestClipPlayerSettings::appliesASpeedChosenWhilePausedOnResume()
{
    m_output->setAutoPull(false);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_player->play({m_tones, 0, 4000});
    m_output->pull(2000 * PerMs);
    m_player->pause();
    m_player->setSpeed(0.5);
    QCOMPARE(m_player->speed(), 0.5);
    QCOMPARE(m_output->startCount(), 1); // nothing plays while paused
    QCOMPARE(m_player->positionMs(), qint64(2000));
    m_player->resume();
    QCOMPARE(m_output->startCount(), 2);
    m_output->setAutoPull(true);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_output->framesReceived(), 4000 * PerMs + TailFrames); // 2 s left, at half speed
    QCOMPARE(AudioTones::sequence(m_output->samples(), Pitches).constFirst().hz, 880.0);
}

void TestClipPlayerSettings::clampsTheSpeed()
{
    QSignalSpy speeds(m_player.get(), &ClipPlayer::speedChanged);
    QCOMPARE(m_player->speed(), 1.0);
    m_player->setSpeed(5.0);
    QCOMPARE(m_player->speed(), ClipPlayer::MaxSpeed);
    m_player->setSpeed(0.1);
    QCOMPARE(m_player->speed(), ClipPlayer::MinSpeed);
    m_player->setSpeed(0.4); // still the minimum: nothing changed
    QCOMPARE(speeds.count(), 2);
    QCOMPARE(speeds.at(0).at(0).toDouble(), 3.0);
    QCOMPARE(speeds.at(1).at(0).toDouble(), 0.5);
}

void TestClipPlayerSettings::widensTheSpanByLeadInAndLeadOut()
{
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_player->setLeadInMs(500);
    m_player->setLeadOutMs(700);
    QCOMPARE(m_player->leadInMs(), qint64(500));
    QCOMPARE(m_player->leadOutMs(), qint64(700));
    const PlaybackRequest request {m_noise, 6000, 7000, QStringLiteral("A claim"), 4, 1};
    m_player->play(request);
    QCOMPARE(m_player->spanStartMs(), qint64(5500));
    QCOMPARE(m_player->spanEndMs(), qint64(7700));
    QCOMPARE(m_player->positionMs(), qint64(5500));
    QCOMPARE(m_player->currentRequest(), request); // the request itself is what it was
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).value<PlaybackRequest>(), request);
    QCOMPARE(m_output->framesReceived(), 2200 * PerMs + TailFrames);
    QCOMPARE(m_player->positionMs(), qint64(7700));
    // What played starts 500 ms before the span.
    const QVector<qint16> heard = m_output->samples();
    const AudioAlignment::Match match
            = AudioAlignment::find(m_fixtures->reference(), heard.mid(100 * PerMs, 100 * PerMs),
                                   5000 * PerMs, 6500 * PerMs);
    QVERIFY(match.correlation > 0.9);
    QCOMPARE(match.offset, 5600 * PerMs);
}

void TestClipPlayerSettings::clampsLeadInAndLeadOutToTheAudio()
{
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_player->setLeadInMs(1000);
    m_player->setLeadOutMs(1000);
    m_player->play({m_noise, 300, 1000});
    QCOMPARE(m_player->spanStartMs(), qint64(0)); // not before the audio begins
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_output->framesReceived(), 2000 * PerMs + TailFrames);
    m_player->play({m_noise, 18000, 19500});
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_output->framesReceived(), 3000 * PerMs + TailFrames); // the audio ends at 20 s
    QCOMPARE(m_player->positionMs(), qint64(20000));
    m_player->setLeadInMs(-5);
    QCOMPARE(m_player->leadInMs(), qint64(0));
}

void TestClipPlayerSettings::mutesKeepingTheVolume()
{
    QSignalSpy muted(m_player.get(), &ClipPlayer::mutedChanged);
    QSignalSpy volumes(m_player.get(), &ClipPlayer::volumeChanged);
    m_player->setVolume(0.4f);
    m_player->setMuted(true);
    QVERIFY(m_player->isMuted());
    QCOMPARE(m_output->volume(), 0.0f);
    QCOMPARE(m_player->volume(), 0.4f);
    m_player->setVolume(0.6f); // while muted: remembered, not heard
    QCOMPARE(m_output->volume(), 0.0f);
    m_player->setMuted(true);
    m_player->setMuted(false);
    QCOMPARE(m_output->volume(), 0.6f);
    QCOMPARE(muted.count(), 2);
    QCOMPARE(muted.at(0).at(0).toBool(), true);
    QCOMPARE(muted.at(1).at(0).toBool(), false);
    QCOMPARE(volumes.count(), 2);
}

QTEST_GUILESS_MAIN(TestClipPlayerSettings)
#include "tst_clipplayersettings.moc"
