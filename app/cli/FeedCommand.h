#pragma once

#include "feeds/FeedDownload.h"

#include <QStringList>
#include <QTextStream>

// The `citecast feed` subcommand: `feed inspect FILE_OR_URL [--json]` parses a feed (a file, or a
// URL fetched once) and prints what Citecast reads in it, touching no library.
namespace FeedCommand {
// `arguments` are those after the word "feed". Returns the exit code: 0 parsed, 1 bad usage,
// 2 the feed could not be read or parsed (one located message on `err`). URLs are fetched with
// FeedDownload (FeedCommandFetch.cpp, in the full program only: Qt Network).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// How `feed inspect` fetches a URL.
using Fetch = FeedDownload::Result (*)(const QUrl &url, int timeoutMs);
// What run() returns for a URL when it has no `fetch`: nothing was printed, and the caller (the
// lean launcher, app/launcher) hands the whole command to the full program.
constexpr int NeedsNetwork = -1;
// The same with a given `fetch`, or none (nullptr).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, Fetch fetch);
} // namespace FeedCommand
