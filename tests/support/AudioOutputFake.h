#pragma once

#include "playback/AudioOutput.h"

#include <QByteArray>
#include <QTimer>

// An AudioOutput without a sound card, for testing the playback rules: it pulls the source in
// 20 ms chunks whenever the event loop turns (or only when told to), keeps every byte it got, and
// can pretend that there is no device, that the device refuses to start or that it fails.
class AudioOutputFake : public AudioOutput
{
    Q_OBJECT

public:
    explicit AudioOutputFake(QObject *parent = nullptr);

    // Pull by itself (the default), or only on pull().
    void setAutoPull(bool on);
    // Pulls up to `frames` frames now, as a sink would; returns how many it got. When the source
    // has ended, emits idle() like a sink that ran dry.
    qint64 pull(qint64 frames);
    void setAvailable(bool available, const QString &reason = QString());
    void setStartError(const QString &reason);
    // Reports a device failure now.
    void fail(const QString &reason);

    // What was pulled since the last start().
    const QByteArray &received() const { return m_received; }
    qint64 framesReceived() const;
    // The received samples (interleaved).
    QVector<qint16> samples() const;
    QAudioFormat format() const { return m_format; }
    bool isStarted() const { return m_source != nullptr; }
    bool isSuspended() const { return m_suspended; }
    int startCount() const { return m_starts; }
    int idleCount() const { return m_idles; }

    bool isAvailable(QString *reason = nullptr) const override;
    bool start(QIODevice *source, const QAudioFormat &format) override;
    void suspend() override;
    void resume() override;
    void stop() override;
    void setVolume(float volume) override { m_volume = volume; }
    float volume() const override { return m_volume; }
    qint64 processedUs() const override;
    qint64 queuedUs() const override { return 0; }
    QString errorString() const override { return m_error; }

private:
    void schedule();

    QIODevice *m_source = nullptr;
    QAudioFormat m_format;
    QByteArray m_received;
    QTimer m_timer;
    bool m_autoPull = true;
    bool m_suspended = false;
    bool m_available = true;
    QString m_unavailableReason;
    QString m_startError;
    QString m_error;
    float m_volume = 1.0f;
    int m_starts = 0;
    int m_idles = 0;
};
