// Why: measures how exactly and how fast a span starts and stops, for the Playback section of
// docs/BENCHMARKS.md: spans at the start, middle and end of 60-minute files in five formats, played
// by `citecast play` and by mpv into the same PulseAudio null sink in the same run, and by
// ClipPlayer in process (first sound after play()). Run by playback_bench.sh, which makes the
// files and the sound server.
#include "playback/HeadlessPlayback.h"
#include "support/AudioAlignment.h"
#include "support/AudioFixtures.h"
#include "support/AudioRecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

namespace {

constexpr qint64 PerMs = 48;
constexpr qint64 PeriodFrames = 60 * 1000 * PerMs; // the 60-minute files repeat one minute
constexpr qint64 WindowFrames = 100 * PerMs;
constexpr qint64 SearchFrames = 1500 * PerMs;

struct Span
{
    const char *where;
    qint64 startMs;
    qint64 endMs;
};
const Span Spans[] = {{"start", 5000, 8000},
                      {"middle", 30 * 60000 + 250, 30 * 60000 + 3250},
                      {"end", 59 * 60000 + 50500, 59 * 60000 + 53500}};
const char *const Formats[][2] = {{"WAV", "wav.wav"},
                                  {"MP3 CBR", "cbr.mp3"},
                                  {"MP3 VBR", "vbr.mp3"},
                                  {"M4A/AAC", "aac.m4a"},
                                  {"Opus/Ogg", "speech.opus"}};

struct Result
{
    bool ok = false;
    double startMs = 0; // first sample heard minus the span's first, in ms
    double endMs = 0;   // one past the last heard minus the span's end
    double latencyMs = 0;
    QString problem;
};

// Three periods of the reference, so that any position can be looked up around the middle one.
QVector<qint16> g_reference;

qint64 inPeriod(qint64 frame)
{
    return PeriodFrames + frame % PeriodFrames;
}

Result analyse(const QVector<qint16> &recording, qint64 playedAt, const Span &span)
{
    Result result;
    const auto [first, end] = AudioAlignment::audibleRange(recording, 30);
    if (first < 0 || end - first < 2 * WindowFrames + 200 * PerMs) {
        result.problem = QStringLiteral("nothing (or too little) was heard");
        return result;
    }
    const qint64 headAt = first + 50 * PerMs;
    const qint64 tailAt = end - 50 * PerMs - WindowFrames;
    const qint64 head = inPeriod(span.startMs * PerMs + 50 * PerMs);
    const qint64 tail = inPeriod(span.endMs * PerMs - 50 * PerMs - WindowFrames);
    const AudioAlignment::Match headMatch
            = AudioAlignment::find(g_reference, recording.mid(headAt, WindowFrames),
                                   head - SearchFrames, head + SearchFrames);
    const AudioAlignment::Match tailMatch
            = AudioAlignment::find(g_reference, recording.mid(tailAt, WindowFrames),
                                   tail - SearchFrames, tail + SearchFrames);
    if (headMatch.correlation < 0.5 || tailMatch.correlation < 0.5) {
        result.problem = QStringLiteral("what was heard is not the span (r=%1, %2)")
                                 .arg(headMatch.correlation)
                                 .arg(tailMatch.correlation);
        return result;
    }
    result.ok = true;
    result.startMs = double(headMatch.offset - headAt + first - (head - 50 * PerMs)) / PerMs;
    result.endMs
            = double(tailMatch.offset - tailAt + end - (tail + 50 * PerMs + WindowFrames)) / PerMs;
    result.latencyMs = double(first - playedAt) / PerMs;
    return result;
}

// Records while `play` runs, then locates what was heard.
Result measure(const QString &sink, const Span &span, const std::function<bool(QString *)> &play)
{
    AudioRecorder recorder(sink);
    QString error;
    if (!recorder.start(&error))
        return {false, 0, 0, 0, error};
    const qint64 playedAt = recorder.samplesSoFar();
    const bool played = play(&error);
    QThread::msleep(300);
    const QVector<qint16> recording = recorder.stop();
    if (!played)
        return {false, 0, 0, 0, error};
    return analyse(recording, playedAt, span);
}

bool runProcess(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ")
                + QString::fromLocal8Bit(process.readAll()).trimmed();
        return false;
    }
    return true;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

struct Summary
{
    QVector<double> start, end, latency;
    int failures = 0;
};

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double worst(const QVector<double> &values)
{
    double result = 0;
    for (double value : values)
        result = std::abs(value) > std::abs(result) ? value : result;
    return result;
}

QString cell(const QVector<double> &values)
{
    if (values.isEmpty())
        return QStringLiteral("—");
    QVector<double> magnitudes;
    for (double value : values)
        magnitudes.append(std::abs(value));
    return QStringLiteral("%1 / %2")
            .arg(median(magnitudes), 0, 'f', 1)
            .arg(worst(values), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: bench_playback DATA_DIR RUNS CITECAST_BINARY\n");
        return 1;
    }
    const QDir data(arguments.at(1));
    const int runs = arguments.at(2).toInt();
    const QString citecast = arguments.at(3);
    const QString sink = qEnvironmentVariable("CITECAST_TEST_SINK");
    if (sink.isEmpty()) {
        std::fprintf(stderr, "no sound server: source scripts/lib/sound-server.sh and start it\n");
        return 1;
    }
    const QVector<qint16> minute
            = AudioFixtures::readRaw(data.filePath(QStringLiteral("ref60.raw")));
    if (minute.size() != PeriodFrames) {
        std::fprintf(stderr, "ref60.raw is missing or not one minute long\n");
        return 1;
    }
    g_reference = minute + minute + minute;
    // Seek indexes go to a fresh folder: the first play of each MP3 learns its index (cold).
    QTemporaryDir indexes;
    qputenv("CITECAST_SEEK_INDEX_DIR", indexes.path().toUtf8());

    std::map<QString, std::map<QString, Summary>> table; // player -> format -> summary
    auto note = [&table](const QString &player, const QString &format, const Result &result,
                         const char *where) {
        Summary &summary = table[player][format];
        if (!result.ok) {
            ++summary.failures;
            std::printf("  %s %s %s: %s\n", qPrintable(player), qPrintable(format), where,
                        qPrintable(result.problem));
            return;
        }
        summary.start.append(result.startMs);
        summary.end.append(result.endMs);
        summary.latency.append(result.latencyMs);
        std::printf("  %-22s %-9s %-6s start %+7.2f ms  end %+7.2f ms  first sound %6.1f ms\n",
                    qPrintable(player), qPrintable(format), where, result.startMs, result.endMs,
                    result.latencyMs);
        std::fflush(stdout);
    };
    auto citecastPlay = [&](const QString &file, const Span &span) {
        return [&citecast, file, span](QString *error) {
            return runProcess(citecast,
                              {QStringLiteral("play"), file, QStringLiteral("--from"),
                               QString::number(span.startMs), QStringLiteral("--to"),
                               QString::number(span.endMs)},
                              error);
        };
    };

    std::printf("cold: the first play of each file, its MP3 seek index not learned yet\n");
    for (const auto &format : Formats) {
        const QString name = QString::fromLatin1(format[0]);
        const QString file = data.filePath(QString::fromLatin1(format[1]));
        const Span &span = Spans[2];
        note(QStringLiteral("citecast play, cold"), name,
             measure(sink, span, citecastPlay(file, span)), span.where);
    }
    for (int run = 0; run < runs; ++run) {
        std::printf("run %d of %d\n", run + 1, runs);
        for (const auto &format : Formats) {
            const QString name = QString::fromLatin1(format[0]);
            const QString file = data.filePath(QString::fromLatin1(format[1]));
            for (const Span &span : Spans) {
                note(QStringLiteral("citecast play"), name,
                     measure(sink, span, citecastPlay(file, span)), span.where);
                note(QStringLiteral("mpv"), name,
                     measure(sink, span,
                             [file, span](QString *error) {
                                 return runProcess(
                                         QStringLiteral("mpv"),
                                         {QStringLiteral("--no-video"),
                                          QStringLiteral("--no-config"),
                                          QStringLiteral("--ao=pulse"),
                                          QStringLiteral("--start=") + seconds(span.startMs),
                                          QStringLiteral("--end=") + seconds(span.endMs), file},
                                         error);
                             }),
                     span.where);
                note(QStringLiteral("ClipPlayer in process"), name,
                     measure(sink, span,
                             [file, span](QString *error) {
                                 QTextStream errors(error);
                                 return HeadlessPlayback::run({file, span.startMs, span.endMs},
                                                              errors)
                                         == HeadlessPlayback::Played;
                             }),
                     span.where);
            }
        }
    }

    std::printf("\n| player | format | start error, median / worst (ms) | end error, median / "
                "worst (ms) | first sound, median / worst (ms) | failed "
                "|\n|---|---|---|---|---|---|\n");
    for (const auto &[player, formats] : table) {
        for (const auto &format : Formats) {
            const auto found = formats.find(QString::fromLatin1(format[0]));
            if (found == formats.end())
                continue;
            const Summary &summary = found->second;
            std::printf("| %s | %s | %s | %s | %s | %d |\n", qPrintable(player), format[0],
                        qPrintable(cell(summary.start)), qPrintable(cell(summary.end)),
                        qPrintable(cell(summary.latency)), summary.failures);
        }
    }
    return 0;
}
