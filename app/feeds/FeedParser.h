#pragma once

#include "Feed.h"

#include "import/ImportError.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// Reads a podcast feed — RSS 2.0 with the iTunes and Podcasting 2.0 namespaces, Atom, RSS 1.0 —
// from its bytes as downloaded (gzip, any encoding, the real world's mistakes: docs/FEEDS.md).
// A pure function: no network, no files, no library.
namespace FeedParser {

struct Options
{
    QUrl feedUrl;        // resolves relative links; its file name titles a feed without a title
    int maxEpisodes = 0; // > 0: keep only the first that many items
    // false: leave descriptionHtml empty and compute only descriptionText, which is all that
    // `feed inspect` prints (sanitizing show notes was a third of its parse).
    bool descriptionHtml = true;
};

// `fileName` is only used in error messages. A document that is not a feed, or not well-formed
// beyond repair, gives one ImportError with its line and column; repaired problems come back in
// Feed::warnings.
Parsed<Feed> parse(const QByteArray &bytes, const QString &fileName, const Options &options);

} // namespace FeedParser
