// Why: times what an episode's waveform costs — decoding a whole 60-minute MP3 into peaks the first
// time it is opened, and reading them back from the library every time after — for the Waveform
// section of docs/BENCHMARKS.md. Run by waveform_bench.sh, which makes the MP3.
#include "storage/Database.h"
#include "timeline/PeaksBuilder.h"
#include "timeline/WaveformLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

// CPU time of the whole process (every thread) in ms: on a busy machine, the wall clock is not
// what the work costs.
qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

struct Load
{
    double ms = 0;
    qint64 cpuMs = 0;
    bool fromCache = false;
    Waveform waveform;
};

// One load through the loader, as the window does it, timed from the call to ready().
Load timedLoad(const QString &library, const QString &audio)
{
    WaveformLoader loader;
    QEventLoop loop;
    Load result;
    QObject::connect(&loader, &WaveformLoader::ready, &loop,
                     [&](const Waveform &waveform, bool fromCache) {
                         result.waveform = waveform;
                         result.fromCache = fromCache;
                         loop.quit();
                     });
    QObject::connect(&loader, &WaveformLoader::failed, &loop, [&](const QString &message) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = cpuMs();
    loader.load(library, audio);
    loop.exec();
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    result.cpuMs = cpuMs() - cpu;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.mp3 [cached-loads]\n", argv[0]);
        return 2;
    }
    const QString audio = QString::fromLocal8Bit(argv[1]);
    const int cachedLoads = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;

    // The decoder alone, on this thread.
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = cpuMs();
    PeaksBuilder builder;
    const Waveform peaks = builder.build(audio);
    const qint64 decodeMs = timer.elapsed();
    const qint64 decodeCpuMs = cpuMs() - cpu;
    if (peaks.isNull()) {
        std::fprintf(stderr, "%s\n", qPrintable(builder.errorString()));
        return 1;
    }

    // Through the loader and a fresh library: the first open decodes and stores, the next read.
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    {
        Database database(QStringLiteral("bench"));
        if (!database.open(library)) {
            std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
            return 1;
        }
    }
    const Load first = timedLoad(library, audio);
    std::vector<double> cached;
    for (int i = 0; i < cachedLoads; ++i) {
        const Load load = timedLoad(library, audio);
        if (!load.fromCache || load.waveform != first.waveform) {
            std::fprintf(stderr, "load %d did not come from the cache\n", i);
            return 1;
        }
        cached.push_back(load.ms);
    }
    std::sort(cached.begin(), cached.end());

    std::printf("file: %s (%.1f MB)\n", qPrintable(QFileInfo(audio).fileName()),
                double(QFileInfo(audio).size()) / 1e6);
    std::printf("audio: %.1f min, %d buckets of %lld ms, %.0f KB of peaks\n",
                double(peaks.durationMs()) / 60000.0, peaks.bucketCount(),
                static_cast<long long>(peaks.bucketMs()), double(peaks.levels().size()) / 1024.0);
    std::printf("decode to peaks (PeaksBuilder, one thread): %lld ms (CPU %lld ms)\n",
                static_cast<long long>(decodeMs), static_cast<long long>(decodeCpuMs));
    std::printf("first load (worker: decode + store in the library): %.0f ms (CPU %lld ms)\n",
                first.ms, static_cast<long long>(first.cpuMs));
    std::printf("cached load (worker: read from the library), %d runs: median %.1f ms, "
                "min %.1f ms, max %.1f ms\n",
                cachedLoads, cached[cached.size() / 2], cached.front(), cached.back());
    return 0;
}
