#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

class Database;

// The `citecast subscriptions` subcommands (docs/CLI.md): list, add, remove and refresh the
// feeds the library follows; refresh prints one progress line per feed on standard error.
namespace SubscriptionsCommand {
// `arguments` are those after the word "subscriptions". Returns the process exit code: 0 done,
// 1 bad usage or library, 2 bad input (an unknown id, an address that is not a feed) or a feed
// that could not be refreshed.
int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err);
QString helpText();
// Subscribes to `address` and refreshes it (for `citecast import URL` too); same exit codes.
int subscribe(Database &database, const QString &address, int timeoutMs, bool json,
              QTextStream &out, QTextStream &err);
} // namespace SubscriptionsCommand
