// `feed inspect` with downloads, for the full program; apart from FeedCommand.cpp so that the lean
// launcher, which links FeedCommand but not Qt Network, does not pull FeedDownload in.
#include "FeedCommand.h"

namespace FeedCommand {

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return run(arguments, out, err,
               [](const QUrl &url, int timeoutMs) { return FeedDownload::fetch(url, timeoutMs); });
}

} // namespace FeedCommand
