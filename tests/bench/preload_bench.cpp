// Why: measures what pre-decoding an episode's clips costs in memory and time, for the Playback
// section of docs/BENCHMARKS.md: the bundled sample episode's clips, and 50 clips of a 60-minute
// file under the default budget and a larger one. Run by playback_bench.sh.
#include "import/SampleLibrary.h"
#include "playback/ClipPreloader.h"
#include "storage/Database.h"
#include "storage/EpisodeReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

#include <malloc.h>

namespace {

// The process's resident memory and its peak, in MiB, from /proc/self/status.
double residentMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

void preload(const char *what, const QString &source, const QVector<ClipPreloader::Span> &spans,
             qint64 budget)
{
    qint64 clipMs = 0;
    QSet<QPair<qint64, qint64>> distinct;
    for (const ClipPreloader::Span &span : spans) {
        if (!distinct.contains({span.startMs, span.endMs}))
            clipMs += span.endMs - span.startMs;
        distinct.insert({span.startMs, span.endMs});
    }
    malloc_trim(0); // what an earlier run freed goes back to the system first
    const double before = residentMiB("VmRSS:");
    ClipPreloader preloader;
    preloader.setBudgetBytes(budget);
    QEventLoop loop;
    QObject::connect(&preloader, &ClipPreloader::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    preloader.preload(source, spans);
    loop.exec();
    const qint64 elapsed = clock.elapsed();
    const double after = residentMiB("VmRSS:");
    std::printf("| %s | %lld clips (%lld spans, %.1f s) | %lld MiB | %d | %.1f MiB | %.1f -> %.1f "
                "MiB (+%.1f) | %lld ms |\n",
                what, qint64(spans.size()), qint64(distinct.size()), double(clipMs) / 1000,
                budget >> 20, preloader.spanCount(), double(preloader.bytesUsed()) / (1 << 20),
                before, after, after - before, elapsed);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Database database(QStringLiteral("bench"));
    if (!database.open(dir.filePath(QStringLiteral("library.sqlite"))))
        return 1;
    SampleLibrary::import(database);
    EpisodeReader reader(database.connection(), database.path());
    const QVector<Episode> episodes = reader.episodes();
    const auto content = episodes.isEmpty() ? std::nullopt : reader.content(episodes.first().id);
    if (!content) {
        std::fprintf(stderr, "the sample did not import\n");
        return 1;
    }
    QVector<ClipPreloader::Span> sample;
    for (const Clip &clip : content->clips)
        sample.append({clip.startMs, clip.endMs});

    std::printf("| what | clips | budget | spans decoded | held | resident memory | time |\n"
                "|---|---|---|---|---|---|---|\n");
    preload("sample episode (Opus, mono)", reader.resolvedAudio(content->episode.audio), sample,
            ClipPreloader::DefaultBudgetBytes);
    if (argc > 1) {
        // 50 citation-like clips of 8 to 20 s spread over the hour.
        QVector<ClipPreloader::Span> fifty;
        for (int i = 0; i < 50; ++i) {
            const qint64 start = 30000 + qint64(i) * 70500;
            fifty.append({start, start + 8000 + (i * 2437) % 12000});
        }
        const QString file = QString::fromLocal8Bit(argv[1]);
        preload("60-min file, 50 clips", file, fifty, ClipPreloader::DefaultBudgetBytes);
        preload("60-min file, 50 clips", file, fifty, 256LL << 20);
    }
    std::printf("\npeak resident memory of the process: %.1f MiB\n", residentMiB("VmHWM:"));
    return 0;
}
