#pragma once

#include "PcmSource.h"

#include <QString>

#include <memory>

class QThreadPool;

// Decodes a span on a worker thread, ahead of the output, so that audio from the network never
// blocks the window: a server may take seconds to answer, or stall in the middle. The output reads
// what has arrived (read() gives 0 while waiting); whoever started it polls state() to learn how
// opening went. Destroying it cancels the worker at once (FFmpeg is interrupted) without waiting.
class BufferedSpanSource : public PcmSource
{
public:
    enum class State { Opening, Open, Failed };
    // At most this much is decoded ahead of what was read.
    static constexpr qint64 AheadMs = 30000;

    // Starts opening [startMs, endMs) of `source` on `pool` at once.
    BufferedSpanSource(const QString &source, qint64 startMs, qint64 endMs, qint64 timeoutMs,
                       QThreadPool &pool);
    ~BufferedSpanSource() override;

    State state() const;
    // Decoded ahead and not read yet.
    qint64 bufferedMs() const;

    int channelCount() const override;
    qint64 read(qint16 *out, qint64 maxFrames) override;
    bool atEnd() const override;
    bool hasError() const override;
    QString errorString() const override;

private:
    struct Shared;
    static void run(const std::shared_ptr<Shared> &shared, const QString &source, qint64 startMs,
                    qint64 endMs, qint64 timeoutMs);

    std::shared_ptr<Shared> m_shared; // with the worker, which may outlive this object briefly
};
