#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

// The `citecast import FILE...` command: each file is imported into the library completely or
// not at all, and reported on its own (text or --json).
namespace ImportCommand {
// `arguments` are those after the word "import". Returns the exit code: 0 every file imported,
// 1 bad usage or library, 2 at least one file did not import.
int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err);
} // namespace ImportCommand
