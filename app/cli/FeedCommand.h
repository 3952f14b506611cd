#pragma once

#include <QStringList>
#include <QTextStream>

// The `citecast feed` subcommand: `feed inspect FILE_OR_URL [--json]` parses a feed (a file, or a
// URL fetched once) and prints what Citecast reads in it, touching no library.
namespace FeedCommand {
// `arguments` are those after the word "feed". Returns the exit code: 0 parsed, 1 bad usage,
// 2 the feed could not be read or parsed (one located message on `err`).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
} // namespace FeedCommand
