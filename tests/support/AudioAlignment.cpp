#include "AudioAlignment.h"

#include <QPair>

#include <algorithm>
#include <cmath>

namespace AudioAlignment {

Match find(const QVector<qint16> &haystack, const QVector<qint16> &needle, qint64 from, qint64 to)
{
    Match best;
    const qint64 length = needle.size();
    if (length == 0 || haystack.size() < length)
        return best;
    from = std::max<qint64>(from, 0);
    to = std::min<qint64>(to, haystack.size() - length);
    double needleEnergy = 0;
    for (qint16 sample : needle)
        needleEnergy += double(sample) * sample;
    if (needleEnergy <= 0 || from > to)
        return best;

    // Energy of the haystack window, kept up to date as it slides.
    double windowEnergy = 0;
    for (qint64 i = from; i < from + length; ++i)
        windowEnergy += double(haystack[i]) * haystack[i];
    best.correlation = -2;
    for (qint64 offset = from; offset <= to; ++offset) {
        if (offset > from) {
            const double leaving = haystack[offset - 1];
            const double entering = haystack[offset + length - 1];
            windowEnergy += entering * entering - leaving * leaving;
        }
        double dot = 0;
        const qint16 *window = haystack.constData() + offset;
        for (qint64 i = 0; i < length; ++i)
            dot += double(window[i]) * needle[i];
        const double norm = std::sqrt(needleEnergy * std::max(windowEnergy, 1.0));
        const double correlation = dot / norm;
        if (correlation > best.correlation) {
            best.correlation = correlation;
            best.offset = offset;
        }
    }
    return best;
}

QVector<qint16> channel(const QVector<qint16> &interleaved, int channels, int index)
{
    if (channels <= 1)
        return interleaved;
    QVector<qint16> result;
    result.reserve(interleaved.size() / channels);
    for (qsizetype i = index; i < interleaved.size(); i += channels)
        result.append(interleaved[i]);
    return result;
}

QPair<qint64, qint64> audibleRange(const QVector<qint16> &samples, int threshold)
{
    qint64 first = -1;
    qint64 last = -1;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        if (std::abs(int(samples[i])) > threshold) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    return first < 0 ? qMakePair(qint64(-1), qint64(-1)) : qMakePair(first, last + 1);
}

} // namespace AudioAlignment
