#pragma once

#include "AudioOutput.h"

#include <QAudio>
#include <QAudioDevice>
#include <QHash>

class QAudioSink;

// Plays PCM on the default output through Qt Multimedia's QAudioSink, pulling from a QIODevice.
// It checks for a device before starting, because with no sound server QAudioSink::start() fails
// with OpenError and never emits stateChanged, so code waiting for that would wait forever. Sinks
// are kept and reused (one per channel count): deleting a PulseAudio sink runs the event loop
// inside its destructor, which must not happen in the middle of switching clips.
class QtAudioOutput : public AudioOutput
{
    Q_OBJECT

public:
    // What the device may hold ahead of what is heard: enough that a busy GUI thread does not
    // starve it, small enough that pausing and stopping respond at once.
    static constexpr int DefaultBufferMs = 200;

    explicit QtAudioOutput(QObject *parent = nullptr);
    ~QtAudioOutput() override;

    bool isAvailable(QString *reason = nullptr) const override;
    bool start(QIODevice *source, const QAudioFormat &format) override;
    void suspend() override;
    void resume() override;
    void stop() override;
    void setVolume(float volume) override;
    float volume() const override { return m_volume; }
    qint64 processedUs() const override;
    qint64 queuedUs() const override;
    QString errorString() const override { return m_error; }

    void setBufferMs(int ms) { m_bufferMs = ms; }

private:
    QAudioSink *sinkFor(const QAudioDevice &device, const QAudioFormat &format);
    void onStateChanged(QAudioSink *sink, QAudio::State state);
    static QString describe(QAudio::Error error);

    QHash<int, QAudioSink *> m_sinks; // by channel count, all on m_device
    QAudioDevice m_device;
    QAudioSink *m_active = nullptr;
    QAudioFormat m_format;
    quint64 m_generation
            = 0; // bumped on start/stop: queued notifications of older runs are dropped
    float m_volume = 1.0f;
    int m_bufferMs = DefaultBufferMs;
    QString m_error;
};
