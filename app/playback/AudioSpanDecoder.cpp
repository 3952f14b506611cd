#include "AudioSpanDecoder.h"

#include "FfmpegAudioStream.h"
#include "PlaybackLog.h"
#include "domain/TimeFormat.h"

#include <algorithm>
#include <limits>
#include <vector>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

namespace {

constexpr qint64 FramesPerMs = AudioSpanDecoder::OutputRate / 1000;
constexpr qint64 NoEnd = std::numeric_limits<qint64>::max();
// A frame stamped further than this from where the previous one ended is a discontinuity.
constexpr qint64 DiscontinuityFrames = 2 * FramesPerMs;
// Seeks that land after the span are retried this often, further back each time, then the
// audio is decoded from its start.
constexpr int MaxSeekAttempts = 3;
// Opus needs 80 ms to converge after a seek; MP3 a frame or two for its bit reservoir.
constexpr qint64 MinPreRollFrames = 100 * FramesPerMs;
// A source that ends this much before the length it declares is truncated.
constexpr qint64 TruncationToleranceMs = 1000;

QString clock(qint64 ms)
{
    return TimeFormat::clock(ms, true);
}

} // namespace

struct AudioSpanDecoder::Private
{
    ~Private() { swr_free(&swr); }

    bool fail(const QString &message);
    bool prime();
    void resetTimeline();
    bool decodeStep();
    bool takeFrame();
    bool configureResampler(const AVFrame *decoded);
    void append(const qint16 *samples, qint64 frames);
    void endOfInput();
    qint64 pendingFrames() const { return qint64(pending.size() - pendingStart) / channels; }

    FfmpegAudioStream stream;
    QString source;
    qint64 startMs = 0;
    qint64 endMs = -1;
    int channels = 1;
    SwrContext *swr = nullptr;
    int swrRate = 0;
    int swrFormat = -1;
    int swrChannels = 0;

    qint64 firstFrame = 0;
    qint64 endFrame = NoEnd;
    qint64 position = 0;   // output frame of the next sample the resampler produces
    bool anchored = false; // position has been taken from a frame's timestamp
    bool seeked = false;
    bool landedLate = false;

    std::vector<qint16> pending; // samples of the span decoded but not read yet
    size_t pendingStart = 0;
    std::vector<qint16> scratch;
    qint64 framesRead = 0;
    bool finished = false;
    bool failed = false;
    QString error;
};

bool AudioSpanDecoder::Private::fail(const QString &message)
{
    if (!failed) {
        failed = true;
        error = message;
        qCDebug(lcPlayback).noquote() << message;
    }
    return false;
}

void AudioSpanDecoder::Private::resetTimeline()
{
    swr_free(&swr);
    swrFormat = -1;
    anchored = landedLate = finished = false;
    position = 0;
}

// Decodes until the span's first sample is ready, so problems show before anything plays.
bool AudioSpanDecoder::Private::prime()
{
    qint64 preRoll = PreRollMs;
    for (int attempt = 0;; ++attempt) {
        const qint64 target = startMs - preRoll;
        if (attempt > 0 && !stream.open(source))
            return fail(stream.errorString());
        resetTimeline();
        // Near the start (or after failed attempts) decode from the beginning: no seek is exact
        // about the first samples' encoder delay like a fresh open is.
        seeked = target > 0 && attempt < MaxSeekAttempts && stream.seekBefore(target);
        while (pendingFrames() == 0 && !finished && !failed && !landedLate)
            decodeStep();
        if (!landedLate)
            break;
        qCDebug(lcPlayback) << "a seek to" << target << "ms landed after the span; retrying";
        preRoll *= 8;
    }
    if (pendingFrames() > 0)
        return true;
    if (!failed) {
        fail(anchored ? tr("Cannot play %1 of '%2': the audio is only %3 long.")
                                .arg(clock(startMs), stream.name(), clock(position / FramesPerMs))
                      : tr("Cannot play %1 of '%2': the audio ends before it.")
                                .arg(clock(startMs), stream.name()));
    }
    return false;
}

bool AudioSpanDecoder::Private::decodeStep()
{
    switch (stream.next()) {
    case FfmpegAudioStream::Result::Frame:
        return takeFrame();
    case FfmpegAudioStream::Result::End:
        endOfInput();
        return true;
    case FfmpegAudioStream::Result::Error:
        break;
    }
    return fail(stream.errorString());
}

bool AudioSpanDecoder::Private::configureResampler(const AVFrame *decoded)
{
    if (swr && decoded->sample_rate == swrRate && decoded->format == swrFormat
        && decoded->ch_layout.nb_channels == swrChannels)
        return true;
    swr_free(&swr);
    AVChannelLayout in {};
    if (decoded->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&in, decoded->ch_layout.nb_channels);
    else
        av_channel_layout_copy(&in, &decoded->ch_layout);
    AVChannelLayout out {};
    av_channel_layout_default(&out, channels);
    int result = swr_alloc_set_opts2(&swr, &out, AV_SAMPLE_FMT_S16, OutputRate, &in,
                                     AVSampleFormat(decoded->format), decoded->sample_rate, 0,
                                     nullptr);
    av_channel_layout_uninit(&in);
    av_channel_layout_uninit(&out);
    if (result >= 0)
        result = swr_init(swr);
    if (result < 0) {
        return fail(tr("Cannot play '%1': its audio cannot be converted for output.")
                            .arg(stream.name()));
    }
    swrRate = decoded->sample_rate;
    swrFormat = decoded->format;
    swrChannels = decoded->ch_layout.nb_channels;
    return true;
}

bool AudioSpanDecoder::Private::takeFrame()
{
    const AVFrame *decoded = stream.frame();
    qint64 stamped = 0;
    const bool known = stream.framePosition(OutputRate, &stamped);
    if (!anchored) {
        // A seek must land on a frame that says where it is, early enough before the span for
        // the codec to settle (the first frames after a seek can be garbage).
        if (seeked && (!known || stamped > firstFrame - MinPreRollFrames)) {
            landedLate = true;
            return true;
        }
        position = known ? stamped : 0;
        anchored = true;
    } else if (known && swr) {
        const qint64 expected = position + swr_get_delay(swr, OutputRate);
        if (qAbs(stamped - expected) > DiscontinuityFrames) {
            qCDebug(lcPlayback) << "timestamps of" << stream.name() << "jump by"
                                << (stamped - expected) / FramesPerMs << "ms at"
                                << stamped / FramesPerMs << "ms";
            if (position < firstFrame) { // still before the span: follow the timestamps
                swr_free(&swr);
                swrFormat = -1;
                position = stamped;
            }
        }
    }
    if (!configureResampler(decoded))
        return false;
    const int capacity = std::max(swr_get_out_samples(swr, decoded->nb_samples), 0);
    scratch.resize(size_t(capacity) * size_t(channels));
    auto *out = reinterpret_cast<uint8_t *>(scratch.data());
    const int produced
            = swr_convert(swr, &out, capacity, const_cast<const uint8_t **>(decoded->extended_data),
                          decoded->nb_samples);
    if (produced < 0) {
        return fail(tr("Cannot play '%1': its audio cannot be converted for output.")
                            .arg(stream.name()));
    }
    append(scratch.data(), produced);
    return true;
}

void AudioSpanDecoder::Private::append(const qint16 *samples, qint64 frames)
{
    const qint64 from = std::max(position, firstFrame);
    const qint64 to = std::min(position + frames, endFrame);
    if (to > from) {
        pending.insert(pending.end(), samples + (from - position) * channels,
                       samples + (to - position) * channels);
    }
    position += frames;
    if (position >= endFrame)
        finished = true;
}

void AudioSpanDecoder::Private::endOfInput()
{
    if (swr && !finished) { // what the resampler still holds
        const int capacity = std::max(swr_get_out_samples(swr, 0), 0);
        scratch.resize(size_t(capacity) * size_t(channels));
        auto *out = reinterpret_cast<uint8_t *>(scratch.data());
        const int produced = swr_convert(swr, &out, capacity, nullptr, 0);
        if (produced > 0)
            append(scratch.data(), produced);
    }
    if (finished)
        return;
    finished = true;
    bool trusted = false;
    const qint64 declared = stream.declaredMs(&trusted);
    const qint64 endedMs = position / FramesPerMs;
    if (endMs >= 0 && anchored && trusted && declared - endedMs > TruncationToleranceMs) {
        fail(tr("Cannot play '%1' to %2: its audio stops at %3 although the file declares %4, "
                "so it is probably truncated or damaged.")
                     .arg(stream.name(), clock(endMs), clock(endedMs), clock(declared)));
    }
    endFrame = std::min(endFrame, std::max(position, firstFrame));
}

AudioSpanDecoder::AudioSpanDecoder()
    : d(std::make_unique<Private>())
{ }

AudioSpanDecoder::~AudioSpanDecoder() = default;

bool AudioSpanDecoder::open(const QString &source, qint64 startMs, qint64 endMs)
{
    d = std::make_unique<Private>();
    d->source = source;
    d->startMs = startMs;
    d->endMs = endMs;
    if (m_timeoutMs >= 0)
        d->stream.setNetworkTimeoutMs(m_timeoutMs);
    d->stream.setCancelFlag(m_cancel);
    d->firstFrame = startMs * FramesPerMs;
    d->endFrame = endMs < 0 ? NoEnd : endMs * FramesPerMs;
    if (source.isEmpty())
        return d->fail(tr("Cannot play: no audio file or URL was given."));
    if (startMs < 0 || (endMs >= 0 && endMs <= startMs)) {
        return d->fail(tr("Cannot play '%1': the span %2 to %3 is empty or reversed.")
                               .arg(source, clock(startMs), clock(endMs)));
    }
    if (!d->stream.open(source))
        return d->fail(d->stream.errorString());
    d->channels = d->stream.channelCount() == 1 ? 1 : 2;
    bool trusted = false;
    const qint64 declared = d->stream.declaredMs(&trusted);
    if (trusted && startMs >= declared) {
        return d->fail(tr("Cannot play %1 of '%2': the audio is only %3 long.")
                               .arg(clock(startMs), d->stream.name(), clock(declared)));
    }
    return d->prime();
}

QAudioFormat AudioSpanDecoder::format() const
{
    QAudioFormat format;
    format.setSampleRate(OutputRate);
    format.setChannelCount(d->channels);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

int AudioSpanDecoder::channelCount() const
{
    return d->channels;
}

qint64 AudioSpanDecoder::firstFrame() const
{
    return d->firstFrame;
}

qint64 AudioSpanDecoder::endFrame() const
{
    return d->endFrame == NoEnd ? -1 : d->endFrame;
}

qint64 AudioSpanDecoder::sourceDurationMs() const
{
    return d->stream.declaredMs();
}

qint64 AudioSpanDecoder::read(qint16 *out, qint64 maxFrames)
{
    while (d->pendingFrames() < maxFrames && !d->finished && !d->failed)
        d->decodeStep();
    const qint64 frames = std::min(d->pendingFrames(), maxFrames);
    if (frames <= 0)
        return d->failed ? -1 : 0;
    const auto begin = d->pending.cbegin() + qsizetype(d->pendingStart);
    std::copy(begin, begin + frames * d->channels, out);
    d->pendingStart += size_t(frames * d->channels);
    if (d->pendingStart == d->pending.size()) {
        d->pending.clear();
        d->pendingStart = 0;
    }
    d->framesRead += frames;
    return frames;
}

qint64 AudioSpanDecoder::framesRead() const
{
    return d->framesRead;
}

bool AudioSpanDecoder::atEnd() const
{
    return d->finished && d->pendingFrames() == 0;
}

bool AudioSpanDecoder::hasError() const
{
    return d->failed;
}

QString AudioSpanDecoder::errorString() const
{
    return d->error;
}
