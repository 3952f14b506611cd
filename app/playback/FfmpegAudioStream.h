#pragma once

#include "SeekIndexCache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

#include <atomic>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

// Demuxes and decodes the audio of a file or URL with FFmpeg and stamps every decoded frame with
// its position from the true start of the audio (the codec's delay, Opus pre-skip and the MP3
// encoder delay already removed by libavformat/libavcodec), so callers can cut sample-exact spans.
// Internal to app/playback: it is the only class that touches libavformat and libavcodec.
class FfmpegAudioStream
{
    Q_DECLARE_TR_FUNCTIONS(FfmpegAudioStream)

public:
    enum class Result { Frame, End, Error };
    // How long a server may keep us waiting before its audio is given up on.
    static constexpr qint64 DefaultNetworkTimeoutMs = 15000;

    FfmpegAudioStream() = default;
    ~FfmpegAudioStream();
    FfmpegAudioStream(const FfmpegAudioStream &) = delete;
    FfmpegAudioStream &operator=(const FfmpegAudioStream &) = delete;

    static bool isUrl(const QString &source);

    // For network sources: how long to wait for the server (default DefaultNetworkTimeoutMs),
    // and a flag another thread sets to abandon a blocked open or read at once.
    void setNetworkTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

    // Opens `source` and its best audio stream; false with errorString() naming the source.
    bool open(const QString &source);
    void close();
    // Reads the whole file to learn where its frames lie, so that seeks in it (by any stream of
    // the process, or a later process) jump straight to their frame; for the formats whose exact
    // seek scans (MP3). Returns whether an index was learned. Closes the stream.
    bool learnSeekIndex();
    // Seeks to a point at or before `ms` and flushes the decoder. False when the format cannot
    // seek; the stream is then left where it was.
    bool seekBefore(qint64 ms);

    // Decodes the next frame of audio into frame(). End when the input is exhausted.
    Result next();
    const AVFrame *frame() const { return m_frame; }
    // Where frame() starts, in samples at `rate` from the start of the audio; false when the
    // frame carries no timestamp.
    bool framePosition(int rate, qint64 *position) const;

    int channelCount() const;
    // The length the container declares, -1 when unknown; `trusted` is false for a guess made
    // from the bit rate (an MP3 without a Xing header, a truncated WAV).
    qint64 declaredMs(bool *trusted = nullptr) const;
    // The source as it appears in messages.
    QString name() const;
    QString errorString() const { return m_error; }

private:
    Result fail(const QString &message);
    bool refuse(const QString &message);
    static int interrupted(void *opaque);
    // What an FFmpeg error code means for this source, as the end of a sentence.
    QString describe(int code, qint64 waitedMs) const;
    bool usesSeekIndex() const;
    void applySeekIndex();
    SeekIndexCache::Entries walkFrames();

    QString m_source;
    AVFormatContext *m_input = nullptr;
    AVCodecContext *m_codec = nullptr;
    AVPacket *m_packet = nullptr;
    AVFrame *m_frame = nullptr;
    int m_streamIndex = -1;
    AVRational m_timeBase {1, 1};
    int64_t m_streamStart = 0;
    int m_badPackets = 0;
    bool m_inputEnded = false;
    QString m_error;
    qint64 m_timeoutMs = DefaultNetworkTimeoutMs;
    const std::atomic<bool> *m_cancel = nullptr;
    QElapsedTimer m_opening; // runs while opening a network source: its deadline
    bool m_timedOut = false;
    bool m_learning = false; // reads the file to learn its index: takes none
};
