#include "CommandLine.h"

#include "BookmarksCommand.h"
#include "EpisodeJson.h"
#include "FeedCommand.h"
#include "ImportCommand.h"
#include "OpmlCommand.h"
#include "PlayCommand.h"
#include "SearchCommand.h"
#include "SubscriptionsCommand.h"
#include "domain/TimeFormat.h"
#include "storage/Database.h"
#include "storage/EpisodeReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace CommandLine {

namespace {

const QStringList commands
        = {QStringLiteral("import"), QStringLiteral("episodes"),      QStringLiteral("show"),
           QStringLiteral("play"),   QStringLiteral("feed"),          QStringLiteral("bookmarks"),
           QStringLiteral("search"), QStringLiteral("subscriptions"), QStringLiteral("opml")};

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, disambiguation, n);
}

// Index of the command word: the first argument that is not --library PATH or its value.
int commandIndex(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--library")) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1String("-")))
            continue;
        return i;
    }
    return -1;
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document
            = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

// Parses a command's own options; prints help and exits for --help.
bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                  QTextStream &err)
{
    parser.setApplicationDescription(usage);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err << parser.errorText() << QLatin1Char('\n');
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        ::exit(0);
    }
    return true;
}

bool openLibrary(Database &database, const QString &path, QTextStream &err)
{
    if (database.open(path))
        return true;
    err << database.errorString() << QLatin1Char('\n');
    return false;
}

int episodesCommand(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
                    QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print the episodes as JSON.")});
    if (!parseOptions(parser, arguments, tr("Lists the library's episodes."), err))
        return 1;
    Database database(QStringLiteral("cli"));
    if (!openLibrary(database, libraryPath, err))
        return 1;
    EpisodeReader reader(database.connection(), database.path());
    const QVector<Episode> episodes = reader.episodes();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Episode &episode : episodes)
            array.append(EpisodeJson::summary(episode));
        printJson(out, array);
        return 0;
    }
    for (const Episode &episode : episodes) {
        out << QStringLiteral("%1  %2  %3%4\n")
                        .arg(episode.id, 4)
                        .arg(episode.number >= 0 ? QStringLiteral("Ep %1").arg(episode.number, -4)
                                                 : QStringLiteral("       "))
                        .arg(episode.title)
                        .arg(episode.knownOnlyByTitle ? tr("  (known only by title)")
                                                      : QStringLiteral("  ")
                                             + TimeFormat::duration(episode.durationMs));
    }
    return 0;
}

void printContent(QTextStream &out, const EpisodeContent &content, const QString &audio)
{
    const Episode &episode = content.episode;
    out << (episode.number >= 0 ? QStringLiteral("Ep %1: ").arg(episode.number) : QString())
        << episode.title << QLatin1Char('\n');
    if (!episode.show.isEmpty())
        out << tr("Show: ") << episode.show << QLatin1Char('\n');
    if (!episode.guests.isEmpty())
        out << tr("Guests: ") << episode.guests.join(QStringLiteral(", ")) << QLatin1Char('\n');
    if (episode.durationMs >= 0)
        out << tr("Duration: ") << TimeFormat::clock(episode.durationMs) << QLatin1Char('\n');
    out << tr("Audio: ") << (audio.isEmpty() ? tr("none") : audio) << QLatin1Char('\n');
    QStringList others; // a feed's hosts and crew; guests are listed above
    for (const EpisodePerson &person : episode.persons) {
        if (person.role != QLatin1String("guest"))
            others << QStringLiteral("%1 (%2)").arg(person.name, person.role);
    }
    if (!others.isEmpty())
        out << tr("With: ") << others.join(QStringLiteral(", ")) << QLatin1Char('\n');
    if (content.transcript.isAvailable())
        out << tr("Transcript: %1 cues (%2)")
                        .arg(content.transcript.segmentCount)
                        .arg(content.transcript.format)
            << QLatin1Char('\n');
    for (const Topic &topic : content.topics) {
        out << QLatin1Char('\n') << topic.title << QLatin1Char('\n');
        for (const Citation &citation : topic.citations) {
            const Clip *clip = content.clipById(citation.clipId);
            out << QStringLiteral("  [%1] ").arg(citation.number)
                << (clip ? TimeFormat::span(clip->startMs, clip->endMs) : tr("no audio yet"))
                << QStringLiteral("  ") << citation.sentence << QLatin1Char('\n');
        }
    }
    bool chapterHeading = false;
    for (const Clip &clip : content.clips) {
        if (clip.kind != ClipKind::Chapter)
            continue;
        if (!chapterHeading)
            out << QLatin1Char('\n') << tr("Chapters") << QLatin1Char('\n');
        chapterHeading = true;
        out << QStringLiteral("  ") << TimeFormat::span(clip.startMs, clip.endMs)
            << QStringLiteral("  ") << clip.title << QLatin1Char('\n');
    }
    if (!content.related.isEmpty()) {
        out << QLatin1Char('\n') << tr("Related episodes") << QLatin1Char('\n');
        for (const RelatedEpisode &related : content.related)
            out << QStringLiteral("  ") << related.title << QLatin1Char('\n');
    }
}

int showCommand(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
                QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("episode"), tr("The episode's id or guid."),
                                 QStringLiteral("EPISODE"));
    parser.addOption({QStringLiteral("json"), tr("Print the episode as JSON.")});
    if (!parseOptions(parser, arguments,
                      tr("Shows one episode: topics, citations and their clips, highlights, "
                         "questions and related episodes."),
                      err))
        return 1;
    if (parser.positionalArguments().size() != 1) {
        err << tr("show: name one episode by id or guid (see `citecast episodes`).")
            << QLatin1Char('\n');
        return 1;
    }
    Database database(QStringLiteral("cli"));
    if (!openLibrary(database, libraryPath, err))
        return 1;
    EpisodeReader reader(database.connection(), database.path());
    const QString wanted = parser.positionalArguments().constFirst();
    const std::optional<Episode> episode = reader.findEpisode(wanted);
    const std::optional<EpisodeContent> content
            = episode ? reader.content(episode->id) : std::nullopt;
    if (!content) {
        err << tr("No episode \u201c%1\u201d in %2.").arg(wanted, database.path())
            << QLatin1Char('\n');
        return 2;
    }
    const QString audio = reader.resolvedAudio(content->episode.audio);
    if (parser.isSet(QStringLiteral("json")))
        printJson(out, EpisodeJson::content(*content, audio));
    else
        printContent(out, *content, audio);
    return 0;
}

} // namespace

QString commandOf(const QStringList &arguments)
{
    const int index = commandIndex(arguments);
    return index < 0 ? QString() : arguments.at(index);
}

QString libraryOf(const QStringList &arguments)
{
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--library"))
            return arguments.at(i + 1);
    }
    return Database::defaultPath();
}

bool isGlobalHelp(const QStringList &arguments)
{
    return commandIndex(arguments) < 0
            && (arguments.contains(QStringLiteral("--help"))
                || arguments.contains(QStringLiteral("-h"))
                || arguments.contains(QStringLiteral("--version")));
}

QString globalHelp()
{
    return tr("Usage: citecast [--library PATH] [COMMAND [OPTIONS]]\n"
              "\n"
              "Browse what podcast episodes say and hear the exact seconds behind every claim.\n"
              "Without a command, the window opens (on an empty library it imports the sample).\n"
              "\n"
              "Options:\n"
              "  --library PATH   The library file (default: %1)\n"
              "  -h, --help       This help; COMMAND --help shows a command's own options\n"
              "  --version        The version\n"
              "\n"
              "Commands:\n"
              "  import FILE...   Import episode pages (.txt, with NAME.citecast.json beside),\n"
              "                   Citecast packs (.json), podcast feeds (files or URLs) and\n"
              "                   OPML lists; chapters files and transcripts with --episode\n"
              "                   EPISODE; --sample imports the bundled sample\n"
              "  episodes         List the episodes (--json)\n"
              "  show EPISODE     Show an episode's topics, citations and clips (--json)\n"
              "  play EPISODE --citation N | --clip ID | --from MS --to MS\n"
              "                   Play a span of an episode and exit at its end\n"
              "  play FILE --from MS --to MS\n"
              "                   Play a span of any audio file\n"
              "  feed inspect FILE_OR_URL\n"
              "                   Parse a podcast feed and print what it holds (--json)\n"
              "  bookmarks list|add|remove|export|import\n"
              "                   List, add, remove, export (md, json, csv, soundbite) and\n"
              "                   import bookmarks; bookmarks --help for more\n"
              "  search QUERY     Search titles, guests, topics, transcripts, bookmarks...:\n"
              "                   words, \"a phrase\", guest:NAME, show:NAME, tag:TAG\n"
              "                   (--json, --limit N; --rebuild rebuilds the index)\n"
              "  subscriptions list|add URL|remove ID|refresh [ID]\n"
              "                   Follow podcast feeds and refresh them (--json);\n"
              "                   subscriptions --help for more\n"
              "  opml export [--output FILE] | opml import FILE\n"
              "                   Subscriptions to and from OPML (folders kept)\n"
              "\n"
              "EPISODE is the id or guid that `citecast episodes --json` prints.\n"
              "See docs/CLI.md for the JSON shapes.\n")
            .arg(Database::defaultPath());
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (isGlobalHelp(arguments)) {
        if (arguments.contains(QStringLiteral("--version")))
            out << QStringLiteral("citecast %1\n").arg(QStringLiteral(CITECAST_VERSION));
        else
            out << globalHelp();
        return 0;
    }
    const int index = commandIndex(arguments);
    if (index < 0) {
        err << globalHelp();
        return 1;
    }
    const QString command = arguments.at(index);
    if (!commands.contains(command)) {
        err << tr("Unknown command \u201c%1\u201d.").arg(command) << QLatin1Char('\n')
            << globalHelp();
        return 1;
    }
    const QString library = libraryOf(arguments);
    // The command's parser sees "citecast COMMAND ARGS..." (without --library).
    QStringList commandArguments {arguments.constFirst() + QLatin1Char(' ') + command};
    commandArguments += arguments.mid(index + 1);
    if (command == QLatin1String("import"))
        return ImportCommand::run(arguments.mid(index + 1), library, out, err);
    if (command == QLatin1String("episodes"))
        return episodesCommand(commandArguments, library, out, err);
    if (command == QLatin1String("show"))
        return showCommand(commandArguments, library, out, err);
    if (command == QLatin1String("bookmarks"))
        return BookmarksCommand::run(arguments.mid(index + 1), library, out, err);
    if (command == QLatin1String("subscriptions"))
        return SubscriptionsCommand::run(arguments.mid(index + 1), library, out, err);
    if (command == QLatin1String("opml"))
        return OpmlCommand::run(arguments.mid(index + 1), library, out, err);
    if (command == QLatin1String("search"))
        return SearchCommand::run(arguments.mid(index + 1), library, out, err);
    if (command == QLatin1String("feed"))
        return FeedCommand::run(arguments.mid(index + 1), out, err);
    return PlayCommand::run(arguments.mid(index + 1), library, out, err);
}

} // namespace CommandLine
