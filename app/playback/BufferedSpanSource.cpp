#include "BufferedSpanSource.h"

#include "AudioSpanDecoder.h"

#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace {
constexpr qint64 FramesPerMs = AudioSpanDecoder::OutputRate / 1000;
constexpr qint64 ChunkFrames = 50 * FramesPerMs;
} // namespace

struct BufferedSpanSource::Shared
{
    std::atomic<bool> cancel {false};
    mutable std::mutex mutex;
    std::condition_variable roomMade; // the reader took sound, or cancelled
    State state = State::Opening;
    int channels = 1;
    std::vector<qint16> buffer; // decoded, not read yet, from `readAt` on
    size_t readAt = 0;
    bool ended = false; // the decoder gave its last frame (or failed)
    QString error;

    qint64 bufferedFrames() const { return qint64(buffer.size() - readAt) / channels; }
};

BufferedSpanSource::BufferedSpanSource(const QString &source, qint64 startMs, qint64 endMs,
                                       qint64 timeoutMs, QThreadPool &pool)
    : m_shared(std::make_shared<Shared>())
{
    pool.start([shared = m_shared, source, startMs, endMs, timeoutMs] {
        run(shared, source, startMs, endMs, timeoutMs);
    });
}

BufferedSpanSource::~BufferedSpanSource()
{
    m_shared->cancel = true;
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->roomMade.notify_all();
}

void BufferedSpanSource::run(const std::shared_ptr<Shared> &shared, const QString &source,
                             qint64 startMs, qint64 endMs, qint64 timeoutMs)
{
    AudioSpanDecoder decoder;
    decoder.setNetworkTimeoutMs(timeoutMs);
    decoder.setCancelFlag(&shared->cancel);
    const bool opened = !shared->cancel && decoder.open(source, startMs, endMs);
    {
        std::lock_guard<std::mutex> lock(shared->mutex);
        shared->state = opened ? State::Open : State::Failed;
        shared->channels = opened ? decoder.channelCount() : 1;
        shared->error = opened ? QString() : decoder.errorString();
        shared->ended = !opened;
    }
    if (!opened)
        return;
    const int channels = decoder.channelCount();
    std::vector<qint16> chunk(size_t(ChunkFrames * channels));
    while (!shared->cancel) {
        {
            std::unique_lock<std::mutex> lock(shared->mutex);
            shared->roomMade.wait(lock, [&shared] {
                return shared->cancel || shared->bufferedFrames() < AheadMs * FramesPerMs;
            });
        }
        if (shared->cancel)
            return;
        const qint64 got = decoder.read(chunk.data(), ChunkFrames);
        std::lock_guard<std::mutex> lock(shared->mutex);
        if (got > 0) {
            if (shared->readAt > shared->buffer.size() / 2) { // let go of what was read
                shared->buffer.erase(shared->buffer.begin(),
                                     shared->buffer.begin() + qsizetype(shared->readAt));
                shared->readAt = 0;
            }
            shared->buffer.insert(shared->buffer.end(), chunk.begin(),
                                  chunk.begin() + got * channels);
            continue;
        }
        shared->ended = true;
        if (got < 0)
            shared->error = decoder.errorString();
        return;
    }
}

BufferedSpanSource::State BufferedSpanSource::state() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->state;
}

qint64 BufferedSpanSource::bufferedMs() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->bufferedFrames() / FramesPerMs;
}

int BufferedSpanSource::channelCount() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->channels;
}

qint64 BufferedSpanSource::read(qint16 *out, qint64 maxFrames)
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    Shared &shared = *m_shared;
    const qint64 count = std::min(maxFrames, shared.bufferedFrames());
    if (count > 0) {
        const auto from = shared.buffer.cbegin() + qsizetype(shared.readAt);
        std::copy(from, from + count * shared.channels, out);
        shared.readAt += size_t(count * shared.channels);
        shared.roomMade.notify_all();
        return count;
    }
    return shared.ended && !shared.error.isEmpty() ? -1 : 0;
}

bool BufferedSpanSource::atEnd() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->ended && m_shared->bufferedFrames() == 0;
}

bool BufferedSpanSource::hasError() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return !m_shared->error.isEmpty();
}

QString BufferedSpanSource::errorString() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->error;
}
