#pragma once

#include <QVector>
#include <QtGlobal>

// Finds, to the sample, where an excerpt of audio sits in a longer recording or source, so a test
// can tell exactly which samples of the source were played (normalized cross-correlation).
namespace AudioAlignment {

struct Match
{
    qint64 offset = -1;     // index in the haystack where the needle's first sample lies
    double correlation = 0; // 1: identical shape; above ~0.5: a trustworthy match for noise
};

// The best offset in [from, to] (clamped to where the needle fits) of `needle` in `haystack`.
Match find(const QVector<qint16> &haystack, const QVector<qint16> &needle, qint64 from, qint64 to);

// One channel of interleaved samples.
QVector<qint16> channel(const QVector<qint16> &interleaved, int channels, int index = 0);

// The first and one past the last sample whose magnitude exceeds `threshold`; {-1, -1} if none.
QPair<qint64, qint64> audibleRange(const QVector<qint16> &samples, int threshold = 0);

} // namespace AudioAlignment
