#pragma once

#include <QStringList>

// The headless half of the executable: `citecast [--library PATH] COMMAND ...` for scripting and
// end-to-end tests. Without a command the window opens instead (see main.cpp).
namespace CommandLine {
// The command word in `arguments` (argv, any first word that is not an option), or an empty
// string when the window should open.
QString commandOf(const QStringList &arguments);
// The library chosen with --library, or the default one.
QString libraryOf(const QStringList &arguments);
// True for `--help`/`-h`/`--version` without a command.
bool isGlobalHelp(const QStringList &arguments);
// Runs the command and returns the process exit code.
int run(const QStringList &arguments);
} // namespace CommandLine
