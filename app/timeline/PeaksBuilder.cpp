#include "PeaksBuilder.h"

#include "TimelineLog.h"
#include "playback/FfmpegAudioStream.h"

#include <algorithm>
#include <cmath>
#include <vector>

extern "C" {
#include <libavutil/samplefmt.h>
}

namespace {

// A jump in the frames' timestamps larger than this is followed; smaller ones are jitter.
constexpr qint64 DiscontinuityMs = 50;

// The peak and the sum of squares per bucket, filled as samples arrive in order.
class Accumulator
{
public:
    explicit Accumulator(qint64 bucketMs)
        : m_bucketMs(bucketMs)
    { }

    // Moves to sample `position` at `rate` (a new stream rate, or a jump in the timestamps).
    void moveTo(qint64 position, int rate)
    {
        m_rate = rate;
        m_position = std::max<qint64>(0, position);
        startBucket(m_position * 1000 / (qint64(rate) * m_bucketMs));
    }

    void add(float sample)
    {
        if (m_position >= m_boundary)
            startBucket(m_bucket + 1);
        const float magnitude = std::abs(sample);
        float &peak = m_peaks[size_t(m_bucket)];
        peak = std::max(peak, magnitude);
        m_squares[size_t(m_bucket)] += double(sample) * double(sample);
        ++m_counts[size_t(m_bucket)];
        ++m_position;
    }

    qint64 position() const { return m_position; }
    int rate() const { return m_rate; }
    qint64 endMs() const { return m_rate > 0 ? m_position * 1000 / m_rate : 0; }

    Waveform waveform() const
    {
        // Buckets past the end of the audio (from a last partial bucket) are dropped.
        const qint64 count
                = std::min<qint64>(qint64(m_peaks.size()), (endMs() + m_bucketMs - 1) / m_bucketMs);
        QVector<float> peaks(count);
        QVector<float> rms(count);
        for (qint64 i = 0; i < count; ++i) {
            peaks[i] = m_peaks[size_t(i)];
            const qint64 n = m_counts[size_t(i)];
            rms[i] = n > 0 ? float(std::sqrt(m_squares[size_t(i)] / double(n))) : 0.0f;
        }
        return Waveform::fromAmplitudes(m_bucketMs, endMs(), peaks, rms);
    }

private:
    void startBucket(qint64 bucket)
    {
        m_bucket = bucket;
        if (size_t(bucket) >= m_peaks.size()) {
            m_peaks.resize(size_t(bucket) + 1, 0.0f);
            m_squares.resize(size_t(bucket) + 1, 0.0);
            m_counts.resize(size_t(bucket) + 1, 0);
        }
        // The first sample of the next bucket: ceil((bucket + 1) * bucketMs * rate / 1000).
        m_boundary = ((bucket + 1) * m_bucketMs * m_rate + 999) / 1000;
    }

    qint64 m_bucketMs;
    int m_rate = 0;
    qint64 m_position = 0;
    qint64 m_bucket = 0;
    qint64 m_boundary = 0;
    std::vector<float> m_peaks;
    std::vector<double> m_squares;
    std::vector<qint64> m_counts;
};

float toFloat(uint8_t v)
{
    return (float(v) - 128.0f) / 128.0f;
}
float toFloat(int16_t v)
{
    return float(v) / 32768.0f;
}
float toFloat(int32_t v)
{
    return float(v) / 2147483648.0f;
}
float toFloat(int64_t v)
{
    return float(double(v) / 9223372036854775808.0);
}
float toFloat(float v)
{
    return v;
}
float toFloat(double v)
{
    return float(v);
}

// Adds the frame's samples, mixed to mono, to the accumulator.
template<typename Sample>
void addSamples(const AVFrame *frame, bool planar, Accumulator &accumulator)
{
    const int channels = std::max(1, frame->ch_layout.nb_channels);
    const float scale = 1.0f / float(channels);
    const auto *interleaved = reinterpret_cast<const Sample *>(frame->extended_data[0]);
    for (int i = 0; i < frame->nb_samples; ++i) {
        float sum = 0;
        for (int c = 0; c < channels; ++c) {
            sum += planar ? toFloat(reinterpret_cast<const Sample *>(frame->extended_data[c])[i])
                          : toFloat(interleaved[i * channels + c]);
        }
        accumulator.add(sum * scale);
    }
}

// False for a sample format this does not know (none that FFmpeg 5.1's decoders produce).
bool addFrame(const AVFrame *frame, Accumulator &accumulator)
{
    const auto format = AVSampleFormat(frame->format);
    const bool planar = av_sample_fmt_is_planar(format);
    switch (av_get_packed_sample_fmt(format)) {
    case AV_SAMPLE_FMT_U8:
        addSamples<uint8_t>(frame, planar, accumulator);
        return true;
    case AV_SAMPLE_FMT_S16:
        addSamples<int16_t>(frame, planar, accumulator);
        return true;
    case AV_SAMPLE_FMT_S32:
        addSamples<int32_t>(frame, planar, accumulator);
        return true;
    case AV_SAMPLE_FMT_S64:
        addSamples<int64_t>(frame, planar, accumulator);
        return true;
    case AV_SAMPLE_FMT_FLT:
        addSamples<float>(frame, planar, accumulator);
        return true;
    case AV_SAMPLE_FMT_DBL:
        addSamples<double>(frame, planar, accumulator);
        return true;
    default:
        return false;
    }
}

} // namespace

PeaksBuilder::PeaksBuilder(qint64 bucketMs)
    : m_bucketMs(std::max<qint64>(1, bucketMs))
{ }

Waveform PeaksBuilder::build(const QString &path, const Progress &progress)
{
    m_cancelled = false;
    m_error.clear();
    if (FfmpegAudioStream::isUrl(path)) {
        m_error = tr("No waveform for '%1': only local files are read whole.").arg(path);
        return Waveform();
    }
    FfmpegAudioStream stream;
    if (!stream.open(path)) {
        m_error = stream.errorString();
        return Waveform();
    }
    const qint64 declaredMs = stream.declaredMs();
    Accumulator accumulator(m_bucketMs);
    bool anchored = false;
    for (;;) {
        const FfmpegAudioStream::Result result = stream.next();
        if (result == FfmpegAudioStream::Result::End)
            break;
        if (result == FfmpegAudioStream::Result::Error) {
            m_error = stream.errorString();
            return Waveform();
        }
        const AVFrame *frame = stream.frame();
        if (frame->sample_rate <= 0 || frame->nb_samples <= 0)
            continue;
        qint64 stamped = 0;
        const bool known = stream.framePosition(frame->sample_rate, &stamped);
        if (!anchored || frame->sample_rate != accumulator.rate()) {
            const qint64 at = anchored ? accumulator.endMs() * frame->sample_rate / 1000 : 0;
            accumulator.moveTo(known ? stamped : at, frame->sample_rate);
            anchored = true;
        } else if (known) {
            const qint64 driftMs = (stamped - accumulator.position()) * 1000 / frame->sample_rate;
            if (std::abs(driftMs) > DiscontinuityMs) {
                qCDebug(lcTimeline) << "timestamps of" << path << "jump by" << driftMs << "ms";
                accumulator.moveTo(stamped, frame->sample_rate);
            }
        }
        if (!addFrame(frame, accumulator)) {
            m_error = tr("No waveform for '%1': its samples are in a format this build cannot "
                         "read.")
                              .arg(stream.name());
            return Waveform();
        }
        if (progress) {
            const int percent = declaredMs > 0
                    ? int(std::clamp<qint64>(accumulator.endMs() * 100 / declaredMs, 0, 99))
                    : 0;
            if (!progress(percent)) {
                m_cancelled = true;
                return Waveform();
            }
        }
    }
    if (!anchored) {
        m_error = tr("No waveform for '%1': it holds no audio samples.").arg(stream.name());
        return Waveform();
    }
    if (progress)
        progress(100);
    return accumulator.waveform();
}
