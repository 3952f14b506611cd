#include "PlayCommand.h"

#include "domain/TimeFormat.h"
#include "playback/HeadlessPlayback.h"
#include "storage/Database.h"
#include "storage/EpisodeReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace PlayCommand {

namespace {

// Exit codes beside HeadlessPlayback's 0 (played), 2 (bad input) and 3 (no output device).
constexpr int UsageError = 1;
constexpr int BadInput = HeadlessPlayback::BadInput;

QString tr(const char *text)
{
    return QCoreApplication::translate("PlayCommand", text);
}

int failWith(QTextStream &err, int code, const QString &message)
{
    err << QStringLiteral("play: ") << message << QLatin1Char('\n');
    return code;
}

// Milliseconds as a plain number, or a clock time such as 1:05.250.
std::optional<qint64> parseTime(const QString &text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms >= 0 ? std::optional<qint64>(ms) : std::nullopt;
    if (text.contains(QLatin1Char(':')))
        return TimeFormat::parseClock(text);
    return std::nullopt;
}

bool isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// Whether the user most likely meant a file (so "not found" should say "file").
bool looksLikePath(const QString &text)
{
    static const QStringList extensions
            = {QStringLiteral("mp3"),  QStringLiteral("m4a"),  QStringLiteral("aac"),
               QStringLiteral("ogg"),  QStringLiteral("opus"), QStringLiteral("wav"),
               QStringLiteral("flac"), QStringLiteral("mp4")};
    return text.contains(QLatin1Char('/'))
            || extensions.contains(QFileInfo(text).suffix(), Qt::CaseInsensitive);
}

bool hasCitation(const EpisodeContent &content, int number)
{
    for (const Topic &topic : content.topics) {
        for (const Citation &citation : topic.citations) {
            if (citation.number == number)
                return true;
        }
    }
    return false;
}

QString spanText(const PlaybackRequest &request)
{
    if (request.endMs < 0)
        return tr("from %1 to the end").arg(TimeFormat::clock(request.startMs, true));
    return tr("%1 to %2")
            .arg(TimeFormat::clock(request.startMs, true), TimeFormat::clock(request.endMs, true));
}

// Whether the library holds an episode with this id or guid (guids are often URLs).
bool isEpisode(const QString &wanted, const QString &libraryPath)
{
    if (!QFileInfo::exists(libraryPath))
        return false;
    Database database(QStringLiteral("cli"));
    return database.open(libraryPath)
            && EpisodeReader(database.connection(), database.path()).findEpisode(wanted);
}

struct Selection
{
    std::optional<int> citation;
    std::optional<qint64> clipId;
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
};

// Resolves EPISODE and the selection to a request; returns an exit code on failure, else -1.
int requestForEpisode(const QString &wanted, const QString &libraryPath, const Selection &selection,
                      PlaybackRequest *request, QTextStream &err)
{
    if (!QFileInfo::exists(libraryPath)) {
        if (looksLikePath(wanted))
            return failWith(err, BadInput, tr("the audio file '%1' does not exist.").arg(wanted));
        return failWith(err, BadInput,
                        tr("episode '%1' not found: there is no library at %2 yet.")
                                .arg(wanted, libraryPath));
    }
    Database database(QStringLiteral("cli"));
    if (!database.open(libraryPath))
        return failWith(err, UsageError, database.errorString());
    EpisodeReader reader(database.connection(), database.path());
    const std::optional<Episode> episode = reader.findEpisode(wanted);
    const std::optional<EpisodeContent> content
            = episode ? reader.content(episode->id) : std::nullopt;
    if (!content) {
        if (looksLikePath(wanted))
            return failWith(err, BadInput, tr("the audio file '%1' does not exist.").arg(wanted));
        return failWith(err, BadInput,
                        tr("episode '%1' not found in %2 (see `citecast episodes`).")
                                .arg(wanted, database.path()));
    }
    const QString title = content->episode.title;
    request->episodeId = content->episode.id;
    request->title = title;
    if (selection.citation) {
        const int number = *selection.citation;
        const Clip *clip = content->citationClip(number);
        if (!clip && !hasCitation(*content, number)) {
            return failWith(err, BadInput,
                            tr("citation %1 not found in episode '%2'.").arg(number).arg(title));
        }
        if (!clip || clip->endMs <= clip->startMs) {
            return failWith(err, BadInput,
                            tr("citation %1 of '%2' has no audio yet (the page gave no clip "
                               "times).")
                                    .arg(number)
                                    .arg(title));
        }
        request->startMs = clip->startMs;
        request->endMs = clip->endMs;
        request->clipId = clip->id;
        request->title = clip->title.isEmpty() ? tr("Citation %1 of %2").arg(number).arg(title)
                                               : clip->title;
    } else if (selection.clipId) {
        const Clip *clip = content->clipById(*selection.clipId);
        if (!clip) {
            return failWith(
                    err, BadInput,
                    tr("clip %1 not found in episode '%2'.").arg(*selection.clipId).arg(title));
        }
        request->startMs = clip->startMs;
        request->endMs = clip->endMs;
        request->clipId = clip->id;
        if (!clip->title.isEmpty())
            request->title = clip->title;
    } else {
        request->startMs = selection.fromMs.value_or(0);
        request->endMs = selection.toMs.value_or(-1);
    }
    request->source = reader.resolvedAudio(content->episode.audio);
    if (request->source.isEmpty()) {
        return failWith(
                err, BadInput,
                tr("the episode has no audio ('%1' names no audio file or URL).").arg(title));
    }
    return -1;
}

} // namespace

QString helpText()
{
    return tr("Usage: citecast [--library PATH] play EPISODE (--citation N | --clip ID | --from MS "
              "[--to MS])\n"
              "       citecast play AUDIO_FILE [--from MS] [--to MS]\n"
              "\n"
              "Plays exactly one span of an episode's audio (or of any audio file) on the default\n"
              "output and exits when it ends.\n"
              "\n"
              "EPISODE is the id or guid that `citecast episodes --json` prints.\n"
              "\n"
              "Options:\n"
              "  --citation N   The clip that citation marker N of the episode page cites\n"
              "  --clip ID      A stored clip, by id\n"
              "  --from MS      Start of the span, in milliseconds (or a time such as 1:05.250)\n"
              "  --to MS        End of the span (default: the end of the audio)\n"
              "  --speed X      Playback speed from 0.5 to 3, pitch kept (default 1)\n"
              "  -h, --help     This help\n"
              "\n"
              "Exit status: 0 played, 1 bad usage or unreadable library, 2 bad input (unknown\n"
              "episode, citation or clip, missing or undecodable audio, bad span), 3 no audio\n"
              "output device.\n");
}

int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err)
{
    return run(arguments, libraryPath, out, err,
               [](const PlaybackRequest &request, const HeadlessPlayback::Options &options,
                  QTextStream &errors) { return HeadlessPlayback::run(request, errors, options); });
}

int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err, const Player &player)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption citation(QStringLiteral("citation"), QString(), QStringLiteral("N"));
    const QCommandLineOption clip(QStringLiteral("clip"), QString(), QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("MS"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("MS"));
    const QCommandLineOption speed(QStringLiteral("speed"), QString(), QStringLiteral("X"));
    parser.addOptions({help, citation, clip, from, to, speed});
    parser.addPositionalArgument(QStringLiteral("target"), QString());
    if (!parser.parse(QStringList {QStringLiteral("citecast play")} + arguments))
        return failWith(err, UsageError, parser.errorText() + QStringLiteral(" (see --help)"));
    if (parser.isSet(help)) {
        out << helpText();
        return 0;
    }
    HeadlessPlayback::Options options;
    if (parser.isSet(speed)) {
        bool ok = false;
        options.speed = parser.value(speed).toDouble(&ok);
        if (!ok || !(options.speed >= 0.5 && options.speed <= 3.0)) {
            return failWith(err, UsageError,
                            tr("--speed needs a number from 0.5 to 3 (such as 1.5), not '%1'.")
                                    .arg(parser.value(speed)));
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return failWith(err, UsageError,
                        tr("name one episode (id or guid) or one audio file (see --help)."));
    }

    Selection selection;
    if (parser.isSet(citation)) {
        bool ok = false;
        selection.citation = parser.value(citation).toInt(&ok);
        if (!ok || *selection.citation < 1) {
            return failWith(err, UsageError,
                            tr("--citation needs a citation number such as 4, not '%1'.")
                                    .arg(parser.value(citation)));
        }
    }
    if (parser.isSet(clip)) {
        bool ok = false;
        selection.clipId = parser.value(clip).toLongLong(&ok);
        if (!ok || *selection.clipId < 1) {
            return failWith(
                    err, UsageError,
                    tr("--clip needs a clip id such as 12, not '%1'.").arg(parser.value(clip)));
        }
    }
    for (const auto &[option, value] :
         {std::make_pair(&from, &selection.fromMs), std::make_pair(&to, &selection.toMs)}) {
        if (!parser.isSet(*option))
            continue;
        *value = parseTime(parser.value(*option));
        if (!*value) {
            return failWith(err, UsageError,
                            tr("--%1 needs milliseconds (such as 15000) or a time (such as "
                               "0:15.000), not '%2'.")
                                    .arg(option->names().constFirst(), parser.value(*option)));
        }
    }
    const int selectors = int(selection.citation.has_value()) + int(selection.clipId.has_value())
            + int(selection.fromMs || selection.toMs);
    if (selectors > 1) {
        return failWith(err, UsageError, tr("use only one of --citation, --clip and --from/--to."));
    }
    if (selection.fromMs && selection.toMs && *selection.toMs <= *selection.fromMs) {
        return failWith(err, BadInput,
                        tr("the span %1 is empty or reversed: --to must be after "
                           "--from.")
                                .arg(TimeFormat::span(*selection.fromMs, *selection.toMs)));
    }

    const QString target = positional.constFirst();
    const QFileInfo file(target);
    const bool episodeSelector = selection.citation || selection.clipId;
    PlaybackRequest request;
    if (file.isFile() || (isUrl(target) && !episodeSelector && !isEpisode(target, libraryPath))) {
        if (episodeSelector) {
            return failWith(err, UsageError,
                            tr("--citation and --clip need an episode, but '%1' is an audio file.")
                                    .arg(target));
        }
        request.source = file.isFile() ? file.absoluteFilePath() : target;
        request.title = file.isFile() ? file.fileName() : target;
        request.startMs = selection.fromMs.value_or(0);
        request.endMs = selection.toMs.value_or(-1);
    } else {
        if (selectors == 0) {
            return failWith(err, UsageError,
                            tr("say what to play of episode '%1': --citation N, --clip ID or "
                               "--from MS --to MS.")
                                    .arg(target));
        }
        const int code = requestForEpisode(target, libraryPath, selection, &request, err);
        if (code >= 0)
            return code;
    }
    if (qFuzzyCompare(options.speed, 1.0)) {
        out << tr("Playing %1, %2.").arg(request.title, spanText(request)) << Qt::endl;
    } else {
        out << tr("Playing %1, %2, at %3x.")
                        .arg(request.title, spanText(request), QString::number(options.speed))
            << Qt::endl;
    }
    return player(request, options, err);
}

} // namespace PlayCommand
