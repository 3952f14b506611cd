#pragma once

#include "storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

class QJsonDocument;

// What the "citecast GROUP SUB ARGS..." commands (bookmarks, subscriptions) share: the exit codes,
// errors prefixed with the group, --help per subcommand, the library, and indented JSON output.
namespace Subcommand {

constexpr int UsageError = 1;
constexpr int BadInput = 2;

// Prints "GROUP: message" on `err` and returns `code`.
int fail(QTextStream &err, const QString &group, int code, const QString &message);

// The context a subcommand runs in: its group, its parsed options and the open library.
struct Context
{
    Context(QString groupName, QTextStream &output, QTextStream &errors);

    const QString group;
    QTextStream &out;
    QTextStream &err;
    QCommandLineParser parser;
    Database database {QStringLiteral("cli")};
};

// Parses "GROUP SUB ARGS..." with `options` (and one positional argument when `positional` is
// not empty); prints help for --help. Returns an exit code when the command is done already
// (help, a usage error), else -1.
int parse(Context &context, const QString &sub, const QStringList &arguments,
          const QList<QCommandLineOption> &options, const QString &positional,
          const QString &description);
// -1 when the library opened, else the exit code after saying why.
int openLibrary(Context &context, const QString &libraryPath);
void printJson(QTextStream &out, const QJsonDocument &document);

} // namespace Subcommand
