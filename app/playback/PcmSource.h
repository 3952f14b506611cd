#pragma once

#include <QString>
#include <QtGlobal>

// What the audio device pulls a span's sound from, whatever produced it: FFmpeg decoding on
// demand (AudioSpanDecoder), a span decoded ahead into memory (MemoryPcmSource), or a decoder
// running on a worker thread for network audio (BufferedSpanSource). The sound is 48 kHz signed
// 16-bit interleaved PCM starting at the span's first frame.
class PcmSource
{
public:
    virtual ~PcmSource() = default;

    virtual int channelCount() const = 0;
    // Copies up to `maxFrames` frames into `out`. Returns how many; 0 when none is ready now
    // (atEnd() tells whether any will follow); -1 on an error (see errorString()).
    virtual qint64 read(qint16 *out, qint64 maxFrames) = 0;
    // Every frame of the span has been read.
    virtual bool atEnd() const = 0;
    virtual bool hasError() const = 0;
    virtual QString errorString() const = 0;
};
