#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

struct SearchHit;

// `citecast search QUERY [--json] [--limit N]` and `citecast search --rebuild`: finds anything in
// the library from a script, best first, and rebuilds the search index for recovery.
namespace SearchCommand {
// `arguments` are those after the word "search". Returns the exit code: 0 done (with or without
// hits), 1 bad usage, a library that cannot be opened, or an index that cannot be read.
int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err);
// {"kind", "episodeId", "title", "snippet", "startMs", "endMs"}: matches in the snippet between
// ** and **; episodeId, startMs and endMs are null when the hit has none.
QJsonObject hitJson(const SearchHit &hit);
} // namespace SearchCommand
