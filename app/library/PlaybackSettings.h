#pragma once

#include <QObject>
#include <QSettings>

#include <memory>

// The user's playback preferences (lead-in and lead-out around clips, speed, volume, pre-decoding),
// kept in QSettings and announced when they change, so the player and the dialog stay in step.
class PlaybackSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxLeadMs = 10000;
    static constexpr double MinSpeed = 0.5;
    static constexpr double MaxSpeed = 3.0;
    static constexpr double SpeedStep = 0.25;

    // Reads and writes `settings` (the application's QSettings when null).
    explicit PlaybackSettings(QSettings *settings = nullptr, QObject *parent = nullptr);

    qint64 leadInMs() const;
    qint64 leadOutMs() const;
    double speed() const;
    float volume() const;
    bool muted() const;
    bool preloadClips() const;
    // Whether show artwork may be fetched from the internet (off until the user allows it).
    bool loadRemoteArtwork() const;

    void setLeadInMs(qint64 ms);
    void setLeadOutMs(qint64 ms);
    void setSpeed(double speed); // clamped and rounded to SpeedStep
    void setVolume(float volume);
    void setMuted(bool muted);
    void setPreloadClips(bool on);
    void setLoadRemoteArtwork(bool on);
    // The speed `steps` notches of SpeedStep away from the current one, clamped.
    double steppedSpeed(int steps) const;
    // The QSettings these live in, for the window's other remembered choices (the episode list's
    // sort and filters), so tests that pass their own file keep those away from the user's too.
    QSettings *store() const { return m_settings; }

Q_SIGNALS:
    void leadChanged(qint64 leadInMs, qint64 leadOutMs);
    void speedChanged(double speed);
    void volumeChanged(float volume);
    void mutedChanged(bool muted);
    void preloadClipsChanged(bool on);
    void loadRemoteArtworkChanged(bool on);

private:
    QSettings *m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
};
