#include "OpmlCommand.h"

#include "domain/Counted.h"
#include "storage/Database.h"
#include "subscriptions/OpmlSubscriptions.h"
#include "subscriptions/SubscriptionStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace OpmlCommand {

namespace {

constexpr int UsageError = 1;
constexpr int BadInput = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("OpmlCommand", text);
}

int failWith(QTextStream &err, int code, const QString &message)
{
    err << QStringLiteral("opml: ") << message << QLatin1Char('\n');
    return code;
}

// Parses "opml SUB ARGS..."; -1 to go on, else the exit code (help printed, bad usage).
int parse(QCommandLineParser &parser, const QString &sub, const QStringList &arguments,
          const QString &description, QTextStream &out, QTextStream &err)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("citecast opml ") + sub} + arguments))
        return failWith(err, UsageError,
                        parser.errorText() + QStringLiteral(" (see opml %1 --help)").arg(sub));
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    return -1;
}

int exportOpml(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
               QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    if (const int code = parse(parser, QStringLiteral("export"), arguments,
                               tr("Writes the subscriptions as OPML 2.0, folders as nested "
                                  "outlines."),
                               out, err);
        code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return failWith(err, UsageError,
                        tr("export takes no arguments; --output FILE names "
                           "the file"));
    Database database(QStringLiteral("cli"));
    if (!database.open(libraryPath))
        return failWith(err, UsageError, database.errorString());
    SubscriptionStore store(database.connection());
    const QVector<SubscriptionRecord> records = store.list();
    if (!store.errorString().isEmpty())
        return failWith(err, UsageError, store.errorString());
    const QByteArray opml = OpmlSubscriptions::exportOpml(records);
    if (!parser.isSet(output)) {
        out << QString::fromUtf8(opml);
        return 0;
    }
    // Written whole or not at all.
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit())
        return failWith(err, UsageError,
                        tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
    err << tr("Exported %1 to %2")
                    .arg(counted(records.size(), tr("subscription"), tr("subscriptions")),
                         parser.value(output))
        << QLatin1Char('\n');
    return 0;
}

int importOpml(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
               QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The OPML file."),
                                 QStringLiteral("FILE"));
    if (const int code = parse(parser, QStringLiteral("import"), arguments,
                               tr("Subscribes to every feed an OPML file lists (1.0 or 2.0), "
                                  "keeping its folders. `subscriptions refresh` then reads them."),
                               out, err);
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return failWith(err, UsageError, tr("import: name one OPML file"));
    Database database(QStringLiteral("cli"));
    if (!database.open(libraryPath))
        return failWith(err, UsageError, database.errorString());
    return importFile(database, parser.positionalArguments().constFirst(), parser.isSet(json), out,
                      err);
}

} // namespace

int importFile(Database &database, const QString &path, bool json, QTextStream &out,
               QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(err, BadInput, tr("cannot read %1: %2").arg(path, file.errorString()));
    OpmlSubscriptions::ImportSummary summary;
    QString error;
    if (!OpmlSubscriptions::importOpml(database.connection(), file.readAll(), path, &summary,
                                       &error))
        return failWith(err, BadInput, error);
    for (const QString &skipped : std::as_const(summary.skipped))
        err << QStringLiteral("opml: skipped ") << skipped << QLatin1Char('\n');
    if (json) {
        QJsonArray ids;
        for (const qint64 id : std::as_const(summary.ids))
            ids.append(id);
        out << QString::fromUtf8(
                QJsonDocument(QJsonObject {{QStringLiteral("file"), path},
                                           {QStringLiteral("added"), summary.added},
                                           {QStringLiteral("alreadySubscribed"),
                                            summary.alreadySubscribed},
                                           {QStringLiteral("skipped"),
                                            QJsonArray::fromStringList(summary.skipped)},
                                           {QStringLiteral("subscriptions"), ids}})
                        .toJson(QJsonDocument::Indented));
    } else {
        out << tr("Imported %1: %2 new, %3 already subscribed")
                        .arg(path, counted(summary.added, tr("subscription"), tr("subscriptions")))
                        .arg(summary.alreadySubscribed)
            << QLatin1Char('\n');
    }
    return 0;
}

QString helpText()
{
    return tr("Usage: citecast [--library PATH] opml SUBCOMMAND [OPTIONS]\n"
              "\n"
              "Subcommands:\n"
              "  export [--output FILE]   The subscriptions as OPML 2.0 (standard output\n"
              "                           unless --output)\n"
              "  import FILE [--json]     Subscribe to every feed of an OPML 1.0/2.0 file\n"
              "\n"
              "Exit status: 0 done, 1 bad usage, library or output, 2 a file that does not\n"
              "import.\n");
}

int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err)
{
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")) {
        (first.isEmpty() ? err : out) << helpText();
        return first.isEmpty() ? UsageError : 0;
    }
    if (first == QLatin1String("export"))
        return exportOpml(arguments.mid(1), libraryPath, out, err);
    if (first == QLatin1String("import"))
        return importOpml(arguments.mid(1), libraryPath, out, err);
    err << tr("opml: unknown subcommand \u201c%1\u201d.").arg(first) << QLatin1Char('\n')
        << helpText();
    return UsageError;
}

} // namespace OpmlCommand
