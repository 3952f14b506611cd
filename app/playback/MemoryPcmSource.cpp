#include "MemoryPcmSource.h"

#include <algorithm>

MemoryPcmSource::MemoryPcmSource(std::shared_ptr<const DecodedSpan> span, qint64 fromFrame)
    : m_span(std::move(span))
    , m_next(std::clamp<qint64>(fromFrame, 0, m_span->frames()))
{ }

qint64 MemoryPcmSource::read(qint16 *out, qint64 maxFrames)
{
    const qint64 count = std::min(maxFrames, m_span->frames() - m_next);
    if (count <= 0)
        return 0;
    const qint16 *from = m_span->samples.data() + m_next * m_span->channels;
    std::copy(from, from + count * m_span->channels, out);
    m_next += count;
    return count;
}
