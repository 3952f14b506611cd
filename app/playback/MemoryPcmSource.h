#pragma once

#include "DecodedSpan.h"
#include "PcmSource.h"

#include <memory>

// Reads a span that was decoded ahead into memory (by ClipPreloader), from its first frame or
// from a later one; the span stays alive while this reads it, even if the preloader drops it.
class MemoryPcmSource : public PcmSource
{
public:
    explicit MemoryPcmSource(std::shared_ptr<const DecodedSpan> span, qint64 fromFrame = 0);

    int channelCount() const override { return m_span->channels; }
    qint64 read(qint16 *out, qint64 maxFrames) override;
    bool atEnd() const override { return m_next >= m_span->frames(); }
    bool hasError() const override { return false; }
    QString errorString() const override { return QString(); }

private:
    std::shared_ptr<const DecodedSpan> m_span;
    qint64 m_next = 0;
};
