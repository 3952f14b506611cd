#include "ImportCommand.h"

#include "EpisodeJson.h"
#include "domain/Counted.h"
#include "feeds/EpisodeAttachmentImport.h"
#include "feeds/FeedImport.h"
#include "feeds/ImportFormats.h"
#include "import/SampleLibrary.h"
#include "storage/Database.h"
#include "subscriptions/SubscriptionImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace ImportCommand {

namespace {

constexpr int UsageError = 1;
constexpr int BadInput = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

bool isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

ImportResult failed(const QString &path, const QString &format, const QString &message)
{
    ImportResult result;
    result.path = path;
    result.format = format;
    ImportError error;
    error.file = path;
    error.message = message;
    result.error = error;
    return result;
}

} // namespace

ImportResult importOpml(Database &database, const QString &path, const QByteArray &bytes)
{
    return SubscriptionImport::importOpml(database, path, bytes);
}

ImportResult importUrl(Database &database, const QString &url)
{
    return SubscriptionImport::importFeedUrl(database, url);
}

ImportResult importSource(Database &database, const QString &source, const QString &episode)
{
    if (isUrl(source))
        return importUrl(database, source);
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return failed(source, QString(), tr("cannot read the file: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();
    switch (ImportFormats::detect(bytes, source)) {
    case ImportFormats::Format::Page:
    case ImportFormats::Format::Pack:
        return Importer(database).importFile(source);
    case ImportFormats::Format::Feed:
        return FeedImport(database).importFeed(bytes, source, source);
    case ImportFormats::Format::Opml:
        return importOpml(database, source, bytes);
    case ImportFormats::Format::Chapters:
        return EpisodeAttachmentImport(database).importChapters(bytes, source, episode);
    case ImportFormats::Format::Transcript:
        return EpisodeAttachmentImport(database).importTranscript(bytes, source, episode);
    }
    return failed(source, QString(), tr("not a file Citecast can import"));
}

int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Imports episode pages, Citecast packs and podcast feeds, and attaches chapters "
               "files and transcripts to an episode. Each file is imported completely or not at "
               "all. Exit status 0 only when every file imported."));
    parser.addHelpOption();
    parser.addPositionalArgument(
            QStringLiteral("files"),
            tr("Episode pages (.txt), Citecast packs (.json), podcast feeds (RSS or Atom), "
               "chapters files (JSON), transcripts (SRT, WebVTT, JSON, HTML), feed addresses "
               "(http(s)://: subscribed to and fetched) or OPML lists (every feed subscribed "
               "to and fetched)."),
            QStringLiteral("FILE..."));
    const QCommandLineOption episode(
            QStringLiteral("episode"),
            tr("The episode (id or guid) that chapters files and transcripts belong to."),
            QStringLiteral("EPISODE"));
    parser.addOption(episode);
    parser.addOption({QStringLiteral("sample"), tr("Import the bundled sample episode.")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    if (!parser.parse(QStringList {QStringLiteral("citecast import")} + arguments)) {
        err << parser.errorText() << QLatin1Char('\n');
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty() && !parser.isSet(QStringLiteral("sample"))) {
        err << tr("import: name at least one file, or --sample.") << QLatin1Char('\n');
        return UsageError;
    }
    Database database(QStringLiteral("cli"));
    if (!database.open(libraryPath)) {
        err << database.errorString() << QLatin1Char('\n');
        return UsageError;
    }

    QVector<ImportResult> results;
    if (parser.isSet(QStringLiteral("sample")))
        results << SampleLibrary::import(database);
    for (const QString &path : paths)
        results << importSource(database, path, parser.value(episode));

    const bool json = parser.isSet(QStringLiteral("json"));
    bool allOk = true;
    QJsonArray files;
    for (const ImportResult &result : std::as_const(results)) {
        allOk = allOk && result.ok;
        files.append(EpisodeJson::importResult(result));
        if (json)
            continue;
        if (result.ok)
            out << tr("Imported %1 (%2): %3")
                            .arg(result.path, result.format,
                                 counted(result.episodeIds.size(), tr("episode"), tr("episodes")))
                << QLatin1Char('\n');
        else
            err << result.error->toString() << QLatin1Char('\n');
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("files"), files}})
                                         .toJson(QJsonDocument::Indented));
    return allOk ? 0 : BadInput;
}

} // namespace ImportCommand
