#pragma once

#include "AudioOutput.h"
#include "PlaybackRequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class SpanAudioDevice;

// The playback rules, in a plain QObject testable without a sound card: play exactly
// [startMs, endMs) of a source, stop by itself at the end once it has been heard, let a new clip
// replace the playing one, pause and resume, and turn every failure into one readable sentence
// instead of a hang.
class ClipPlayer : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)
    // What went wrong last, so callers such as the command line can pick an exit code.
    enum class Error { NoError, InvalidRequest, SourceError, OutputError };
    Q_ENUM(Error)

    // How often positionChanged is emitted while playing.
    static constexpr int PositionIntervalMs = 100;
    // An output that takes nothing for this long while playing has failed.
    static constexpr int StallTimeoutMs = 4000;

    // Takes ownership of the output. Decoding uses FFmpeg (AudioSpanDecoder).
    explicit ClipPlayer(std::unique_ptr<AudioOutput> output, QObject *parent = nullptr);
    ~ClipPlayer() override;

    // Plays [startMs, endMs) of request.source and stops by itself at endMs. Replaces whatever
    // plays (without emitting finished for it). Errors (missing file, undecodable, no output
    // device) are reported via errorOccurred, queued, never as a hang.
    void play(const PlaybackRequest &request);
    void pause();
    void resume();
    void togglePause();
    // Stops at once; finished is not emitted.
    void stop();
    void setVolume(float linear0to1);
    float volume() const;

    State state() const { return m_state; }
    // The span playing or paused; a null request when stopped.
    PlaybackRequest currentRequest() const;
    // Position within the episode's audio of what is being heard; once stopped, where it stopped.
    qint64 positionMs() const;
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    AudioOutput *output() const { return m_output.get(); }

Q_SIGNALS:
    void stateChanged(ClipPlayer::State state);
    void positionChanged(qint64 positionMs);       // a few times a second while playing
    void started(const PlaybackRequest &request);  // after decoding succeeded and output began
    void finished(const PlaybackRequest &request); // reached endMs (not emitted on stop())
    void errorOccurred(const QString &message);    // one sentence naming the file and the problem

private:
    void fail(Error error, const QString &message);
    void setState(State state);
    void release();
    void onTick();
    void onOutputIdle();
    void onOutputError(const QString &message);
    void onDeviceFailed(SpanAudioDevice *device, const QString &message);
    void beginDrain();
    void onDrainTick();
    void finish();
    qint64 heardMs() const;

    std::unique_ptr<AudioOutput> m_output;
    QPointer<SpanAudioDevice> m_device;
    PlaybackRequest m_request;
    State m_state = State::Stopped;
    Error m_error = Error::NoError;
    QString m_errorString;
    qint64 m_lastPositionMs = 0;
    QTimer m_tick;           // position updates and the stall watchdog
    QTimer m_drain;          // after the last sample was taken: waits until it has been heard
    qint64 m_lastTaken = -1; // frames the output had taken at the last tick
    int m_stalledMs = 0;
    bool m_draining = false;
    int m_drainedMs = 0;
    int m_drainBudgetMs = 0;
};
