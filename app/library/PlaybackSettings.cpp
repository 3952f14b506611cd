#include "PlaybackSettings.h"

#include <cmath>

namespace {

const QString leadInKey = QStringLiteral("playback/leadInMs");
const QString leadOutKey = QStringLiteral("playback/leadOutMs");
const QString speedKey = QStringLiteral("playback/speed");
const QString volumeKey = QStringLiteral("playback/volume");
const QString mutedKey = QStringLiteral("playback/muted");
const QString preloadKey = QStringLiteral("playback/preloadClips");
const QString remoteArtworkKey = QStringLiteral("privacy/loadRemoteArtwork");

qint64 clampLead(qint64 ms)
{
    return std::clamp<qint64>(ms, 0, PlaybackSettings::MaxLeadMs);
}

double clampSpeed(double speed)
{
    const double rounded
            = std::round(speed / PlaybackSettings::SpeedStep) * PlaybackSettings::SpeedStep;
    return std::clamp(rounded, PlaybackSettings::MinSpeed, PlaybackSettings::MaxSpeed);
}

} // namespace

PlaybackSettings::PlaybackSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
}

qint64 PlaybackSettings::leadInMs() const
{
    return clampLead(m_settings->value(leadInKey, 0).toLongLong());
}

qint64 PlaybackSettings::leadOutMs() const
{
    return clampLead(m_settings->value(leadOutKey, 0).toLongLong());
}

double PlaybackSettings::speed() const
{
    return clampSpeed(m_settings->value(speedKey, 1.0).toDouble());
}

float PlaybackSettings::volume() const
{
    return std::clamp(m_settings->value(volumeKey, 1.0).toFloat(), 0.0f, 1.0f);
}

bool PlaybackSettings::muted() const
{
    return m_settings->value(mutedKey, false).toBool();
}

bool PlaybackSettings::preloadClips() const
{
    return m_settings->value(preloadKey, true).toBool();
}

void PlaybackSettings::setLeadInMs(qint64 ms)
{
    if (clampLead(ms) == leadInMs())
        return;
    m_settings->setValue(leadInKey, clampLead(ms));
    Q_EMIT leadChanged(leadInMs(), leadOutMs());
}

void PlaybackSettings::setLeadOutMs(qint64 ms)
{
    if (clampLead(ms) == leadOutMs())
        return;
    m_settings->setValue(leadOutKey, clampLead(ms));
    Q_EMIT leadChanged(leadInMs(), leadOutMs());
}

void PlaybackSettings::setSpeed(double speed)
{
    if (qFuzzyCompare(clampSpeed(speed), this->speed()))
        return;
    m_settings->setValue(speedKey, clampSpeed(speed));
    Q_EMIT speedChanged(this->speed());
}

void PlaybackSettings::setVolume(float volume)
{
    const float clamped = std::clamp(volume, 0.0f, 1.0f);
    if (qFuzzyCompare(clamped + 1.0f, this->volume() + 1.0f))
        return;
    m_settings->setValue(volumeKey, clamped);
    Q_EMIT volumeChanged(clamped);
}

void PlaybackSettings::setMuted(bool muted)
{
    if (muted == this->muted())
        return;
    m_settings->setValue(mutedKey, muted);
    Q_EMIT mutedChanged(muted);
}

void PlaybackSettings::setPreloadClips(bool on)
{
    if (on == preloadClips())
        return;
    m_settings->setValue(preloadKey, on);
    Q_EMIT preloadClipsChanged(on);
}

bool PlaybackSettings::loadRemoteArtwork() const
{
    return m_settings->value(remoteArtworkKey, false).toBool();
}

void PlaybackSettings::setLoadRemoteArtwork(bool on)
{
    if (on == loadRemoteArtwork())
        return;
    m_settings->setValue(remoteArtworkKey, on);
    Q_EMIT loadRemoteArtworkChanged(on);
}

double PlaybackSettings::steppedSpeed(int steps) const
{
    return clampSpeed(speed() + steps * SpeedStep);
}
