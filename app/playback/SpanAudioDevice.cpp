#include "SpanAudioDevice.h"

#include "AudioSpanDecoder.h"
#include "PcmSource.h"
#include "PlaybackLog.h"
#include "TempoFilter.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace {
constexpr qint64 FramesPerMs = AudioSpanDecoder::OutputRate / 1000;
constexpr qint64 ChunkFrames = 20 * FramesPerMs;
constexpr int StarvedPollMs = 20;
constexpr double Pi = 3.14159265358979323846;
} // namespace

SpanAudioDevice::SpanAudioDevice(std::unique_ptr<PcmSource> source, double speed, QObject *parent)
    : QIODevice(parent)
    , m_source(std::move(source))
    , m_channels(m_source->channelCount())
    , m_fadeFrames(FadeMs * FramesPerMs)
    , m_tailFrames(TailMs * FramesPerMs)
{
    m_starvedPoll.setInterval(StarvedPollMs);
    connect(&m_starvedPoll, &QTimer::timeout, this, &SpanAudioDevice::checkStarved);
    restart(0, speed);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

SpanAudioDevice::~SpanAudioDevice() = default;

QAudioFormat SpanAudioDevice::format() const
{
    QAudioFormat format;
    format.setSampleRate(AudioSpanDecoder::OutputRate);
    format.setChannelCount(m_channels);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

void SpanAudioDevice::restart(qint64 spanFrame, double speed)
{
    m_speed = qFuzzyCompare(speed, 1.0)
            ? 1.0
            : qBound(TempoFilter::MinSpeed, speed, TempoFilter::MaxSpeed);
    m_next = std::clamp(spanFrame, m_keptFrom, m_received);
    m_segmentFrom = m_next;
    m_spanOut = 0;
    m_tailOut = 0;
    m_stretched.clear();
    m_filterDone = false;
    m_filter.reset();
    if (m_speed != 1.0) {
        m_filter = std::make_unique<TempoFilter>(m_channels, m_speed);
        if (!m_filter->isValid()) { // cannot happen with FFmpeg's own filters: play unchanged
            qCWarning(lcPlayback) << "no tempo change:" << m_filter->errorString();
            m_filter.reset();
            m_speed = 1.0;
        }
    }
    m_fadeInRestart = m_next > 0;
}

bool SpanAudioDevice::spanEnded() const
{
    if (!m_sourceDone)
        return false;
    return m_filter ? m_filterDone && m_stretched.empty() : m_next >= m_received;
}

qint64 SpanAudioDevice::bytesAvailable() const
{
    const qint64 frames = spanEnded() ? m_tailFrames - m_tailOut : readyFrames() + ChunkFrames;
    return frames * m_channels * qint64(sizeof(qint16)) + QIODevice::bytesAvailable();
}

bool SpanAudioDevice::atEnd() const
{
    return spanEnded() && m_tailOut >= m_tailFrames;
}

qint64 SpanAudioDevice::spanFrameAt(qint64 outputFrames) const
{
    const qint64 heard = std::clamp<qint64>(outputFrames, 0, m_spanOut);
    if (spanEnded() && heard == m_spanOut)
        return m_received;
    const qint64 frame = m_filter ? m_segmentFrom + std::llround(double(heard) * m_speed)
                                  : m_segmentFrom + heard;
    return std::min(frame, m_next);
}

// Takes sound from the source until `frames` frames past the next one, plus a fade's worth, are
// kept: the last frames of the span are faded out before anyone reads them.
void SpanAudioDevice::pull(qint64 frames)
{
    const qint64 wanted = m_next + frames + m_fadeFrames;
    while (!m_sourceDone && m_received < wanted) {
        const size_t before = m_kept.size();
        m_kept.resize(before + size_t(ChunkFrames * m_channels));
        const qint64 got = m_source->read(m_kept.data() + before, ChunkFrames);
        m_kept.resize(before + size_t(std::max<qint64>(got, 0) * m_channels));
        if (got > 0) {
            if (m_received < m_fadeFrames) { // the span's first frames fade in
                const qint64 count = std::min(got, m_fadeFrames - m_received);
                fade(m_kept.data() + before, count, m_received, true);
            }
            m_received += got;
            m_starved = false;
            continue;
        }
        if (got == 0 && !m_source->atEnd() && !m_source->hasError()) {
            if (!m_starved)
                qCDebug(lcPlayback) << "waiting for sound at" << m_received / FramesPerMs << "ms";
            m_starved = true;
            m_starvedPoll.start();
            return;
        }
        sourceEnded(got < 0 || m_source->hasError());
    }
}

void SpanAudioDevice::sourceEnded(bool withError)
{
    m_sourceDone = true;
    m_starved = false;
    m_starvedPoll.stop();
    if (withError) {
        m_failed = true;
        m_tailFrames = 0;
        const QString message = m_source->errorString();
        setErrorString(message);
        QMetaObject::invokeMethod(
                this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
    }
    // The span's last frames fade out (all of them are still kept: see readyFrames()).
    const qint64 count = std::min(m_received - m_keptFrom, m_fadeFrames);
    const qint64 first = m_received - count;
    fade(m_kept.data() + (first - m_keptFrom) * m_channels, count, count - 1, false);
}

// While starved, the output stopped asking; it asks again on readyRead once sound arrived.
void SpanAudioDevice::checkStarved()
{
    if (!m_starved) {
        m_starvedPoll.stop();
        return;
    }
    pull(ChunkFrames);
    if (!m_starved) {
        m_starvedPoll.stop();
        Q_EMIT readyRead();
    }
}

// Frames that may go out now: never the last fade's worth before the span's end is known.
qint64 SpanAudioDevice::readyFrames() const
{
    const qint64 limit = m_sourceDone ? m_received : m_received - m_fadeFrames;
    return std::max<qint64>(limit - m_next, 0);
}

// Multiplies by a raised-cosine ramp. `firstIndex` counts from the first faded frame when fading
// in, and down to the last one (0) when fading out.
void SpanAudioDevice::fade(qint16 *samples, qint64 frames, qint64 firstIndex, bool in) const
{
    for (qint64 frame = 0; frame < frames; ++frame) {
        const qint64 index = in ? firstIndex + frame : firstIndex - frame;
        if (index >= m_fadeFrames || index < 0)
            continue;
        const double gain = 0.5 - 0.5 * std::cos(Pi * (double(index) + 0.5) / m_fadeFrames);
        for (int channel = 0; channel < m_channels; ++channel) {
            qint16 &sample = samples[frame * m_channels + channel];
            sample = qint16(std::lround(sample * gain));
        }
    }
}

qint64 SpanAudioDevice::readSpan(qint16 *out, qint64 frames)
{
    pull(frames);
    const qint64 count = std::min(frames, readyFrames());
    if (count > 0) {
        const qint16 *from = m_kept.data() + (m_next - m_keptFrom) * m_channels;
        std::copy(from, from + count * m_channels, out);
        m_next += count;
    }
    return count;
}

qint64 SpanAudioDevice::readStretched(qint16 *out, qint64 frames)
{
    while (qint64(m_stretched.size()) < frames * m_channels && !m_filterDone) {
        pull(ChunkFrames);
        const qint64 ready = std::min(readyFrames(), ChunkFrames);
        if (ready > 0) {
            m_filter->push(m_kept.data() + (m_next - m_keptFrom) * m_channels, ready, m_stretched);
            m_next += ready;
        } else if (m_sourceDone) {
            m_filter->finish(m_stretched);
            m_filterDone = true;
            // The filter blends across the span's end: fade its own last frames out too.
            const qint64 count = std::min(qint64(m_stretched.size()) / m_channels, m_fadeFrames);
            fade(m_stretched.data() + m_stretched.size() - count * m_channels, count, count - 1,
                 false);
        } else {
            break; // starved
        }
    }
    const qint64 count = std::min(frames, qint64(m_stretched.size()) / m_channels);
    std::copy(m_stretched.begin(), m_stretched.begin() + count * m_channels, out);
    m_stretched.erase(m_stretched.begin(), m_stretched.begin() + count * m_channels);
    return count;
}

// Lets go of frames heard long ago, keeping HistoryMs for a change of speed.
void SpanAudioDevice::dropOldFrames()
{
    const qint64 keep = HistoryMs * FramesPerMs;
    if (m_next - m_keptFrom < 2 * keep)
        return;
    const qint64 drop = m_next - keep - m_keptFrom;
    m_kept.erase(m_kept.begin(), m_kept.begin() + drop * m_channels);
    m_keptFrom += drop;
}

qint64 SpanAudioDevice::readData(char *data, qint64 maxSize)
{
    const qint64 bytesPerFrame = m_channels * qint64(sizeof(qint16));
    const qint64 frames = maxSize / bytesPerFrame;
    if (frames <= 0)
        return 0;
    auto *out = reinterpret_cast<qint16 *>(data);
    const qint64 fromSpan = m_filter ? readStretched(out, frames) : readSpan(out, frames);
    if (m_fadeInRestart) // going on mid-span after a restart: fade in, without a click
        fade(out, std::min(fromSpan, m_fadeFrames), m_spanOut, true);
    m_spanOut += fromSpan;
    m_fadeInRestart = m_fadeInRestart && m_spanOut < m_fadeFrames;
    dropOldFrames();
    qint64 fromTail = 0;
    if (spanEnded()) {
        fromTail = std::min(frames - fromSpan, m_tailFrames - m_tailOut);
        std::memset(data + fromSpan * bytesPerFrame, 0, size_t(fromTail * bytesPerFrame));
        m_tailOut += fromTail;
    }
    return (fromSpan + fromTail) * bytesPerFrame;
}

qint64 SpanAudioDevice::writeData(const char *data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}
