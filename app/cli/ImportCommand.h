#pragma once

#include "import/Importer.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

class Database;

// The `citecast import FILE...` command: tells what each file is (ImportFormats) — an episode
// page, a Citecast pack, a podcast feed, an OPML list, a chapters file or a transcript — and
// imports it into the library completely or not at all, reporting each file on its own.
namespace ImportCommand {
// `arguments` are those after the word "import". Returns the exit code: 0 every file imported,
// 1 bad usage or library, 2 at least one file did not import.
int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err);

// Imports one file (or http(s) URL) of any kind in its own transaction. `episode` (an id or guid)
// names the episode a chapters file or transcript belongs to; other kinds ignore it.
ImportResult importSource(Database &database, const QString &source, const QString &episode);

// The seams for subscriptions (app/subscriptions): an OPML file's feeds, and a feed's address.
// Until they are filled in, both report that they cannot be imported yet.
ImportResult importOpml(Database &database, const QString &path, const QByteArray &bytes);
ImportResult importUrl(Database &database, const QString &url);
} // namespace ImportCommand
