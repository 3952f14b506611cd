#include "BookmarksCommand.h"
#include "Subcommand.h"

#include "bookmarks/BookmarkDrafts.h"
#include "bookmarks/BookmarkExporter.h"
#include "bookmarks/BookmarkImporter.h"
#include "bookmarks/BookmarkJson.h"
#include "bookmarks/BookmarkListing.h"
#include "bookmarks/BookmarkStore.h"
#include "domain/Counted.h"
#include "domain/TimeFormat.h"
#include "storage/Database.h"
#include "storage/EpisodeReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>
#include <functional>

namespace BookmarksCommand {

namespace {

using Subcommand::BadInput;
using Subcommand::Context;
using Subcommand::openLibrary;
using Subcommand::parse;
using Subcommand::printJson;
using Subcommand::UsageError;

const QString Group = QStringLiteral("bookmarks");

QString tr(const char *text)
{
    return QCoreApplication::translate("BookmarksCommand", text);
}

int failWith(QTextStream &err, int code, const QString &message)
{
    return Subcommand::fail(err, Group, code, message);
}

std::optional<qint64> parseTime(const QString &text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms >= 0 ? std::optional<qint64>(ms) : std::nullopt;
    return text.contains(QLatin1Char(':')) ? TimeFormat::parseClock(text) : std::nullopt;
}

int list(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
         QTextStream &err)
{
    Context context {Group, out, err};
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the bookmarks as JSON."));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Only bookmarks with this tag."),
                                 QStringLiteral("T"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only bookmarks whose quote, note, episode or topic "
                                       "contains TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption episode(QStringLiteral("episode"),
                                     tr("Only bookmarks of this episode (id or guid)."),
                                     QStringLiteral("EPISODE"));
    const QCommandLineOption starred(QStringLiteral("starred"), tr("Only starred bookmarks."));
    if (const int code
        = parse(context, QStringLiteral("list"), arguments, {json, tag, search, episode, starred},
                QString(), tr("Lists the library's bookmarks, oldest first."));
        code >= 0)
        return code;
    if (const int code = openLibrary(context, libraryPath); code >= 0)
        return code;
    BookmarkFilter filter;
    filter.tag = context.parser.value(tag);
    filter.text = context.parser.value(search);
    filter.starredOnly = context.parser.isSet(starred);
    if (context.parser.isSet(episode)) {
        EpisodeReader reader(context.database.connection(), context.database.path());
        const std::optional<Episode> found = reader.findEpisode(context.parser.value(episode));
        // An orphan's guid still names its bookmarks.
        filter.episodeGuid = found ? found->guid : context.parser.value(episode);
    }
    BookmarkStore store(context.database.connection());
    const QVector<Bookmark> bookmarks = store.bookmarks(filter);
    if (context.parser.isSet(json)) {
        QJsonArray array;
        for (const Bookmark &b : bookmarks)
            array.append(BookmarkJson::toObject(b, true));
        printJson(out, QJsonDocument(array));
        return 0;
    }
    out << BookmarkListing::text(bookmarks);
    return 0;
}

// The draft the add options describe, or an exit code.
int draftFor(Context &context, const EpisodeContent &content, Bookmark *draft)
{
    const QCommandLineParser &parser = context.parser;
    const bool byCitation = parser.isSet(QStringLiteral("citation"));
    const bool byClip = parser.isSet(QStringLiteral("clip"));
    const bool bySpan = parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"));
    if (int(byCitation) + int(byClip) + int(bySpan) != 1)
        return failWith(context.err, UsageError,
                        tr("add: give one of --citation N, --clip ID, or --from MS --to MS."));
    const QString title = content.episode.title;
    if (byCitation) {
        bool ok = false;
        const int number = parser.value(QStringLiteral("citation")).toInt(&ok);
        const std::optional<Bookmark> insight
                = ok ? BookmarkDrafts::insightForCitation(content, number) : std::nullopt;
        if (!insight)
            return failWith(context.err, BadInput,
                            tr("citation %1 not found in episode \u201c%2\u201d.")
                                    .arg(parser.value(QStringLiteral("citation")), title));
        *draft = *insight;
    } else if (byClip) {
        bool ok = false;
        const Clip *clip = content.clipById(parser.value(QStringLiteral("clip")).toLongLong(&ok));
        if (!ok || !clip)
            return failWith(context.err, BadInput,
                            tr("clip %1 not found in episode \u201c%2\u201d.")
                                    .arg(parser.value(QStringLiteral("clip")), title));
        *draft = BookmarkDrafts::clip(content, *clip);
    } else {
        const std::optional<qint64> from = parseTime(parser.value(QStringLiteral("from")));
        const std::optional<qint64> to = parseTime(parser.value(QStringLiteral("to")));
        if (!from || !to || *to <= *from)
            return failWith(context.err, BadInput,
                            tr("--from MS --to MS must be a span: two times in milliseconds (or "
                               "like 1:05.250), the second after the first."));
        *draft = BookmarkDrafts::range(content, *from, *to);
    }
    return -1;
}

int add(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err)
{
    Context context {Group, out, err};
    const QList<QCommandLineOption> options {
            {QStringLiteral("citation"), tr("An insight: citation N's sentence and clip."),
             QStringLiteral("N")},
            {QStringLiteral("clip"), tr("A clip, by the id `citecast show --json` prints."),
             QStringLiteral("ID")},
            {QStringLiteral("from"), tr("Start of a span, in ms (or a time like 1:05.250)."),
             QStringLiteral("MS")},
            {QStringLiteral("to"), tr("End of the span."), QStringLiteral("MS")},
            {QStringLiteral("note"), tr("A note (may span lines)."), QStringLiteral("TEXT")},
            {QStringLiteral("tag"), tr("A tag; repeat for more."), QStringLiteral("T")},
            {QStringLiteral("quote"), tr("The quoted text (default: the sentence or clip's)."),
             QStringLiteral("TEXT")},
            {QStringLiteral("star"), tr("Star the bookmark.")},
            {QStringLiteral("json"), tr("Print the bookmark as JSON.")}};
    if (const int code
        = parse(context, QStringLiteral("add"), arguments, options, QStringLiteral("EPISODE"),
                tr("Bookmarks an insight (--citation N), a clip (--clip ID) or a "
                   "span (--from MS --to MS) of an episode; saved at once."));
        code >= 0)
        return code;
    if (context.parser.positionalArguments().size() != 1)
        return failWith(err, UsageError, tr("add: name one episode by id or guid."));
    if (const int code = openLibrary(context, libraryPath); code >= 0)
        return code;
    const QString wanted = context.parser.positionalArguments().constFirst();
    EpisodeReader reader(context.database.connection(), context.database.path());
    const std::optional<Episode> episode = reader.findEpisode(wanted);
    const std::optional<EpisodeContent> content
            = episode ? reader.content(episode->id) : std::nullopt;
    if (!content)
        return failWith(err, BadInput,
                        tr("episode \u201c%1\u201d not found in %2 (see `citecast episodes`).")
                                .arg(wanted, context.database.path()));
    Bookmark draft;
    if (const int code = draftFor(context, *content, &draft); code >= 0)
        return code;
    draft.note = context.parser.value(QStringLiteral("note"));
    draft.tags = context.parser.values(QStringLiteral("tag"));
    draft.starred = context.parser.isSet(QStringLiteral("star"));
    if (context.parser.isSet(QStringLiteral("quote")))
        draft.quote = context.parser.value(QStringLiteral("quote"));

    BookmarkStore store(context.database.connection());
    const std::optional<Bookmark> stored = store.add(draft);
    if (!stored)
        return failWith(err, UsageError,
                        tr("could not save the bookmark: %1").arg(store.errorString()));
    if (context.parser.isSet(QStringLiteral("json")))
        printJson(out, QJsonDocument(BookmarkJson::toObject(*stored, true)));
    else
        out << tr("Added bookmark %1.").arg(stored->id) << QLatin1Char('\n');
    out.flush();
    std::fflush(stdout);
    const int pauseMs = qEnvironmentVariableIntValue(PauseAfterWriteVariable);
    if (pauseMs > 0)
        QThread::msleep(static_cast<unsigned long>(pauseMs));
    return 0;
}

int remove(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
           QTextStream &err)
{
    Context context {Group, out, err};
    if (const int code
        = parse(context, QStringLiteral("remove"), arguments, {}, QStringLiteral("ID"),
                tr("Deletes a bookmark, by the id `bookmarks list` prints."));
        code >= 0)
        return code;
    bool ok = false;
    const qint64 id = context.parser.positionalArguments().value(0).toLongLong(&ok);
    if (context.parser.positionalArguments().size() != 1 || !ok)
        return failWith(err, UsageError, tr("remove: name one bookmark by its id."));
    if (const int code = openLibrary(context, libraryPath); code >= 0)
        return code;
    BookmarkStore store(context.database.connection());
    if (!store.bookmark(id))
        return failWith(err, BadInput,
                        tr("there is no bookmark %1 (see `citecast bookmarks list`).").arg(id));
    if (!store.remove(id))
        return failWith(err, UsageError, store.errorString());
    out << tr("Removed bookmark %1.").arg(id) << QLatin1Char('\n');
    return 0;
}

int exportBookmarks(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
                    QTextStream &err)
{
    Context context {Group, out, err};
    const QCommandLineOption format(QStringLiteral("format"), tr("md, json, csv or soundbite."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(
            QStringLiteral("output"),
            tr("Write to PATH instead of standard output. With md: a folder gets one note per "
               "episode, a file ending in .md one note with all."),
            QStringLiteral("PATH"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 tr("csv: start with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption tag(QStringLiteral("tag"), tr("Only bookmarks with this tag."),
                                 QStringLiteral("T"));
    if (const int code
        = parse(context, QStringLiteral("export"), arguments, {format, output, bom, tag}, QString(),
                tr("Exports the bookmarks as Markdown, JSON (lossless; `bookmarks "
                   "import` reads it back), CSV or Podcasting 2.0 soundbites."));
        code >= 0)
        return code;
    const std::optional<BookmarkExporter::Format> chosen
            = BookmarkExporter::formatFromName(context.parser.value(format));
    if (!chosen)
        return failWith(err, UsageError,
                        tr("export: --format must be md, json, csv or soundbite."));
    if (const int code = openLibrary(context, libraryPath); code >= 0)
        return code;
    BookmarkStore store(context.database.connection());
    BookmarkFilter filter;
    filter.tag = context.parser.value(tag);
    const QVector<Bookmark> bookmarks = store.bookmarks(filter);
    BookmarkExporter::Options options;
    options.csvByteOrderMark = context.parser.isSet(bom);
    if (!context.parser.isSet(output)) {
        out.flush();
        const QByteArray bytes = BookmarkExporter::document(bookmarks, *chosen, options);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    BookmarkExporter exporter;
    if (!exporter.write(bookmarks, *chosen, context.parser.value(output), options))
        return failWith(err, UsageError, exporter.errorString());
    out << tr("Exported %1 to %2.")
                    .arg(counted(bookmarks.size(), tr("bookmark"), tr("bookmarks")),
                         counted(exporter.writtenFiles().size(), tr("file"), tr("files")))
        << QLatin1Char('\n');
    return 0;
}

int importBookmarks(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
                    QTextStream &err)
{
    Context context {Group, out, err};
    if (const int code
        = parse(context, QStringLiteral("import"), arguments, {}, QStringLiteral("FILE.json"),
                tr("Imports a JSON export: all of it or, on any error, nothing. "
                   "Bookmarks already in the library (same uid) are not added "
                   "again; a newer copy in the file replaces the library's."));
        code >= 0)
        return code;
    if (context.parser.positionalArguments().size() != 1)
        return failWith(err, UsageError, tr("import: name one bookmarks file (.json)."));
    if (const int code = openLibrary(context, libraryPath); code >= 0)
        return code;
    BookmarkStore store(context.database.connection());
    const BookmarkImporter::Result result
            = BookmarkImporter(store).importFile(context.parser.positionalArguments().constFirst());
    if (!result.ok) {
        err << result.error->toString() << QLatin1Char('\n');
        return BadInput;
    }
    out << tr("Imported %1: %2 added, %3 updated, %4 already there.")
                    .arg(counted(result.counts.added + result.counts.updated
                                         + result.counts.unchanged,
                                 tr("bookmark"), tr("bookmarks")))
                    .arg(result.counts.added)
                    .arg(result.counts.updated)
                    .arg(result.counts.unchanged)
        << QLatin1Char('\n');
    return 0;
}

} // namespace

QString helpText()
{
    return tr("Usage: citecast [--library PATH] bookmarks SUBCOMMAND [OPTIONS]\n"
              "\n"
              "Subcommands:\n"
              "  list [--json] [--tag T] [--search TEXT] [--episode EPISODE] [--starred]\n"
              "  add EPISODE (--citation N | --clip ID | --from MS --to MS) [--note TEXT]\n"
              "      [--tag T]... [--quote TEXT] [--star] [--json]\n"
              "  remove ID\n"
              "  export --format md|json|csv|soundbite [--output PATH] [--bom] [--tag T]\n"
              "  import FILE.json\n"
              "\n"
              "SUBCOMMAND --help shows its options. EPISODE is the id or guid that\n"
              "`citecast episodes --json` prints; ID is the id `bookmarks list` prints.\n"
              "\n"
              "Exit status: 0 done, 1 bad usage or library, 2 bad input (unknown episode,\n"
              "citation, clip or bookmark, bad span, a file that does not import).\n");
}

int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err)
{
    using Subcommand = std::function<int(const QStringList &, const QString &, QTextStream &,
                                         QTextStream &)>;
    const QList<QPair<QString, Subcommand>> subcommands {
            {QStringLiteral("list"), list},
            {QStringLiteral("add"), add},
            {QStringLiteral("remove"), remove},
            {QStringLiteral("export"), exportBookmarks},
            {QStringLiteral("import"), importBookmarks}};
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")) {
        (first.isEmpty() ? err : out) << helpText();
        return first.isEmpty() ? UsageError : 0;
    }
    for (const auto &[name, subcommand] : subcommands) {
        if (name == first)
            return subcommand(arguments.mid(1), libraryPath, out, err);
    }
    err << tr("bookmarks: unknown subcommand \u201c%1\u201d.").arg(first) << QLatin1Char('\n')
        << helpText();
    return UsageError;
}

} // namespace BookmarksCommand
