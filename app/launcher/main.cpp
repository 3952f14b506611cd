// Why: `citecast` is what users and scripts run, and most runs of `feed inspect` are over before
// the full program (Widgets, Multimedia, FFmpeg: ~195 shared libraries, some 50 ms of dynamic
// loading) would have started. This launcher links only Qt Core, libxml2 and zlib: it answers
// `--version` and `feed inspect FILE` itself, and for everything else (the window, the other
// commands, feed URLs) it execs the full program, citecast-app, with the same arguments. exec
// keeps the process id, the standard streams and the exit status, so callers see one process.
#include "cli/FeedCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include <strings.h>
#include <unistd.h>

namespace {

// Index of the command word as CommandLine sees it: the first argument that is not an option
// (nor the value of --library); 0 when there is none.
int commandIndex(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--library") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return i;
    }
    return 0;
}

bool hasLink(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (strncasecmp(argv[i], "citecast:", 9) == 0)
            return true;
    }
    return false;
}

bool hasArgument(int argc, char *argv[], const char *wanted)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], wanted) == 0)
            return true;
    }
    return false;
}

// The full program: CITECAST_APP_PATH is relative to this executable's folder, in the build tree
// (bin/ and libexec/citecast/) as once installed. The folder comes from /proc/self/exe (symbolic
// links resolved), else from argv[0] when it names one.
std::string appPath(const char *argv0)
{
    char self[4096];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    const std::string exe = length > 0 ? std::string(self, std::size_t(length)) : argv0;
    const std::size_t slash = exe.rfind('/');
    return (slash == std::string::npos ? std::string("./") : exe.substr(0, slash + 1))
            + CITECAST_APP_PATH;
}

int runFeedCommand(int argc, char *argv[], int index)
{
    QLoggingCategory::setFilterRules(
            QStringLiteral("citecast.*.debug=false\ncitecast.*.info=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Citecast"));
    QCoreApplication::setApplicationName(QStringLiteral("citecast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITECAST_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return FeedCommand::run(QCoreApplication::arguments().mid(index + 1), out, err, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    if (!hasLink(argc, argv)) {
        const int index = commandIndex(argc, argv);
        if (index == 0 && hasArgument(argc, argv, "--version")) {
            std::printf("citecast %s\n", CITECAST_VERSION);
            return 0;
        }
        if (index > 0 && std::strcmp(argv[index], "feed") == 0) {
            const int code = runFeedCommand(argc, argv, index);
            if (code != FeedCommand::NeedsNetwork)
                return code;
        }
    }
    const std::string app = appPath(argv[0]);
    execv(app.c_str(), argv);
    std::fprintf(stderr, "citecast: cannot start %s: %s\n", app.c_str(), std::strerror(errno));
    return 127;
}
