#include "ClipPreloader.h"

#include "AudioCache.h"
#include "AudioSpanDecoder.h"
#include "PlaybackLog.h"

#include <QElapsedTimer>

namespace {
constexpr qint64 FramesPerMs = AudioSpanDecoder::OutputRate / 1000;
constexpr qint64 ChunkFrames = 250 * FramesPerMs;
} // namespace

struct ClipPreloader::Job
{
    quint64 generation = 0;
    QString source;
    QVector<Span> clips;   // as asked for
    QVector<Span> decode;  // padded: what play() asks for
    QVector<bool> present; // already in memory when the job began
    qint64 budget = 0;
    std::shared_ptr<std::atomic<bool>> cancel;
};

ClipPreloader::ClipPreloader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ClipPreloader::~ClipPreloader()
{
    cancel();
    m_pool.waitForDone();
}

QString ClipPreloader::keyOf(const QString &source, qint64 startMs, qint64 endMs)
{
    return QString::number(startMs) + QLatin1Char(':') + QString::number(endMs) + QLatin1Char(':')
            + source;
}

ClipPreloader::Span ClipPreloader::padded(const Span &span) const
{
    return {qMax<qint64>(span.startMs - m_padIn, 0), span.endMs < 0 ? -1 : span.endMs + m_padOut};
}

void ClipPreloader::setBudgetBytes(qint64 bytes)
{
    m_budget = qMax<qint64>(bytes, 0);
    makeRoom(0);
}

void ClipPreloader::setPadding(qint64 leadInMs, qint64 leadOutMs)
{
    if (leadInMs == m_padIn && leadOutMs == m_padOut)
        return;
    m_padIn = leadInMs;
    m_padOut = leadOutMs;
    const QString source = m_source;
    const QVector<Span> wanted = m_wanted;
    clear();
    if (!source.isEmpty())
        preload(source, wanted);
}

void ClipPreloader::preload(const QString &source, const QVector<Span> &spans)
{
    cancel();
    m_source = source;
    m_wanted = spans;
    // Spans of another episode make room first.
    for (auto it = m_spans.begin(); it != m_spans.end();) {
        if (it->span->source != source) {
            m_bytes -= it->span->bytes();
            it = m_spans.erase(it);
        } else {
            ++it;
        }
    }
    if (!source.isEmpty() && !spans.isEmpty())
        start();
}

void ClipPreloader::clear()
{
    cancel();
    m_source.clear();
    m_wanted.clear();
    m_spans.clear();
    m_bytes = 0;
}

void ClipPreloader::cancel()
{
    ++m_generation;
    if (m_cancel)
        *m_cancel = true;
    m_cancel.reset();
    m_busy = false;
}

void ClipPreloader::start()
{
    auto job = std::make_shared<Job>();
    job->generation = m_generation;
    job->source = m_source;
    job->clips = m_wanted;
    job->budget = m_budget;
    for (const Span &clip : std::as_const(m_wanted)) {
        const Span span = padded(clip);
        job->decode.append(span);
        job->present.append(m_spans.contains(keyOf(m_source, span.startMs, span.endMs)));
    }
    job->cancel = m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_busy = true;
    m_done = 0;
    m_pool.start([job, this] { run(job, this); });
}

// On the worker thread: decodes each span exactly as AudioSpanDecoder does for play(), and hands
// it to the GUI thread, which owns the spans.
void ClipPreloader::run(const std::shared_ptr<Job> &job, ClipPreloader *self)
{
    const QString local = AudioCache::localSource(job->source);
    QElapsedTimer clock;
    clock.start();
    qint64 used = 0;
    for (qsizetype i = 0; i < job->decode.size() && !*job->cancel; ++i) {
        const Span span = job->decode.at(i);
        const Span clip = job->clips.at(i);
        if (job->present.at(i)) {
            QMetaObject::invokeMethod(
                    self, [self, job, clip] { self->take(job->generation, nullptr, clip); },
                    Qt::QueuedConnection);
            continue;
        }
        AudioSpanDecoder decoder;
        decoder.setCancelFlag(job->cancel.get());
        auto decoded = std::make_shared<DecodedSpan>();
        decoded->source = job->source;
        decoded->startMs = span.startMs;
        decoded->endMs = span.endMs;
        if (decoder.open(local, span.startMs, span.endMs)) {
            decoded->channels = decoder.channelCount();
            if (span.endMs > 0)
                decoded->samples.reserve(
                        size_t((span.endMs - span.startMs) * FramesPerMs * decoded->channels));
            qint64 got = 0;
            do {
                const size_t before = decoded->samples.size();
                decoded->samples.resize(before + size_t(ChunkFrames * decoded->channels));
                got = decoder.read(decoded->samples.data() + before, ChunkFrames);
                decoded->samples.resize(before + size_t(qMax<qint64>(got, 0) * decoded->channels));
            } while (got > 0 && !*job->cancel);
            decoded->samples.shrink_to_fit();
        }
        if (*job->cancel)
            return;
        if (decoder.hasError()) {
            qCDebug(lcPlayback).noquote() << "not preloaded:" << decoder.errorString();
            decoded.reset();
        } else if ((used += decoded->bytes()) > job->budget) {
            qCDebug(lcPlayback) << "preloading stops at the budget of" << job->budget << "bytes";
            break;
        }
        QMetaObject::invokeMethod(
                self,
                [self, job, clip, span = std::shared_ptr<const DecodedSpan>(decoded)] {
                    self->take(job->generation, span, clip);
                },
                Qt::QueuedConnection);
    }
    qCDebug(lcPlayback) << "preloaded" << job->decode.size() << "spans in" << clock.elapsed()
                        << "ms";
    QMetaObject::invokeMethod(
            self, [self, job] { self->jobDone(job->generation); }, Qt::QueuedConnection);
}

void ClipPreloader::take(quint64 generation, std::shared_ptr<const DecodedSpan> span, Span clip)
{
    if (generation != m_generation)
        return;
    if (span && span->bytes() <= m_budget) {
        const QString key = keyOf(span->source, span->startMs, span->endMs);
        if (!m_spans.contains(key)) {
            makeRoom(span->bytes());
            m_bytes += span->bytes();
            m_spans.insert(key, {std::move(span), ++m_clock});
        }
        Q_EMIT spanReady(clip.startMs, clip.endMs);
    } else if (!span) {
        const Span wanted = padded(clip);
        if (m_spans.contains(keyOf(m_source, wanted.startMs, wanted.endMs)))
            Q_EMIT spanReady(clip.startMs, clip.endMs);
    }
    Q_EMIT progressChanged(++m_done, int(m_wanted.size()));
}

void ClipPreloader::jobDone(quint64 generation)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    m_cancel.reset();
    Q_EMIT finished();
}

// Drops the spans used least recently until `bytes` more fit in the budget.
void ClipPreloader::makeRoom(qint64 bytes)
{
    while (!m_spans.isEmpty() && m_bytes + bytes > m_budget) {
        auto oldest = m_spans.begin();
        for (auto it = m_spans.begin(); it != m_spans.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_bytes -= oldest->span->bytes();
        m_spans.erase(oldest);
    }
}

std::shared_ptr<const DecodedSpan> ClipPreloader::find(const QString &source, qint64 startMs,
                                                       qint64 endMs)
{
    const auto it = m_spans.find(keyOf(source, startMs, endMs));
    if (it == m_spans.end())
        return nullptr;
    it->lastUse = ++m_clock;
    return it->span;
}

bool ClipPreloader::isPreloaded(const QString &source, qint64 startMs, qint64 endMs) const
{
    const Span span = padded({startMs, endMs});
    return m_spans.contains(keyOf(source, span.startMs, span.endMs));
}
