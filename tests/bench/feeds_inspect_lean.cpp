// Why: `citecast feed inspect` in an executable that loads only Qt Core/Network, libxml2, zlib
// and TagLib, to show how much of the whole-process time is the citecast binary's start-up
// (Widgets, Multimedia, FFmpeg and their ~160 libraries). Built by feeds_bench.sh; not shipped.
#include "cli/FeedCommand.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return FeedCommand::run(app.arguments().mid(1), out, err);
}
