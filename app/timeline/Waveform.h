#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QVector>
#include <QtGlobal>

// How loud a whole episode is, at low resolution: the peak and the RMS of the mono mix per bucket
// of a few milliseconds, stored as bytes relative to the loudest peak. Small enough to keep in the
// library (about 700 KB per hour at 10 ms) and to draw at any zoom without decoding again.
class Waveform
{
public:
    // The layout of levels(); a change invalidates every cached waveform.
    static constexpr int FormatVersion = 1;
    static constexpr qint64 DefaultBucketMs = 10;

    // Relative to the loudest peak of the episode: 0 silent, 1 the loudest moment.
    struct Level
    {
        float peak = 0;
        float rms = 0;
    };

    Waveform() = default;
    // `levels` holds two bytes per bucket (peak, RMS), each 0..255 of `peakScale`, the loudest
    // peak as a fraction of full scale. `durationMs` is where the audio ends.
    Waveform(qint64 bucketMs, qint64 durationMs, float peakScale, QByteArray levels);
    // From amplitudes as fractions of full scale (one entry per bucket in each vector).
    static Waveform fromAmplitudes(qint64 bucketMs, qint64 durationMs, const QVector<float> &peaks,
                                   const QVector<float> &rms);

    bool isNull() const { return m_levels.isEmpty(); }
    qint64 bucketMs() const { return m_bucketMs; }
    int bucketCount() const { return int(m_levels.size() / 2); }
    qint64 durationMs() const { return m_durationMs; }
    float peakScale() const { return m_peakScale; }
    const QByteArray &levels() const { return m_levels; }

    // The loudest peak and the RMS over [fromMs, toMs) (at least the bucket holding fromMs),
    // relative to the loudest peak of the episode.
    Level levelBetween(qint64 fromMs, qint64 toMs) const;
    // The loudest peak over [fromMs, toMs) as a fraction of full scale (1: clipping).
    float peakBetween(qint64 fromMs, qint64 toMs) const;

    bool operator==(const Waveform &other) const;
    bool operator!=(const Waveform &other) const { return !(*this == other); }

private:
    qint64 m_bucketMs = DefaultBucketMs;
    qint64 m_durationMs = 0;
    float m_peakScale = 0;
    QByteArray m_levels;
};

Q_DECLARE_METATYPE(Waveform)
