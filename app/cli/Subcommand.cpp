#include "Subcommand.h"

#include <QJsonDocument>

namespace Subcommand {

int fail(QTextStream &err, const QString &group, int code, const QString &message)
{
    err << group << QStringLiteral(": ") << message << QLatin1Char('\n');
    return code;
}

Context::Context(QString groupName, QTextStream &output, QTextStream &errors)
    : group(std::move(groupName))
    , out(output)
    , err(errors)
{ }

int parse(Context &context, const QString &sub, const QStringList &arguments,
          const QList<QCommandLineOption> &options, const QString &positional,
          const QString &description)
{
    QCommandLineParser &parser = context.parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOptions(options);
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional.toLower(), QString(), positional);
    const QString command = context.group + QLatin1Char(' ') + sub;
    if (!parser.parse(QStringList {QStringLiteral("citecast ") + command} + arguments))
        return fail(context.err, context.group, UsageError,
                    parser.errorText() + QStringLiteral(" (see %1 --help)").arg(command));
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return 0;
    }
    return -1;
}

int openLibrary(Context &context, const QString &libraryPath)
{
    if (context.database.open(libraryPath))
        return -1;
    return fail(context.err, context.group, UsageError, context.database.errorString());
}

void printJson(QTextStream &out, const QJsonDocument &document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace Subcommand
