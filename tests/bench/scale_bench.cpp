// Scale benchmark (docs/BENCHMARKS.md, "Search and scale"): opening an episode of a large library
// the way the window does (OpenEpisode::open, the clip model, the transcript and its model), for
// episodes spread over the library; prints the median and p95.
//
//   bench_scale LIBRARY [--episodes 200]
#include "feeds/LibraryTranscripts.h"
#include "library/OpenEpisode.h"
#include "models/ClipListModel.h"
#include "models/TranscriptModel.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

namespace {

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
        out << "usage: bench_scale LIBRARY [--episodes N]\n";
        return 1;
    }
    const qsizetype at = arguments.indexOf(QStringLiteral("--episodes"));
    const int count = at > 0 && at + 1 < arguments.size() ? arguments.at(at + 1).toInt() : 200;

    Database database(QStringLiteral("bench"));
    if (!database.open(arguments.at(1))) {
        out << database.errorString() << '\n';
        return 1;
    }
    QVector<qint64> ids;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT id FROM episodes ORDER BY id"));
    while (query.next())
        ids << query.value(0).toLongLong();
    if (ids.isEmpty()) {
        out << "the library has no episodes\n";
        return 1;
    }

    OpenEpisode episode(database);
    ClipListModel clips;
    TranscriptModel transcript;
    LibraryTranscripts transcripts(database.connection());
    QVector<double> times;
    qint64 cues = 0;
    for (int i = -10; i < count; ++i) { // ten warm-up opens
        const qint64 id = ids.at(qsizetype((i + 10) * 7919LL % ids.size()));
        QElapsedTimer timer;
        timer.start();
        if (!episode.open(id)) {
            out << "cannot open episode " << id << '\n';
            return 1;
        }
        const EpisodeContent &content = episode.content();
        clips.setClips(content.clips, content.episode.durationMs);
        transcript.setTranscript(transcripts.read(id));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i >= 0) {
            times << ms;
            cues += transcript.rowCount();
        }
    }
    out << QStringLiteral("opened %1 episodes (%2 transcript cues each on average)\n")
                    .arg(count)
                    .arg(double(cues) / count, 0, 'f', 0);
    out << QStringLiteral("open episode median %1 ms, p95 %2 ms, max %3 ms\n")
                    .arg(percentile(times, 0.5), 0, 'f', 2)
                    .arg(percentile(times, 0.95), 0, 'f', 2)
                    .arg(percentile(times, 1.0), 0, 'f', 2);
    return 0;
}
