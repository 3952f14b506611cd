#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

class Database;

// `citecast opml export|import` (docs/CLI.md): the subscriptions as an OPML file, the list every
// podcast app reads and writes.
namespace OpmlCommand {
// `arguments` are those after the word "opml". Returns the process exit code: 0 done, 1 bad
// usage, library or an output that cannot be written, 2 a file that does not import.
int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err);
QString helpText();
// Subscribes to every feed of the OPML file at `path`, all or nothing (for `citecast import
// FILE.opml` too); same exit codes.
int importFile(Database &database, const QString &path, bool json, QTextStream &out,
               QTextStream &err);
} // namespace OpmlCommand
