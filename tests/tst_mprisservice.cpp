// MprisService as a desktop applet sees it: CTest runs this inside dbus-run-session (a private
// session bus), and the test talks to the service from a second bus connection, so every call,
// property and signal really crosses the bus. The rules behind the calls (seek bounds, replay,
// rates) are tested without a bus in tst_mprisservice_rules.
#include "desktop/MprisService.h"
#include "playback/ClipPlayer.h"
#include "support/AudioFixtures.h"
#include "support/AudioOutputFake.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Evaluates `call` once and fails unless it was answered with a reply (not an error).
#define QVERIFY_REPLY(call) \
    do { \
        const QDBusMessage reply_ = (call); \
        QVERIFY2(reply_.type() == QDBusMessage::ReplyMessage, \
                 qPrintable(reply_.errorName() + QLatin1Char(' ') + reply_.errorMessage())); \
    } while (false)

namespace {
const QString Root = QStringLiteral("org.mpris.MediaPlayer2");
const QString Player = QStringLiteral("org.mpris.MediaPlayer2.Player");
const QString Properties = QStringLiteral("org.freedesktop.DBus.Properties");
const QString Title = QStringLiteral("A claim");

// A map inside a variant arrives as a QDBusArgument.
QVariantMap toMap(const QVariant &value)
{
    if (value.canConvert<QDBusArgument>())
        return qdbus_cast<QVariantMap>(value.value<QDBusArgument>());
    return value.toMap();
}
} // namespace

// Receives the service's signals on the client connection and re-emits them for QSignalSpy.
class BusSignals : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed,
                             const QStringList &invalidated)
    {
        Q_EMIT propertiesChanged(interface, changed, invalidated);
    }
    void onSeeked(qlonglong positionUs) { Q_EMIT seeked(positionUs); }

Q_SIGNALS:
    void propertiesChanged(const QString &interface, const QVariantMap &changed,
                           const QStringList &invalidated);
    void seeked(qlonglong positionUs);
};

class TestMprisService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ownsTheNameAndSaysWhoItIs();
    void aSecondServiceTakesAnInstanceName();
    void exportsTheSpecSignatures();
    void publishesThePlayingClip();
    void announcesPlaybackStart();
    void playPauseTogglesThePlayer();
    void nextAndPreviousAreIntents();
    void writingVolumeSetsThePlayer();
    void seekMovesWithinTheSpan();
    void setPositionNeedsTheCurrentTrack();
    void rateWritesAreIntents();
    void raiseAndQuitAreIntents();

private:
    PlaybackRequest clip(qint64 startMs, qint64 endMs) const
    {
        return {m_wav, startMs, endMs, Title, 7, 3};
    }
    void listen();
    // Calls the service from the client connection (the player interface unless told otherwise).
    QDBusMessage call(const char *method, const QVariantList &arguments = {},
                      const QString &interface = Player);
    QVariant get(const char *name, const QString &interface = Player);
    QDBusMessage set(const char *name, const QVariant &value);
    QVariantMap metadata() { return toMap(get("Metadata")); }

    QTemporaryDir m_dir;
    QString m_wav;
    QDBusConnection m_client = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                             QStringLiteral("mpris-test-client"));
    AudioOutputFake *m_output = nullptr; // owned by m_player
    std::unique_ptr<ClipPlayer> m_player;
    std::unique_ptr<MprisService> m_service;
    std::unique_ptr<BusSignals> m_signals;
};

void TestMprisService::initTestCase()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run this test under dbus-run-session (CTest does)");
    QVERIFY(m_client.isConnected());
    AudioFixtures fixtures(m_dir.path());
    QVERIFY2(fixtures.makeReference(8), qPrintable(fixtures.errorString()));
    m_wav = fixtures.referencePath();
}

void TestMprisService::init()
{
    auto output = std::make_unique<AudioOutputFake>();
    m_output = output.get();
    m_output->setAutoPull(false); // a clip plays until the test pulls it through
    m_player = std::make_unique<ClipPlayer>(std::move(output));
    m_service = std::make_unique<MprisService>(*m_player);
    QVERIFY(m_service->isRegistered());
}

void TestMprisService::cleanup()
{
    m_signals.reset();
    m_service.reset();
    m_player.reset();
}

// Subscribes to PropertiesChanged and Seeked at the service's path.
void TestMprisService::listen()
{
    m_signals = std::make_unique<BusSignals>();
    QVERIFY(m_client.connect(QString(), MprisService::objectPath(), Properties,
                             QStringLiteral("PropertiesChanged"), m_signals.get(),
                             SLOT(onPropertiesChanged(QString, QVariantMap, QStringList))));
    QVERIFY(m_client.connect(QString(), MprisService::objectPath(), Player,
                             QStringLiteral("Seeked"), m_signals.get(), SLOT(onSeeked(qlonglong))));
    // A round trip to the bus: once answered, the bus has our match rules.
    QVERIFY(m_client.interface()->isServiceRegistered(m_service->serviceName()).value());
}

// Never blocks: the service answers from this very thread's event loop.
QDBusMessage TestMprisService::call(const char *method, const QVariantList &arguments,
                                    const QString &interface)
{
    QDBusMessage message
            = QDBusMessage::createMethodCall(m_service->serviceName(), MprisService::objectPath(),
                                             interface, QString::fromLatin1(method));
    message.setArguments(arguments);
    QDBusPendingCall pending = m_client.asyncCall(message);
    QDBusPendingCallWatcher watcher(pending);
    QSignalSpy finished(&watcher, &QDBusPendingCallWatcher::finished);
    if (!pending.isFinished())
        finished.wait(10000);
    return pending.reply();
}

QVariant TestMprisService::get(const char *name, const QString &interface)
{
    const QDBusMessage reply = call("Get", {interface, QString::fromLatin1(name)}, Properties);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return QVariant();
    return reply.arguments().constFirst().value<QDBusVariant>().variant();
}

QDBusMessage TestMprisService::set(const char *name, const QVariant &value)
{
    return call("Set",
                {Player, QString::fromLatin1(name), QVariant::fromValue(QDBusVariant(value))},
                Properties);
}

void TestMprisService::ownsTheNameAndSaysWhoItIs()
{
    QCOMPARE(m_service->serviceName(), QStringLiteral("org.mpris.MediaPlayer2.citecast"));
    const QDBusReply<QString> owner = m_client.interface()->serviceOwner(m_service->serviceName());
    QCOMPARE(owner.value(), QDBusConnection::sessionBus().baseService());
    QCOMPARE(get("Identity", Root).toString(), QStringLiteral("Citecast"));
    QCOMPARE(get("DesktopEntry", Root).toString(), QStringLiteral("io.github.citecast.Citecast"));
    QCOMPARE(get("CanRaise", Root).toBool(), true);
    QCOMPARE(get("CanQuit", Root).toBool(), true);
    QCOMPARE(get("CanControl").toBool(), true);
    // Nothing played yet.
    QCOMPARE(get("PlaybackStatus").toString(), QStringLiteral("Stopped"));
    QCOMPARE(get("CanPlay").toBool(), false);
    QVERIFY(metadata().isEmpty());
}

void TestMprisService::aSecondServiceTakesAnInstanceName()
{
    const QString instance = QStringLiteral("org.mpris.MediaPlayer2.citecast.instance%1")
                                     .arg(QCoreApplication::applicationPid());
    const QString connection = QStringLiteral("mpris-second");
    {
        MprisService other(*m_player,
                           QDBusConnection::connectToBus(QDBusConnection::SessionBus, connection));
        QVERIFY(other.isRegistered());
        QCOMPARE(other.serviceName(), instance);
        QVERIFY(m_client.interface()->isServiceRegistered(instance).value());
    }
    QVERIFY(!m_client.interface()->isServiceRegistered(instance).value()); // released when gone
    QDBusConnection::disconnectFromBus(connection);
}

void TestMprisService::exportsTheSpecSignatures()
{
    const QDBusMessage reply
            = call("Introspect", {}, QStringLiteral("org.freedesktop.DBus.Introspectable"));
    QVERIFY_REPLY(reply);
    const QString xml = reply.arguments().constFirst().toString();
    for (const char *expected : {
                 R"(<interface name="org.mpris.MediaPlayer2">)",
                 R"(<interface name="org.mpris.MediaPlayer2.Player">)",
                 R"(<property name="Metadata" type="a{sv}" access="read")",
                 R"(<property name="Position" type="x" access="read"/>)",
                 R"(<property name="Volume" type="d" access="readwrite"/>)",
                 R"(<property name="Rate" type="d" access="readwrite"/>)",
                 R"(<arg name="Offset" type="x" direction="in"/>)",
                 R"(<arg name="TrackId" type="o" direction="in"/>)",
                 R"(<signal name="Seeked">)",
         }) {
        QVERIFY2(xml.contains(QLatin1String(expected)), expected);
    }
}

void TestMprisService::publishesThePlayingClip()
{
    const QStringList artists {QStringLiteral("The Show"), QStringLiteral("A Guest")};
    m_service->setEpisode(3, {QStringLiteral("Episode 12: Sleep"), artists, 60000});
    m_player->play(clip(2000, 3500));
    QCOMPARE(m_player->state(), ClipPlayer::State::Playing);
    QCOMPARE(get("PlaybackStatus").toString(), QStringLiteral("Playing"));
    const QVariantMap map = metadata();
    QCOMPARE(map.value(QStringLiteral("xesam:title")).toString(), Title);
    QCOMPARE(map.value(QStringLiteral("mpris:length")).toLongLong(), qlonglong(1500000));
    QCOMPARE(map.value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>().path(),
             QStringLiteral("/io/github/citecast/clip/7"));
    QCOMPARE(map.value(QStringLiteral("xesam:album")).toString(),
             QStringLiteral("Episode 12: Sleep"));
    QCOMPARE(map.value(QStringLiteral("xesam:artist")).toStringList(), artists);
    QCOMPARE(map.value(QStringLiteral("xesam:url")).toString(),
             QUrl::fromLocalFile(m_wav).toString());
    // Positions count from the clip's start, in microseconds.
    QCOMPARE(m_output->pull(250 * 48), qint64(250 * 48));
    QCOMPARE(get("Position").toLongLong(), qlonglong(250000));
    QCOMPARE(get("CanSeek").toBool(), true);
    QCOMPARE(get("CanPause").toBool(), true);
}

void TestMprisService::announcesPlaybackStart()
{
    listen();
    QSignalSpy changes(m_signals.get(), &BusSignals::propertiesChanged);
    m_player->play(clip(1000, 2000));
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 10000);
    QCOMPARE(changes.at(0).at(0).toString(), Player);
    const QVariantMap changed = changes.at(0).at(1).toMap();
    QCOMPARE(changed.value(QStringLiteral("PlaybackStatus")).toString(), QStringLiteral("Playing"));
    const QVariantMap map = toMap(changed.value(QStringLiteral("Metadata")));
    QCOMPARE(map.value(QStringLiteral("xesam:title")).toString(), Title);
    QCOMPARE(map.value(QStringLiteral("mpris:length")).toLongLong(), qlonglong(1000000));
    QVERIFY(!changed.contains(QStringLiteral("Position"))); // clients extrapolate it

    m_player->pause();
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 2, 10000);
    const QVariantMap paused = changes.at(1).at(1).toMap();
    QCOMPARE(paused.value(QStringLiteral("PlaybackStatus")).toString(), QStringLiteral("Paused"));
    QVERIFY(!paused.contains(QStringLiteral("Metadata"))); // only what changed
}

void TestMprisService::playPauseTogglesThePlayer()
{
    m_player->play(clip(1000, 3000));
    QVERIFY_REPLY(call("PlayPause"));
    QCOMPARE(m_player->state(), ClipPlayer::State::Paused);
    QCOMPARE(get("PlaybackStatus").toString(), QStringLiteral("Paused"));
    QVERIFY_REPLY(call("PlayPause"));
    QCOMPARE(m_player->state(), ClipPlayer::State::Playing);
    QVERIFY_REPLY(call("Pause"));
    QCOMPARE(m_player->state(), ClipPlayer::State::Paused);
    QVERIFY_REPLY(call("Play"));
    QCOMPARE(m_player->state(), ClipPlayer::State::Playing);
    QVERIFY_REPLY(call("Stop"));
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
}

void TestMprisService::nextAndPreviousAreIntents()
{
    QSignalSpy next(m_service.get(), &MprisService::nextRequested);
    QSignalSpy previous(m_service.get(), &MprisService::previousRequested);
    // The spec: without CanGoNext/CanGoPrevious, Next and Previous do nothing.
    QVERIFY_REPLY(call("Next"));
    QVERIFY_REPLY(call("Previous"));
    QCOMPARE(next.count(), 0);
    QCOMPARE(previous.count(), 0);
    m_service->setCanGoNext(true);
    m_service->setCanGoPrevious(true);
    QCOMPARE(get("CanGoNext").toBool(), true);
    QVERIFY_REPLY(call("Next"));
    QCOMPARE(next.count(), 1);
    QCOMPARE(previous.count(), 0);
    QVERIFY_REPLY(call("Previous"));
    QCOMPARE(previous.count(), 1);
}

void TestMprisService::writingVolumeSetsThePlayer()
{
    listen();
    QSignalSpy changes(m_signals.get(), &BusSignals::propertiesChanged);
    QVERIFY_REPLY(set("Volume", 0.25));
    QCOMPARE(m_output->volume(), 0.25f);
    QCOMPARE(get("Volume").toDouble(), 0.25);
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 10000);
    const QVariantMap changed = changes.at(0).at(1).toMap();
    QCOMPARE(changed.value(QStringLiteral("Volume")).toDouble(), 0.25);
    QVERIFY(!changed.contains(QStringLiteral("PlaybackStatus"))); // only what changed
    QVERIFY(!changed.contains(QStringLiteral("Metadata")));
    // The spec: a negative volume means silence.
    QVERIFY_REPLY(set("Volume", -0.5));
    QCOMPARE(m_output->volume(), 0.0f);
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 2, 10000);
    // A change made in the window is announced once the window says so.
    m_player->setVolume(0.5f);
    m_service->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 3, 10000);
    QCOMPARE(changes.at(2).at(1).toMap().value(QStringLiteral("Volume")).toDouble(), 0.5);
}

void TestMprisService::seekMovesWithinTheSpan()
{
    listen();
    QSignalSpy seeked(m_signals.get(), &BusSignals::seeked);
    m_player->play(clip(2000, 5000));
    const QString trackId = m_service->track().id().path();

    QVERIFY_REPLY(call("Seek", {qlonglong(1000000)}));
    const PlaybackRequest now = m_player->currentRequest();
    QCOMPARE(now.startMs, qint64(3000));
    QCOMPARE(now.endMs, qint64(5000));
    QCOMPARE(now.title, Title);
    QCOMPARE(now.clipId, qint64(7));
    QCOMPARE(now.episodeId, qint64(3));
    QCOMPARE(get("Position").toLongLong(), qlonglong(1000000));
    // Still the same track, as long as before.
    const QVariantMap map = metadata();
    QCOMPARE(map.value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>().path(), trackId);
    QCOMPARE(map.value(QStringLiteral("mpris:length")).toLongLong(), qlonglong(3000000));
    QTRY_COMPARE_WITH_TIMEOUT(seeked.count(), 1, 10000);
    QCOMPARE(seeked.at(0).at(0).toLongLong(), qlonglong(1000000));
}

void TestMprisService::setPositionNeedsTheCurrentTrack()
{
    m_player->play(clip(2000, 5000));
    const QVariant track = QVariant::fromValue(m_service->track().id());
    QVERIFY_REPLY(call("SetPosition", {track, qlonglong(2500000)}));
    QCOMPARE(m_player->currentRequest().startMs, qint64(4500));
    QCOMPARE(m_player->currentRequest().endMs, qint64(5000));
    // Another track's id: ignored, as the spec says.
    const QDBusObjectPath other(QStringLiteral("/io/github/citecast/clip/8"));
    QVERIFY_REPLY(call("SetPosition", {QVariant::fromValue(other), qlonglong(0)}));
    QCOMPARE(m_player->currentRequest().startMs, qint64(4500));
}

void TestMprisService::rateWritesAreIntents()
{
    QSignalSpy rates(m_service.get(), &MprisService::rateChangeRequested);
    QCOMPARE(get("MinimumRate").toDouble(), 0.5);
    QCOMPARE(get("MaximumRate").toDouble(), 3.0);
    QVERIFY_REPLY(set("Rate", 1.5));
    QCOMPARE(rates.count(), 1);
    QCOMPARE(rates.at(0).at(0).toDouble(), 1.5);
    // The rate shown is what the player plays at, which the window reports.
    QCOMPARE(get("Rate").toDouble(), 1.0);
    m_service->setRate(1.5);
    QCOMPARE(get("Rate").toDouble(), 1.5);
}

void TestMprisService::raiseAndQuitAreIntents()
{
    QSignalSpy raise(m_service.get(), &MprisService::raiseRequested);
    QSignalSpy quit(m_service.get(), &MprisService::quitRequested);
    QVERIFY_REPLY(call("Raise", {}, Root));
    QCOMPARE(raise.count(), 1);
    QCOMPARE(quit.count(), 0);
    QVERIFY_REPLY(call("Quit", {}, Root));
    QCOMPARE(quit.count(), 1);
}

QTEST_GUILESS_MAIN(TestMprisService)
#include "tst_mprisservice.moc"
