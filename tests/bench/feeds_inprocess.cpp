// Why: measures FeedParser in process (parse, and parse + the --json output) on given feeds, the
// MB/s figures of docs/BENCHMARKS.md. Built and run by feeds_bench.sh; not a test.
#include "feeds/FeedJson.h"
#include "feeds/FeedParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

template<typename F>
double medianMs(F work, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = 21;
    std::printf("| feed | MB | items | parse (import) | MB/s | parse (inspect) | MB/s | inspect "
                "+ JSON |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    for (const QString &path : app.arguments().mid(1)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = file.readAll();
        const QString name = QFileInfo(path).fileName();
        // As an import parses (sanitized HTML of the show notes), and as `feed inspect` does.
        FeedParser::Options full;
        full.feedUrl = QUrl(QStringLiteral("https://example.org/feed"));
        FeedParser::Options inspect = full;
        inspect.descriptionHtml = false;
        int items = 0;
        const double fullMs = medianMs(
                [&] { items = int(FeedParser::parse(bytes, name, full).value.episodes.size()); },
                runs);
        const double inspectMs
                = medianMs([&] { (void)FeedParser::parse(bytes, name, inspect); }, runs);
        const double withJsonMs = medianMs(
                [&] {
                    const Parsed<Feed> parsed = FeedParser::parse(bytes, name, inspect);
                    volatile qsizetype size = FeedJson::document(parsed.value).size();
                    (void)size;
                },
                runs);
        const double mb = double(bytes.size()) / 1e6;
        std::printf("| %s | %.2f | %d | %.1f ms | %.0f | %.1f ms | %.0f | %.1f ms |\n",
                    qPrintable(name), mb, items, fullMs, mb / fullMs * 1000.0, inspectMs,
                    mb / inspectMs * 1000.0, withJsonMs);
    }
    return 0;
}
