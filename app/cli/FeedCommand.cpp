#include "FeedCommand.h"

#include "domain/TimeFormat.h"
#include "feeds/FeedJson.h"
#include "feeds/FeedParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace FeedCommand {

namespace {

constexpr int UsageError = 1;
constexpr int BadInput = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("FeedCommand", text);
}

bool isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// The JSON is UTF-8 already: written as it is to a file or pipe, not decoded and encoded again.
void writeUtf8(QTextStream &out, const QByteArray &utf8)
{
    out.flush();
    QIODevice *device = out.device();
    if (!device) {
        out << QString::fromUtf8(utf8);
        return;
    }
    device->write(utf8);
    if (QFileDevice *file = qobject_cast<QFileDevice *>(device))
        file->flush();
}

void printSummary(QTextStream &out, const Feed &feed)
{
    out << feed.show.title << QLatin1Char('\n');
    if (!feed.show.author.isEmpty())
        out << tr("By ") << feed.show.author << QLatin1Char('\n');
    out << tr("%1 episodes").arg(feed.episodes.size()) << QLatin1Char('\n');
    for (const FeedEpisode &episode : feed.episodes) {
        out << QStringLiteral("  ")
            << (episode.published.isValid() ? episode.published.date().toString(Qt::ISODate)
                                            : QStringLiteral("          "))
            << QStringLiteral("  ")
            << (episode.durationMs >= 0 ? TimeFormat::clock(episode.durationMs).rightJustified(8)
                                        : QString(8, QLatin1Char(' ')))
            << QStringLiteral("  ") << episode.title << QLatin1Char('\n');
    }
    for (const ImportError &warning : feed.warnings)
        out << tr("warning: ") << warning.toString() << QLatin1Char('\n');
}

int inspect(const QStringList &arguments, QTextStream &out, QTextStream &err, Fetch fetch)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Parses a podcast feed (a file or an http(s) URL) and prints what Citecast reads "
               "in it. Nothing is stored."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("feed"), tr("A feed file or URL."),
                                 QStringLiteral("FILE_OR_URL"));
    parser.addOption({QStringLiteral("json"), tr("Print the feed as JSON.")});
    parser.addOption({QStringLiteral("timeout"), tr("Give up a download after SECONDS."),
                      QStringLiteral("SECONDS"), QStringLiteral("30")});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << QLatin1Char('\n');
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("feed inspect: name one feed file or URL.") << QLatin1Char('\n');
        return UsageError;
    }
    const QString source = parser.positionalArguments().constFirst();
    QByteArray bytes;
    QUrl feedUrl;
    QFile file(source);
    if (isUrl(source)) {
        if (!fetch)
            return NeedsNetwork;
        const int timeout = parser.value(QStringLiteral("timeout")).toInt();
        const FeedDownload::Result download = fetch(QUrl(source), qMax(1, timeout) * 1000);
        if (!download.ok) {
            err << download.error << QLatin1Char('\n');
            return BadInput;
        }
        bytes = download.body;
        feedUrl = download.finalUrl;
    } else {
        if (!file.open(QIODevice::ReadOnly)) {
            err << tr("%1: cannot read the file (%2)").arg(source, file.errorString())
                << QLatin1Char('\n');
            return BadInput;
        }
        // Mapped rather than read: the parser reads the file's pages where they are (a third of
        // the memory the command touched was the copy). Pipes and empty files are read. (A file
        // truncated by another program while it is parsed ends the process, as with any mmap.)
        const qint64 size = file.size();
        if (const uchar *mapped = size > 0 ? file.map(0, size) : nullptr)
            bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size);
        else
            bytes = file.readAll();
        feedUrl = QUrl::fromLocalFile(QFileInfo(source).absoluteFilePath());
    }
    FeedParser::Options options;
    options.feedUrl = feedUrl;
    options.descriptionHtml = false; // neither output shows the HTML
    const Parsed<Feed> parsed = FeedParser::parse(bytes, source, options);
    if (!parsed.ok) {
        err << parsed.error.toString() << QLatin1Char('\n');
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("json")))
        writeUtf8(out, FeedJson::document(parsed.value));
    else
        printSummary(out, parsed.value);
    return 0;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err, Fetch fetch)
{
    const QString usage = tr("Usage: citecast feed inspect FILE_OR_URL [--json]");
    if (arguments.isEmpty() || arguments.constFirst() == QLatin1String("--help")
        || arguments.constFirst() == QLatin1String("-h")) {
        (arguments.isEmpty() ? err : out) << usage << QLatin1Char('\n');
        return arguments.isEmpty() ? UsageError : 0;
    }
    if (arguments.constFirst() != QLatin1String("inspect")) {
        err << tr("feed: unknown subcommand \u201c%1\u201d.").arg(arguments.constFirst())
            << QLatin1Char('\n') << usage << QLatin1Char('\n');
        return UsageError;
    }
    QStringList inspectArguments {QStringLiteral("citecast feed inspect")};
    inspectArguments += arguments.mid(1);
    return inspect(inspectArguments, out, err, fetch);
}

} // namespace FeedCommand
