#pragma once

#include "ClipPreloader.h"

#include <QPointer>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <memory>

class AudioDownloader;
class BufferedSpanSource;
class PcmSource;

// Chooses where the sound of a span comes from, for ClipPlayer: memory when the preloader has the
// span, else the local file (or the cached copy of a URL), opened at once so that problems show
// before anything plays; else, for http(s) audio, a decoder on a worker thread while the whole
// file downloads into the cache for next time.
class SpanOpener
{
public:
    struct Opened
    {
        std::unique_ptr<PcmSource> ready;            // plays at once
        std::unique_ptr<BufferedSpanSource> opening; // or: network audio still opening
        QString error;                               // or: why neither, in one sentence
        bool fromMemory = false;
    };

    SpanOpener();
    ~SpanOpener(); // waits for the cancelled network decoders, which give up within a moment

    Opened open(const QString &source, qint64 startMs, qint64 endMs);
    // Opens a local `source` (or the cached copy of a URL) once on a worker thread, so that its
    // first span opens fast: an MP3 learns its seek index there.
    void prepare(const QString &source);

    void setPreloader(ClipPreloader *preloader) { m_preloader = preloader; }
    ClipPreloader *preloader() const { return m_preloader; }
    void setNetworkTimeoutMs(qint64 ms);
    qint64 networkTimeoutMs() const { return m_timeoutMs; }
    void setDownloadsRemoteAudio(bool on) { m_downloads = on; }
    AudioDownloader *downloader() const { return m_downloader.get(); }

private:
    QThreadPool m_workers;
    QPointer<ClipPreloader> m_preloader;
    std::unique_ptr<AudioDownloader> m_downloader;
    QSet<QString> m_prepared;
    qint64 m_timeoutMs = 15000;
    bool m_downloads = true;
};
