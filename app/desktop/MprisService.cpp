#include "MprisService.h"

#include "DesktopLog.h"
#include "MprisPlayerAdaptor.h"
#include "MprisRootAdaptor.h"
#include "playback/ClipPlayer.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>

#include <cmath>

QString MprisService::objectPath()
{
    return QStringLiteral("/org/mpris/MediaPlayer2");
}

QString MprisService::baseName()
{
    return QStringLiteral("org.mpris.MediaPlayer2.citecast");
}

QString MprisService::playerInterface()
{
    return QStringLiteral("org.mpris.MediaPlayer2.Player");
}

MprisService::MprisService(ClipPlayer &player, QObject *parent)
    : MprisService(player, QDBusConnection::sessionBus(), parent)
{ }

MprisService::MprisService(ClipPlayer &player, const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_bus(bus)
{
    new MprisRootAdaptor(this);
    new MprisPlayerAdaptor(this);
    m_publish.setSingleShot(true);
    m_publish.setInterval(0);
    connect(&m_publish, &QTimer::timeout, this, &MprisService::publish);
    connect(&m_player, &ClipPlayer::started, this, &MprisService::onStarted);
    connect(&m_player, &ClipPlayer::stateChanged, this, &MprisService::onStateChanged);
    registerOnBus();
}

MprisService::~MprisService()
{
    if (!isRegistered())
        return;
    m_bus.unregisterService(m_serviceName);
    m_bus.unregisterObject(objectPath());
}

void MprisService::registerOnBus()
{
    if (!m_bus.isConnected()) {
        qCDebug(lcDesktop).noquote() << "No D-Bus session bus, so no desktop media controls:"
                                     << m_bus.lastError().message();
        return;
    }
    if (!m_bus.registerObject(objectPath(), this, QDBusConnection::ExportAdaptors)) {
        qCDebug(lcDesktop).noquote()
                << "No desktop media controls:" << objectPath() << "is taken on the session bus.";
        return;
    }
    // A second Citecast still gets media controls of its own, as the MPRIS spec asks.
    const QString instance = baseName() % QStringLiteral(".instance")
            % QString::number(QCoreApplication::applicationPid());
    for (const QString &name : {baseName(), instance}) {
        if (m_bus.registerService(name)) {
            m_serviceName = name;
            break;
        }
    }
    if (m_serviceName.isEmpty()) {
        qCDebug(lcDesktop).noquote() << "No desktop media controls: cannot own" << instance << '-'
                                     << m_bus.lastError().message();
        m_bus.unregisterObject(objectPath());
        return;
    }
    m_published = changeableProperties();
    qCDebug(lcDesktop) << "MPRIS registered as" << m_serviceName;
}

void MprisService::setEpisode(qint64 episodeId, const MprisEpisode &episode)
{
    m_episodes.insert(episodeId, episode);
    if (!m_track.isNull() && m_track.request().episodeId == episodeId) {
        m_track.setEpisode(episode);
        schedulePublish();
    }
}

void MprisService::setCanGoNext(bool can)
{
    m_canGoNext = can;
    schedulePublish();
}

void MprisService::setCanGoPrevious(bool can)
{
    m_canGoPrevious = can;
    schedulePublish();
}

void MprisService::setRate(double rate)
{
    if (!std::isfinite(rate))
        return;
    m_rate = qBound(MinimumRate, rate, MaximumRate);
    schedulePublish();
}

void MprisService::refresh()
{
    schedulePublish();
}

QString MprisService::playbackStatus() const
{
    switch (m_player.state()) {
    case ClipPlayer::State::Playing:
        return QStringLiteral("Playing");
    case ClipPlayer::State::Paused:
        return QStringLiteral("Paused");
    case ClipPlayer::State::Stopped:
        break;
    }
    return QStringLiteral("Stopped");
}

QVariantMap MprisService::metadata() const
{
    return m_track.metadata();
}

qint64 MprisService::positionUs() const
{
    if (m_track.isNull() || m_player.state() == ClipPlayer::State::Stopped)
        return 0;
    return qMax<qint64>(m_player.positionMs() - m_track.startMs(), 0) * 1000;
}

double MprisService::volume() const
{
    return double(m_player.volume());
}

bool MprisService::canSeek() const
{
    return !m_track.isNull() && m_player.state() != ClipPlayer::State::Stopped;
}

void MprisService::play()
{
    switch (m_player.state()) {
    case ClipPlayer::State::Paused:
        m_player.resume();
        break;
    case ClipPlayer::State::Stopped:
        if (!m_track.isNull())
            m_player.play(m_track.requestAt(0));
        break;
    case ClipPlayer::State::Playing:
        break;
    }
}

void MprisService::pause()
{
    m_player.pause();
}

void MprisService::playPause()
{
    if (m_player.state() == ClipPlayer::State::Playing)
        m_player.pause();
    else
        play();
}

void MprisService::stop()
{
    m_player.stop();
}

void MprisService::next()
{
    if (m_canGoNext)
        Q_EMIT nextRequested();
}

void MprisService::previous()
{
    if (m_canGoPrevious)
        Q_EMIT previousRequested();
}

void MprisService::seek(qint64 offsetUs)
{
    if (canSeek())
        seekTo(positionUs() / 1000 + offsetUs / 1000);
}

void MprisService::setPosition(const QDBusObjectPath &trackId, qint64 positionUs)
{
    // The track id guards against seeking a track that changed meanwhile; out of range is ignored.
    if (!canSeek() || trackId != m_track.id() || positionUs < 0)
        return;
    const qint64 length = m_track.lengthMs();
    if (length >= 0 && positionUs > length * 1000)
        return;
    seekTo(positionUs / 1000);
}

void MprisService::setVolume(double volume)
{
    if (!std::isfinite(volume))
        return;
    m_player.setVolume(float(qBound(0.0, volume, 1.0)));
    schedulePublish();
}

void MprisService::requestRate(double rate)
{
    if (!std::isfinite(rate) || rate < 0)
        return;
    if (rate == 0.0) { // the spec: a rate of 0 acts as Pause
        pause();
        return;
    }
    const double bounded = qBound(MinimumRate, rate, MaximumRate);
    if (!qFuzzyCompare(bounded, m_rate))
        Q_EMIT rateChangeRequested(bounded);
}

void MprisService::raise()
{
    Q_EMIT raiseRequested();
}

void MprisService::quit()
{
    Q_EMIT quitRequested();
}

void MprisService::onStarted(const PlaybackRequest &request)
{
    if (m_track.contains(request)) {
        // A seek within the track (ours, or the window's), or the track played again.
        m_track.setEpisode(episodeOf(request));
        const qint64 offsetUs = (request.startMs - m_track.startMs()) * 1000;
        if (m_active || offsetUs != 0)
            Q_EMIT seeked(offsetUs);
    } else {
        m_track = MprisTrack(request, episodeOf(request));
    }
    m_active = true;
    schedulePublish();
}

void MprisService::onStateChanged()
{
    if (m_player.state() == ClipPlayer::State::Stopped)
        m_active = false;
    schedulePublish();
}

// Plays the track from `offsetMs` to its end, keeping it paused when it was.
void MprisService::seekTo(qint64 offsetMs)
{
    offsetMs = qMax<qint64>(offsetMs, 0);
    const qint64 length = m_track.lengthMs();
    if (length >= 0 && offsetMs >= length) { // past the end: as Next, or stop when there is none
        if (m_canGoNext)
            Q_EMIT nextRequested();
        else
            m_player.stop();
        return;
    }
    const bool paused = m_player.state() == ClipPlayer::State::Paused;
    m_player.play(m_track.requestAt(offsetMs));
    if (paused)
        m_player.pause();
}

MprisEpisode MprisService::episodeOf(const PlaybackRequest &request) const
{
    return m_episodes.value(request.episodeId);
}

// Every property that may change and is announced with PropertiesChanged (not Position, which
// clients extrapolate between Seeked signals; not CanControl, which never changes).
QVariantMap MprisService::changeableProperties() const
{
    return {
            {QStringLiteral("PlaybackStatus"), playbackStatus()},
            {QStringLiteral("Metadata"), metadata()},
            {QStringLiteral("Volume"), volume()},
            {QStringLiteral("Rate"), rate()},
            {QStringLiteral("CanGoNext"), canGoNext()},
            {QStringLiteral("CanGoPrevious"), canGoPrevious()},
            {QStringLiteral("CanPlay"), canPlay()},
            {QStringLiteral("CanPause"), canPause()},
            {QStringLiteral("CanSeek"), canSeek()},
    };
}

// Changes are announced on the next event loop turn, together: starting a clip from stopped
// changes the state before the metadata, and a remote should not see the old clip playing.
void MprisService::schedulePublish()
{
    if (isRegistered())
        m_publish.start();
}

void MprisService::publish()
{
    if (!isRegistered())
        return;
    const QVariantMap now = changeableProperties();
    QVariantMap changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_published.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    m_published = now;
    if (changed.isEmpty())
        return;
    QDBusMessage message = QDBusMessage::createSignal(
            objectPath(), QStringLiteral("org.freedesktop.DBus.Properties"),
            QStringLiteral("PropertiesChanged"));
    message << playerInterface() << changed << QStringList();
    m_bus.send(message);
}
