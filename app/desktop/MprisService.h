#pragma once

#include "MprisEpisode.h"
#include "MprisTrack.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

class ClipPlayer;
struct PlaybackRequest;

// Lets the desktop's media keys, panel applets and lock screen see and steer what Citecast plays,
// over MPRIS2 on the session bus: it watches a ClipPlayer, publishes its state, metadata and
// volume, and turns remote commands into player calls or, for what the window decides (next,
// previous, speed, raise, quit), into intent signals. Without a session bus it does nothing.
//
// Tracks: the span playing is the track (see MprisTrack); positions count from its start. When a
// clip ends, it stays the track, stopped, so Play hears it again.
// Seeking: Seek and SetPosition replay the playing span from the target to its same end through
// ClipPlayer::play() (keeping title, clip and episode; paused stays paused), the way the window's
// own seekBy does, so a remote seek works with no wiring. Past the end it acts like Next.
class MprisService : public QObject
{
    Q_OBJECT

public:
    static constexpr double MinimumRate = 0.5;
    static constexpr double MaximumRate = 3.0;
    static QString objectPath();      // /org/mpris/MediaPlayer2
    static QString baseName();        // org.mpris.MediaPlayer2.citecast
    static QString playerInterface(); // org.mpris.MediaPlayer2.Player

    // Registers on the session bus, as baseName() or, when another Citecast holds that,
    // baseName() + ".instance<pid>".
    explicit MprisService(ClipPlayer &player, QObject *parent = nullptr);
    // The same on `bus`; a bus that is not connected leaves the service unregistered.
    MprisService(ClipPlayer &player, const QDBusConnection &bus, QObject *parent = nullptr);
    ~MprisService() override;

    bool isRegistered() const { return !m_serviceName.isEmpty(); }
    // The bus name owned, empty when not registered.
    QString serviceName() const { return m_serviceName; }

    // What the window knows and the player does not. Episode details are looked up by the
    // playing request's episodeId.
    void setEpisode(qint64 episodeId, const MprisEpisode &episode);
    void setCanGoNext(bool can);
    void setCanGoPrevious(bool can);
    // The speed the player plays at now (1.0 until it can change speed).
    void setRate(double rate);
    // Re-reads what ClipPlayer does not signal (its volume) and announces what changed.
    void refresh();

    // What the bus sees.
    QString playbackStatus() const; // Playing, Paused or Stopped
    QVariantMap metadata() const;   // empty when nothing was played yet
    qint64 positionUs() const;      // from the track's start
    double volume() const;
    double rate() const { return m_rate; }
    bool canGoNext() const { return m_canGoNext; }
    bool canGoPrevious() const { return m_canGoPrevious; }
    bool canPlay() const { return !m_track.isNull(); }
    bool canPause() const { return !m_track.isNull(); }
    bool canSeek() const;
    const MprisTrack &track() const { return m_track; }

    // What remote controls ask (the adaptors call these; MPRIS semantics).
    void play();
    void pause();
    void playPause();
    void stop();
    void next();
    void previous();
    void seek(qint64 offsetUs);
    void setPosition(const QDBusObjectPath &trackId, qint64 positionUs);
    void setVolume(double volume);
    void requestRate(double rate);
    void raise();
    void quit();

Q_SIGNALS:
    // Intents for the window, which owns the queue, the speed and itself.
    void nextRequested();
    void previousRequested();
    void rateChangeRequested(double rate);
    void raiseRequested();
    void quitRequested();
    // The position jumped within the track (MPRIS Seeked), in microseconds.
    void seeked(qint64 positionUs);

private:
    void registerOnBus();
    void onStarted(const PlaybackRequest &request);
    void onStateChanged();
    void seekTo(qint64 offsetMs);
    MprisEpisode episodeOf(const PlaybackRequest &request) const;
    QVariantMap changeableProperties() const;
    void schedulePublish();
    void publish();

    ClipPlayer &m_player;
    QDBusConnection m_bus;
    QString m_serviceName;
    MprisTrack m_track;
    bool m_active = false; // the track is playing or paused
    QHash<qint64, MprisEpisode> m_episodes;
    double m_rate = 1.0;
    bool m_canGoNext = false;
    bool m_canGoPrevious = false;
    QVariantMap m_published; // the properties as last announced
    QTimer m_publish;        // gathers the changes of one event loop turn into one signal
};
