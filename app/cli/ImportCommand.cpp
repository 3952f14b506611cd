#include "ImportCommand.h"

#include "EpisodeJson.h"
#include "domain/Counted.h"
#include "import/Importer.h"
#include "import/SampleLibrary.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

} // namespace

int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Imports episode pages and Citecast packs; each file is imported completely or "
               "not at all. Exit status 0 only when every file imported."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 tr("Episode pages (.txt) or Citecast packs (.json)."),
                                 QStringLiteral("PATH..."));
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
    Importer importer(database);
    for (const QString &path : paths)
        results << importer.importFile(path);

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
