#pragma once

#include <QAudioFormat>
#include <QObject>
#include <QString>

class QIODevice;

// The one audio interface the player talks to, so the playback rules can be tested without a
// sound card: production pulls PCM through QAudioSink (QtAudioOutput); tests use a fake that
// drains the source at once and records what it got.
class AudioOutput : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~AudioOutput() override = default;

    // Whether there is a device to play on now; when not, `reason` says why in one sentence.
    virtual bool isAvailable(QString *reason = nullptr) const = 0;
    // Starts pulling PCM in `format` from `source`, which the caller keeps open until stop().
    // Returns false with errorString() set when output cannot start; never waits for a device.
    virtual bool start(QIODevice *source, const QAudioFormat &format) = 0;
    virtual void suspend() = 0;
    virtual void resume() = 0;
    // Stops pulling and drops what is queued. Safe to call from a slot of this object's signals.
    virtual void stop() = 0;
    // Linear gain, 0 to 1.
    virtual void setVolume(float volume) = 0;
    virtual float volume() const = 0;
    // Audio taken from the source since start(), in microseconds.
    virtual qint64 processedUs() const = 0;
    // Of that, what the device still holds and has not played yet, in microseconds.
    virtual qint64 queuedUs() const = 0;
    virtual QString errorString() const = 0;

Q_SIGNALS:
    // The source gave no more data and the output has taken everything it had.
    void idle();
    // The device failed while playing (unplugged, sound server gone); one sentence.
    void errorOccurred(const QString &message);
};
