// MprisService's rules without a session bus, as the command line and CI run: the default
// constructor finds no bus, says so once in the debug log and stays unregistered, while every
// command still follows the MPRIS spec against a ClipPlayer on a fake output. (A process has one
// session bus connection, so this runs apart from tst_mprisservice, which needs one.)
#include "desktop/MprisService.h"
#include "playback/ClipPlayer.h"
#include "support/AudioFixtures.h"
#include "support/AudioOutputFake.h"

#include <QDBusConnection>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestMprisServiceRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void staysUnregisteredWithoutABus();
    void followsThePlayer();
    void seekingWithinTheClipKeepsTheTrack();
    void anotherClipIsAnotherTrack();
    void seekClampsToTheClipAndKeepsPause();
    void seekingPastTheEndAsksForNextOrStops();
    void setPositionIgnoresOtherTracksAndOutOfRange();
    void playAfterTheEndReplaysTheClip();
    void nextAndPreviousNeedPermission();
    void rateRequestsAreBoundedAndZeroPauses();

private:
    PlaybackRequest clip(qint64 startMs, qint64 endMs, qint64 clipId = 7) const
    {
        return {m_wav, startMs, endMs, QStringLiteral("A claim"), clipId, 3};
    }

    QTemporaryDir m_dir;
    QString m_wav;
    AudioOutputFake *m_output = nullptr; // owned by m_player
    std::unique_ptr<ClipPlayer> m_player;
    std::unique_ptr<MprisService> m_service;
};

void TestMprisServiceRules::initTestCase()
{
    // An address where no bus can be: whatever this machine has, the session bus is unreachable.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/citecast-no-bus");
    QVERIFY(!QDBusConnection::sessionBus().isConnected());
    AudioFixtures fixtures(m_dir.path());
    QVERIFY2(fixtures.makeReference(8), qPrintable(fixtures.errorString()));
    m_wav = fixtures.referencePath();
}

void TestMprisServiceRules::init()
{
    auto output = std::make_unique<AudioOutputFake>();
    m_output = output.get();
    m_output->setAutoPull(false); // a clip plays until the test pulls it through
    m_player = std::make_unique<ClipPlayer>(std::move(output));
    m_service = std::make_unique<MprisService>(*m_player);
}

void TestMprisServiceRules::cleanup()
{
    m_service.reset();
    m_player.reset();
}

void TestMprisServiceRules::staysUnregisteredWithoutABus()
{
    QLoggingCategory::setFilterRules(QStringLiteral("citecast.desktop.debug=true"));
    QTest::ignoreMessage(QtDebugMsg, QRegularExpression(QStringLiteral("^No D-Bus session bus")));
    MprisService service(*m_player);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!service.isRegistered());
    QVERIFY(service.serviceName().isEmpty());
    QVERIFY(service.metadata().isEmpty());
    QVERIFY(!service.canPlay());
    service.playPause(); // nothing played yet: nothing to play
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
    service.setVolume(0.3);
    QCOMPARE(m_player->volume(), 0.3f);
}

void TestMprisServiceRules::followsThePlayer()
{
    QCOMPARE(m_service->playbackStatus(), QStringLiteral("Stopped"));
    m_player->play(clip(2000, 3500));
    QCOMPARE(m_service->playbackStatus(), QStringLiteral("Playing"));
    QCOMPARE(m_service->metadata().value(QStringLiteral("xesam:title")).toString(),
             QStringLiteral("A claim"));
    QCOMPARE(m_output->pull(400 * 48), qint64(400 * 48));
    QCOMPARE(m_service->positionUs(), qint64(400000));
    QVERIFY(m_service->canSeek());
    m_player->pause();
    QCOMPARE(m_service->playbackStatus(), QStringLiteral("Paused"));
    QCOMPARE(m_service->positionUs(), qint64(400000));
    m_player->stop();
    QCOMPARE(m_service->playbackStatus(), QStringLiteral("Stopped"));
    QCOMPARE(m_service->positionUs(), qint64(0));
    QVERIFY(!m_service->canSeek());
}

void TestMprisServiceRules::seekingWithinTheClipKeepsTheTrack()
{
    QSignalSpy seeked(m_service.get(), &MprisService::seeked);
    m_player->play(clip(2000, 5000));
    QCOMPARE(seeked.count(), 0); // a new track is no seek
    const QDBusObjectPath id = m_service->track().id();
    m_service->seek(1500000);
    QCOMPARE(m_player->currentRequest().startMs, qint64(3500));
    QCOMPARE(m_player->currentRequest().endMs, qint64(5000));
    QCOMPARE(seeked.count(), 1);
    QCOMPARE(seeked.at(0).at(0).toLongLong(), qint64(1500000));
    QCOMPARE(m_service->track().id(), id);
    QCOMPARE(m_service->track().lengthMs(), qint64(3000));
    QCOMPARE(m_service->positionUs(), qint64(1500000));
    // The window seeking the same way (its seekBy) is a seek too.
    PlaybackRequest later = clip(2000, 5000);
    later.startMs = 4000;
    m_player->play(later);
    QCOMPARE(seeked.count(), 2);
    QCOMPARE(seeked.at(1).at(0).toLongLong(), qint64(2000000));
    QCOMPARE(m_service->track().id(), id);
}

void TestMprisServiceRules::anotherClipIsAnotherTrack()
{
    QSignalSpy seeked(m_service.get(), &MprisService::seeked);
    m_player->play(clip(2000, 5000, 7));
    m_player->play(clip(2500, 4000, 8));
    QCOMPARE(seeked.count(), 0);
    QCOMPARE(m_service->track().id().path(), QStringLiteral("/io/github/citecast/clip/8"));
    QCOMPARE(m_service->positionUs(), qint64(0));
}

void TestMprisServiceRules::seekClampsToTheClipAndKeepsPause()
{
    m_player->play(clip(2000, 5000));
    QCOMPARE(m_output->pull(500 * 48), qint64(500 * 48));
    m_player->pause();
    m_service->seek(-200000);
    QCOMPARE(m_player->currentRequest().startMs, qint64(2300));
    QCOMPARE(m_player->state(), ClipPlayer::State::Paused);
    m_service->seek(-60000000); // before the clip's start: its start
    QCOMPARE(m_player->currentRequest().startMs, qint64(2000));
    QCOMPARE(m_player->positionMs(), qint64(2000));
    QCOMPARE(m_player->state(), ClipPlayer::State::Paused);
}

void TestMprisServiceRules::seekingPastTheEndAsksForNextOrStops()
{
    QSignalSpy next(m_service.get(), &MprisService::nextRequested);
    m_player->play(clip(2000, 3000));
    m_service->setCanGoNext(true);
    m_service->seek(5000000); // the spec: as Next
    QCOMPARE(next.count(), 1);
    QCOMPARE(m_player->currentRequest().startMs, qint64(2000)); // the window decides what follows
    m_service->setCanGoNext(false);
    m_service->seek(1000000); // exactly the end is past the last sample
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
    QCOMPARE(next.count(), 1);
}

void TestMprisServiceRules::setPositionIgnoresOtherTracksAndOutOfRange()
{
    m_player->play(clip(2000, 5000));
    const QDBusObjectPath id = m_service->track().id();
    m_service->setPosition(QDBusObjectPath(QStringLiteral("/io/github/citecast/clip/8")), 1000000);
    m_service->setPosition(id, -1);
    m_service->setPosition(id, 3000001);
    QCOMPARE(m_player->currentRequest().startMs, qint64(2000));
    QCOMPARE(m_player->state(), ClipPlayer::State::Playing);
    m_service->setPosition(id, 2999000);
    QCOMPARE(m_player->currentRequest().startMs, qint64(4999));
    m_player->stop();
    m_service->setPosition(id, 1000000); // stopped: no seeking
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
}

void TestMprisServiceRules::playAfterTheEndReplaysTheClip()
{
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    QSignalSpy seeked(m_service.get(), &MprisService::seeked);
    const PlaybackRequest request = clip(1000, 1300);
    m_player->play(request);
    m_output->setAutoPull(true);
    QVERIFY(finished.wait(10000));
    // The clip stays the track, stopped at its start, so a media key hears it again.
    QCOMPARE(m_service->playbackStatus(), QStringLiteral("Stopped"));
    QCOMPARE(m_service->metadata().value(QStringLiteral("xesam:title")).toString(),
             QStringLiteral("A claim"));
    QCOMPARE(m_service->positionUs(), qint64(0));
    QVERIFY(m_service->canPlay());
    m_output->setAutoPull(false);
    m_service->play();
    QCOMPARE(m_player->state(), ClipPlayer::State::Playing);
    QCOMPARE(m_player->currentRequest(), request);
    QCOMPARE(seeked.count(), 0); // from the start, as the position said
}

void TestMprisServiceRules::nextAndPreviousNeedPermission()
{
    QSignalSpy next(m_service.get(), &MprisService::nextRequested);
    QSignalSpy previous(m_service.get(), &MprisService::previousRequested);
    m_service->next();
    m_service->previous();
    QCOMPARE(next.count() + previous.count(), 0);
    m_service->setCanGoPrevious(true);
    m_service->next();
    m_service->previous();
    QCOMPARE(next.count(), 0);
    QCOMPARE(previous.count(), 1);
}

void TestMprisServiceRules::rateRequestsAreBoundedAndZeroPauses()
{
    QSignalSpy rates(m_service.get(), &MprisService::rateChangeRequested);
    m_service->requestRate(10.0);
    m_service->requestRate(0.1);
    m_service->requestRate(-1.0); // invalid: ignored
    m_service->requestRate(1.0);  // what it plays at already
    QCOMPARE(rates.count(), 2);
    QCOMPARE(rates.at(0).at(0).toDouble(), MprisService::MaximumRate);
    QCOMPARE(rates.at(1).at(0).toDouble(), MprisService::MinimumRate);
    m_service->setRate(7.0);
    QCOMPARE(m_service->rate(), MprisService::MaximumRate);
    m_player->play(clip(1000, 3000));
    m_service->requestRate(0.0);
    QCOMPARE(m_player->state(), ClipPlayer::State::Paused);
    QCOMPARE(rates.count(), 2);
}

QTEST_GUILESS_MAIN(TestMprisServiceRules)
#include "tst_mprisservice_rules.moc"
