#include "Mp3FrameIndex.h"

#include <QFile>

namespace Mp3FrameIndex {

namespace {
// Kbit/s by bitrate index, for MPEG-1 layer III, MPEG-1 layer II, MPEG-2/2.5 layers II and III.
constexpr int BitratesV1L3[16]
        = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0};
constexpr int BitratesV1L2[16]
        = {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 0};
constexpr int BitratesV2[16] = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0};
constexpr int RatesV1[4] = {44100, 48000, 32000, 0};
// Sync, version, layer and sample rate: the same in every frame of a stream.
constexpr quint32 LayoutMask = 0xfffe0c00;
} // namespace

int frameSize(quint32 header, quint32 *layout)
{
    if ((header & 0xffe00000) != 0xffe00000)
        return 0;
    const int version = (header >> 19) & 3; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5
    const int layer = (header >> 17) & 3;   // 1: III, 2: II, 3: I
    const int bitrateIndex = (header >> 12) & 15;
    const int rateIndex = (header >> 10) & 3;
    const int padding = (header >> 9) & 1;
    if (version == 1 || (layer != 1 && layer != 2) || rateIndex == 3 || bitrateIndex == 0
        || bitrateIndex == 15)
        return 0;
    const bool mpeg1 = version == 3;
    const int rate = RatesV1[rateIndex] >> (mpeg1 ? 0 : version == 2 ? 1 : 2);
    const int kbps = mpeg1 ? (layer == 1 ? BitratesV1L3 : BitratesV1L2)[bitrateIndex]
                           : BitratesV2[bitrateIndex];
    const int factor = (layer == 1 && !mpeg1) ? 72000 : 144000;
    if (layout)
        *layout = header & LayoutMask;
    return factor * kbps / rate + padding;
}

SeekIndexCache::Entries walk(const QString &path, qint64 firstPos, qint64 firstTimestamp,
                             qint64 ticksPerFrame, int step)
{
    SeekIndexCache::Entries entries;
    QFile file(path);
    if (ticksPerFrame <= 0 || step <= 0 || !file.open(QIODevice::ReadOnly))
        return entries;
    const qint64 size = file.size();
    const uchar *bytes = file.map(0, size);
    if (!bytes || firstPos < 0)
        return entries;
    quint32 layout = 0;
    qint64 pos = firstPos;
    for (qint64 frame = 0; pos + 4 <= size; ++frame) {
        const quint32 header = quint32(bytes[pos]) << 24 | quint32(bytes[pos + 1]) << 16
                | quint32(bytes[pos + 2]) << 8 | bytes[pos + 3];
        quint32 frameLayout = 0;
        const int length = frameSize(header, &frameLayout);
        if (length <= 4 || (frame > 0 && frameLayout != layout) || pos + length > size)
            break; // the audio ends (a tag, junk, or a cut-off last frame)
        layout = frameLayout;
        if (frame % step == 0)
            entries.push_back({pos, firstTimestamp + frame * ticksPerFrame, 1}); // AVINDEX_KEYFRAME
        pos += length;
    }
    file.unmap(const_cast<uchar *>(bytes));
    return entries;
}

} // namespace Mp3FrameIndex
