#pragma once

#include "PcmSource.h"

#include <QAudioFormat>
#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <atomic>
#include <memory>

// Decodes the span [startMs, endMs) of an audio file or URL with FFmpeg into 48 kHz signed 16-bit
// PCM, sample-exact and on demand, so that a citation plays exactly the seconds it cites even from
// the middle of a long episode. Positions come from the decoded frames' own timestamps (after the
// codec's delay, Opus pre-skip and MP3 encoder delay are removed), never from a seek's promise.
class AudioSpanDecoder : public PcmSource
{
    Q_DECLARE_TR_FUNCTIONS(AudioSpanDecoder)

public:
    static constexpr int OutputRate = 48000;
    // Decoding starts at least this long before the span so the codec settles (MP3 bit reservoir,
    // Opus convergence) and the seek's landing point can be checked.
    static constexpr qint64 PreRollMs = 500;

    AudioSpanDecoder();
    ~AudioSpanDecoder() override;
    AudioSpanDecoder(const AudioSpanDecoder &) = delete;
    AudioSpanDecoder &operator=(const AudioSpanDecoder &) = delete;

    // For network sources, set before open(): how long to wait for the server, and a flag that
    // another thread sets to abandon a blocked open or read at once.
    void setNetworkTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Opens `source` (a local path or an http(s) URL), seeks and decodes up to the first sample of
    // the span, so that a missing file, one that is not audio or a span outside the audio is
    // reported here. `endMs` -1 plays to the end. On failure errorString() is one sentence naming
    // the source.
    bool open(const QString &source, qint64 startMs, qint64 endMs);

    // 48 kHz, Int16, one channel for mono sources and two for everything else.
    QAudioFormat format() const;
    int channelCount() const override;
    // The span in output frames (1/48 ms): the first frame read() returns is firstFrame().
    qint64 firstFrame() const;
    // One past the last frame; -1 while playing to an end that has not been reached yet.
    qint64 endFrame() const;
    // The length the source declares, -1 when unknown.
    qint64 sourceDurationMs() const;

    // Decodes up to `maxFrames` interleaved frames of the span into `out`. Returns how many it
    // wrote; 0 once the whole span has been read; -1 on an error (see errorString()).
    qint64 read(qint16 *out, qint64 maxFrames) override;
    // Frames of the span returned by read() so far.
    qint64 framesRead() const;
    bool atEnd() const override;
    bool hasError() const override;
    QString errorString() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_timeoutMs = -1; // -1: FfmpegAudioStream's default
    const std::atomic<bool> *m_cancel = nullptr;
};
