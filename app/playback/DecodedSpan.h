#pragma once

#include <QString>
#include <QtGlobal>

#include <vector>

// A span of an episode's audio decoded ahead into memory (48 kHz signed 16-bit interleaved PCM,
// exactly what AudioSpanDecoder gives for it), so that playing it needs no decoding at all.
struct DecodedSpan
{
    QString source;
    qint64 startMs = 0;
    qint64 endMs = -1;
    int channels = 1;
    std::vector<qint16> samples;

    qint64 frames() const { return channels > 0 ? qint64(samples.size()) / channels : 0; }
    qint64 bytes() const { return qint64(samples.size() * sizeof(qint16)); }
};
