// Search benchmark (docs/BENCHMARKS.md, "Search and scale"): a fixed set of queries, typed the way
// people type them, run against a library from generate_library.py; prints the median and p95
// time of SearchIndex::search (what the window's worker and `citecast search` run), in process.
//
//   bench_search LIBRARY [--rounds 5] [--limit 50]
#include "search/SearchIndex.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

#include <time.h>

namespace {

// Words, prefixes as typed, phrases, filters and folded diacritics over the generator's words.
const char *const queries[] = {
        "volcano",
        "whale",
        "quantum",
        "lithium",
        "telescope",
        "excavate",
        "pamphlet",
        "vol",
        "tele",
        "quan",
        "surg",
        "th",
        "climate policy",
        "ocean plankton",
        "rocket launch",
        "\"climate policy\"",
        "\"machine learning\"",
        "\"steam engine\"",
        "\"dark matter\"",
        "\"supply chain\"",
        "energy guest:lovelace",
        "orbit show:orbit",
        "vaccine tag:todo",
        "guest:curie",
        "tag:idea",
        "francoise",
        "bronte",
        "dvorak",
        "island",
        "the",
};

// CPU time of this thread: what a search costs whatever else the machine is doing.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(QVector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = qBound<qsizetype>(0, qsizetype(p * double(values.size() - 1) + 0.5),
                                              values.size() - 1);
    return values.at(index);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        out << "usage: bench_search LIBRARY [--rounds N] [--limit N]\n";
        return 1;
    }
    const auto option = [&](const char *name, int fallback) {
        const qsizetype at = arguments.indexOf(QString::fromLatin1(name));
        return at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : fallback;
    };
    const int rounds = option("--rounds", 5);
    const int limit = option("--limit", 50);

    Database database(QStringLiteral("bench"));
    if (!database.open(arguments.at(1))) {
        out << database.errorString() << '\n';
        return 1;
    }
    if (qEnvironmentVariableIsSet("BENCH_NO_PREPARE"))
        out << "connection not prepared\n";
    else
        SearchIndex::prepareConnection(database.connection());
    SearchIndex index(database.connection());
    out << "index rows: " << index.rowCount() << '\n';

    // One warm-up round (the page cache), then `rounds` timed rounds.
    QVector<double> all;
    QVector<double> cpu;
    QHash<QString, QVector<double>> perQuery;
    QHash<QString, QVector<double>> perQueryCpu;
    for (int round = -1; round < rounds; ++round) {
        for (const char *text : queries) {
            const QString query = QString::fromUtf8(text);
            QElapsedTimer timer;
            const double cpuStart = threadCpuMs();
            timer.start();
            const SearchHits hits = index.search(query, limit);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            const double cpuMs = threadCpuMs() - cpuStart;
            if (!index.errorString().isEmpty()) {
                out << "failed: " << query << ": " << index.errorString() << '\n';
                return 1;
            }
            if (round < 0) {
                if (hits.isEmpty())
                    out << "no hits: " << query << '\n';
                continue;
            }
            all << ms;
            cpu << cpuMs;
            perQuery[query] << ms;
            perQueryCpu[query] << cpuMs;
        }
    }
    out << "queries: " << std::size(queries) << " x " << rounds << " rounds, limit " << limit
        << '\n';
    for (const char *text : queries) {
        const QString query = QString::fromUtf8(text);
        out << QStringLiteral("  %1  median %2 ms (CPU %3 ms)\n")
                        .arg(query, -24)
                        .arg(percentile(perQuery.value(query), 0.5), 0, 'f', 2)
                        .arg(percentile(perQueryCpu.value(query), 0.5), 0, 'f', 2);
    }
    out << QStringLiteral("search median %1 ms, p95 %2 ms, max %3 ms\n")
                    .arg(percentile(all, 0.5), 0, 'f', 2)
                    .arg(percentile(all, 0.95), 0, 'f', 2)
                    .arg(percentile(all, 1.0), 0, 'f', 2);
    out << QStringLiteral("search CPU median %1 ms, p95 %2 ms\n")
                    .arg(percentile(cpu, 0.5), 0, 'f', 2)
                    .arg(percentile(cpu, 0.95), 0, 'f', 2);
    return 0;
}
