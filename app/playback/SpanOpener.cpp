#include "SpanOpener.h"

#include "AudioCache.h"
#include "AudioDownloader.h"
#include "AudioSpanDecoder.h"
#include "BufferedSpanSource.h"
#include "ClipPreloader.h"
#include "FfmpegAudioStream.h"
#include "MemoryPcmSource.h"

SpanOpener::SpanOpener()
    : m_downloader(std::make_unique<AudioDownloader>())
{
    m_workers.setMaxThreadCount(4);
    m_downloader->setTimeoutMs(m_timeoutMs);
}

SpanOpener::~SpanOpener()
{
    m_workers.waitForDone();
}

void SpanOpener::setNetworkTimeoutMs(qint64 ms)
{
    m_timeoutMs = qMax<qint64>(ms, 100);
    m_downloader->setTimeoutMs(m_timeoutMs);
}

SpanOpener::Opened SpanOpener::open(const QString &source, qint64 startMs, qint64 endMs)
{
    Opened opened;
    if (m_preloader) {
        if (auto span = m_preloader->find(source, startMs, endMs)) {
            opened.ready = std::make_unique<MemoryPcmSource>(std::move(span));
            opened.fromMemory = true;
            return opened;
        }
    }
    const QString local = AudioCache::localSource(source);
    if (!FfmpegAudioStream::isUrl(local)) {
        auto decoder = std::make_unique<AudioSpanDecoder>();
        if (decoder->open(local, startMs, endMs))
            opened.ready = std::move(decoder);
        else
            opened.error = decoder->errorString();
        return opened;
    }
    opened.opening
            = std::make_unique<BufferedSpanSource>(local, startMs, endMs, m_timeoutMs, m_workers);
    if (m_downloads)
        m_downloader->fetch(source);
    return opened;
}

void SpanOpener::prepare(const QString &source)
{
    const QString local = AudioCache::localSource(source);
    if (FfmpegAudioStream::isUrl(local) || m_prepared.contains(local))
        return;
    m_prepared.insert(local);
    m_workers.start([local] {
        FfmpegAudioStream stream;
        stream.open(local);
    });
}
