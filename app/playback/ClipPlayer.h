#pragma once

#include "AudioOutput.h"
#include "PlaybackRequest.h"
#include "SpanOpener.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class AudioDownloader;
class BufferedSpanSource;
class ClipPreloader;
class PcmSource;
class SpanAudioDevice;

// The playback rules, in a plain QObject testable without a sound card: play exactly
// [startMs, endMs) of a source (widened by the lead-in and lead-out settings), stop by itself at
// the end once it has been heard, let a new clip replace the playing one, pause and resume, change
// speed keeping the pitch, and turn every failure into one readable sentence instead of a hang.
// Local files open at once (from memory when a ClipPreloader has them); http(s) audio is decoded
// on a worker thread while the whole file downloads into the cache for next time.
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
    static constexpr double MinSpeed = 0.5;
    static constexpr double MaxSpeed = 3.0;

    // Takes ownership of the output. Decoding uses FFmpeg (AudioSpanDecoder).
    explicit ClipPlayer(std::unique_ptr<AudioOutput> output, QObject *parent = nullptr);
    ~ClipPlayer() override;

    // Plays [startMs - leadIn, endMs + leadOut) of request.source, clamped to the audio, and
    // stops by itself at its end. Replaces whatever plays (without emitting finished for it).
    // Errors (missing file, undecodable, unreachable server, no output device) are reported via
    // errorOccurred and failed, queued, never as a hang. Remote audio starts once enough has
    // arrived (isBuffering() meanwhile; state() is already Playing).
    void play(const PlaybackRequest &request);
    // Gets `source` ready in the background (for when an episode opens): its first clip then
    // starts fast even an hour into a long MP3 never played before.
    void prepare(const QString &source) { m_opener.prepare(source); }
    void pause();
    void resume();
    void togglePause();
    // Stops at once; finished is not emitted.
    void stop();

    void setVolume(float linear0to1);
    float volume() const { return m_volume; }
    // Silences the output without forgetting the volume.
    void setMuted(bool muted);
    bool isMuted() const { return m_muted; }
    // Playback speed, MinSpeed to MaxSpeed (clamped), pitch kept; 1 plays the samples unchanged.
    // Takes effect at once, going on from what is being heard. Positions stay in source time.
    void setSpeed(double speed);
    double speed() const { return m_speed; }

    // Settings applied to every play(): how much earlier to start and later to stop than the
    // span asks, in milliseconds (default 0), for context around a cited sentence.
    void setLeadInMs(qint64 ms);
    qint64 leadInMs() const { return m_leadInMs; }
    void setLeadOutMs(qint64 ms);
    qint64 leadOutMs() const { return m_leadOutMs; }

    // Spans decoded ahead; play() takes a span from it when it has it (sample-identical).
    // Not owned; may be null. Gets this player's lead-in and lead-out as its padding.
    void setPreloader(ClipPreloader *preloader);
    ClipPreloader *preloader() const { return m_opener.preloader(); }

    // For http(s) sources: how long a silent server is waited for (default 15 s), and whether the
    // whole file is downloaded into the cache (AudioCache) for offline use (default on).
    void setNetworkTimeoutMs(qint64 ms) { m_opener.setNetworkTimeoutMs(ms); }
    qint64 networkTimeoutMs() const { return m_opener.networkTimeoutMs(); }
    void setDownloadsRemoteAudio(bool on) { m_opener.setDownloadsRemoteAudio(on); }
    AudioDownloader *downloader() const { return m_opener.downloader(); }
    // Waiting for sound from the network.
    bool isBuffering() const { return m_buffering; }

    State state() const { return m_state; }
    // The request playing or paused; a null request when stopped.
    PlaybackRequest currentRequest() const;
    // The span being played in source time: the request's widened by lead-in and lead-out.
    qint64 spanStartMs() const { return m_spanStartMs; }
    qint64 spanEndMs() const { return m_spanEndMs; }
    // Position within the episode's audio of what is being heard; once stopped, where it stopped.
    qint64 positionMs() const;
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    AudioOutput *output() const { return m_output.get(); }

Q_SIGNALS:
    void stateChanged(ClipPlayer::State state);
    void positionChanged(qint64 positionMs);       // a few times a second while playing
    void started(const PlaybackRequest &request);  // after decoding succeeded and output began
    void finished(const PlaybackRequest &request); // reached its end (not emitted on stop())
    void stopped(const PlaybackRequest &request);  // stop() ended it before its end
    void errorOccurred(const QString &message);    // one sentence naming the file and the problem
    void failed(const PlaybackRequest &request, const QString &message); // the same, with what
    void speedChanged(double speed);
    void mutedChanged(bool muted);
    void volumeChanged(float volume);
    void bufferingChanged(bool buffering);
    // The whole remote file being cached (see AudioDownloader): bytes so far, total (-1: unknown).
    void downloadProgress(qint64 received, qint64 total);
    void downloadFinished(const QString &url);
    void downloadFailed(const QString &url, const QString &message);

private:
    void fail(Error error, const QString &message);
    void setState(State state);
    void setBuffering(bool buffering);
    void release();
    void startDevice(std::unique_ptr<PcmSource> source);
    void onOpenPoll();
    void onTick();
    void onOutputIdle();
    void onOutputError(const QString &message);
    void onDeviceFailed(SpanAudioDevice *device, const QString &message);
    void applySpeed();
    void applyVolume();
    void beginDrain();
    void onDrainTick();
    void finish();
    qint64 heardFrames() const;

    std::unique_ptr<AudioOutput> m_output;
    SpanOpener m_opener; // destroyed after what it opened
    QPointer<SpanAudioDevice> m_device;
    std::unique_ptr<BufferedSpanSource> m_opening; // network audio until it has opened
    PlaybackRequest m_request;
    qint64 m_spanStartMs = 0;
    qint64 m_spanEndMs = -1;
    State m_state = State::Stopped;
    Error m_error = Error::NoError;
    QString m_errorString;
    float m_volume = 1.0f;
    bool m_muted = false;
    double m_speed = 1.0;
    qint64 m_leadInMs = 0;
    qint64 m_leadOutMs = 0;
    bool m_buffering = false;
    qint64 m_lastPositionMs = 0;
    QTimer m_tick;           // position updates and the stall watchdog
    QTimer m_drain;          // after the last sample was taken: waits until it has been heard
    QTimer m_openPoll;       // while network audio opens
    qint64 m_lastTaken = -1; // frames the output had taken at the last tick
    int m_stalledMs = 0;
    bool m_draining = false;
    int m_drainedMs = 0;
    int m_drainBudgetMs = 0;
};
