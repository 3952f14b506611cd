#include "SpanAudioDevice.h"

#include "AudioSpanDecoder.h"
#include "PlaybackLog.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace {
constexpr qint64 FramesPerMs = AudioSpanDecoder::OutputRate / 1000;
constexpr qint64 ChunkFrames = 20 * FramesPerMs;
constexpr double Pi = 3.14159265358979323846;
} // namespace

SpanAudioDevice::SpanAudioDevice(std::unique_ptr<AudioSpanDecoder> decoder, QObject *parent)
    : QIODevice(parent)
    , m_decoder(std::move(decoder))
    , m_channels(m_decoder->channelCount())
    , m_fadeFrames(FadeMs * FramesPerMs)
    , m_tailFrames(TailMs * FramesPerMs)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

SpanAudioDevice::~SpanAudioDevice() = default;

QAudioFormat SpanAudioDevice::format() const
{
    return m_decoder->format();
}

bool SpanAudioDevice::spanEnded() const
{
    return m_decoderDone && m_buffer.empty();
}

qint64 SpanAudioDevice::bytesAvailable() const
{
    const qint64 frames = spanEnded() ? m_tailFrames - m_tailFramesRead
                                      : qint64(m_buffer.size()) / m_channels + ChunkFrames;
    return frames * m_channels * qint64(sizeof(qint16)) + QIODevice::bytesAvailable();
}

bool SpanAudioDevice::atEnd() const
{
    return spanEnded() && m_tailFramesRead >= m_tailFrames;
}

// Decodes until `frames` frames plus a fade's worth are buffered, so the last frames of the span
// can be faded out before anyone reads them.
void SpanAudioDevice::fill(qint64 frames)
{
    const qint64 wanted = (frames + m_fadeFrames) * m_channels;
    while (!m_decoderDone && qint64(m_buffer.size()) < wanted) {
        const size_t before = m_buffer.size();
        m_buffer.resize(before + size_t(ChunkFrames * m_channels));
        const qint64 got = m_decoder->read(m_buffer.data() + before, ChunkFrames);
        m_buffer.resize(before + size_t(std::max<qint64>(got, 0) * m_channels));
        if (got > 0)
            continue;
        m_decoderDone = true;
        if (got < 0) {
            m_failed = true;
            m_tailFrames = 0;
            const QString message = m_decoder->errorString();
            setErrorString(message);
            QMetaObject::invokeMethod(
                    this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
        }
    }
    if (m_decoderDone && !m_fadedOut) {
        m_fadedOut = true;
        const qint64 buffered = qint64(m_buffer.size()) / m_channels;
        const qint64 count = std::min(buffered, m_fadeFrames);
        fade(m_buffer.data() + (buffered - count) * m_channels, count, count - 1, false);
    }
}

// Multiplies by a raised-cosine ramp. `firstIndex` counts from the span's first frame when fading
// in, and down to the span's last frame (0) when fading out.
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

qint64 SpanAudioDevice::readData(char *data, qint64 maxSize)
{
    const qint64 bytesPerFrame = m_channels * qint64(sizeof(qint16));
    const qint64 frames = maxSize / bytesPerFrame;
    if (frames <= 0)
        return 0;
    fill(frames);
    const qint64 buffered = qint64(m_buffer.size()) / m_channels;
    const qint64 ready = m_decoderDone ? buffered : std::max<qint64>(buffered - m_fadeFrames, 0);
    const qint64 fromSpan = std::min(frames, ready);
    if (fromSpan > 0) {
        fade(m_buffer.data(), std::min(fromSpan, m_fadeFrames), m_spanFramesRead, true);
        std::memcpy(data, m_buffer.data(), size_t(fromSpan * bytesPerFrame));
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + qsizetype(fromSpan * m_channels));
        m_spanFramesRead += fromSpan;
    }
    qint64 fromTail = 0;
    if (spanEnded()) {
        fromTail = std::min(frames - fromSpan, m_tailFrames - m_tailFramesRead);
        std::memset(data + fromSpan * bytesPerFrame, 0, size_t(fromTail * bytesPerFrame));
        m_tailFramesRead += fromTail;
    }
    return (fromSpan + fromTail) * bytesPerFrame;
}

qint64 SpanAudioDevice::writeData(const char *data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}
