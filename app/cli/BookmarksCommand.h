#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// The `citecast bookmarks` subcommands (docs/CLI.md): list, add, remove, export and import the
// library's bookmarks, for scripting and end-to-end tests.
namespace BookmarksCommand {
// `arguments` are those after the word "bookmarks". Returns the process exit code: 0 done,
// 1 bad usage or library (or an export that cannot be written), 2 bad input (an unknown episode,
// citation, clip or bookmark, a bad span, a bookmarks file that does not import).
int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err);
QString helpText();
// Test only: after `bookmarks add` has committed and printed the bookmark, the process sleeps
// this many milliseconds (from the environment variable of this name) so a test can kill it
// before it exits.
constexpr const char *PauseAfterWriteVariable = "CITECAST_TEST_PAUSE_AFTER_WRITE_MS";
} // namespace BookmarksCommand
