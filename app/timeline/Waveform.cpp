#include "Waveform.h"

#include <algorithm>
#include <cmath>

Waveform::Waveform(qint64 bucketMs, qint64 durationMs, float peakScale, QByteArray levels)
    : m_bucketMs(std::max<qint64>(1, bucketMs))
    , m_durationMs(std::max<qint64>(0, durationMs))
    , m_peakScale(std::clamp(peakScale, 0.0f, 1.0f))
    , m_levels(std::move(levels))
{
    if (m_levels.size() % 2 != 0)
        m_levels.chop(1);
}

Waveform Waveform::fromAmplitudes(qint64 bucketMs, qint64 durationMs, const QVector<float> &peaks,
                                  const QVector<float> &rms)
{
    const qsizetype count = std::min(peaks.size(), rms.size());
    float loudest = 0;
    for (qsizetype i = 0; i < count; ++i)
        loudest = std::max(loudest, std::abs(peaks.at(i)));
    loudest = std::min(loudest, 1.0f);
    QByteArray levels(count * 2, '\0');
    if (loudest > 0) {
        auto toByte = [loudest](float value) {
            return char(quint8(std::lround(std::clamp(value / loudest, 0.0f, 1.0f) * 255.0f)));
        };
        for (qsizetype i = 0; i < count; ++i) {
            levels[2 * i] = toByte(std::abs(peaks.at(i)));
            levels[2 * i + 1] = toByte(std::min(std::abs(rms.at(i)), std::abs(peaks.at(i))));
        }
    }
    return Waveform(bucketMs, durationMs, loudest, levels);
}

Waveform::Level Waveform::levelBetween(qint64 fromMs, qint64 toMs) const
{
    Level level;
    const int count = bucketCount();
    if (count == 0)
        return level;
    const qint64 first = std::clamp<qint64>(fromMs / m_bucketMs, 0, count - 1);
    const qint64 last = std::clamp<qint64>((toMs + m_bucketMs - 1) / m_bucketMs, first + 1, count);
    const auto *bytes = reinterpret_cast<const quint8 *>(m_levels.constData());
    int peak = 0;
    double sumSquares = 0;
    for (qint64 bucket = first; bucket < last; ++bucket) {
        peak = std::max<int>(peak, bytes[2 * bucket]);
        const double rms = bytes[2 * bucket + 1];
        sumSquares += rms * rms;
    }
    level.peak = float(peak) / 255.0f;
    level.rms = float(std::sqrt(sumSquares / double(last - first)) / 255.0);
    return level;
}

float Waveform::peakBetween(qint64 fromMs, qint64 toMs) const
{
    return levelBetween(fromMs, toMs).peak * m_peakScale;
}

bool Waveform::operator==(const Waveform &other) const
{
    return m_bucketMs == other.m_bucketMs && m_durationMs == other.m_durationMs
            && m_peakScale == other.m_peakScale && m_levels == other.m_levels;
}
