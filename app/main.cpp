// The composition root: headless subcommands run without a display; otherwise the window opens
// on the library (importing the bundled sample when the library is empty).
#include "bookmarks/BookmarkListModel.h"
#include "cli/CommandLine.h"
#include "import/SampleLibrary.h"
#include "library/SingleInstance.h"
#include "playback/ClipPlayer.h"
#include "playback/QtAudioOutput.h"
#include "storage/Database.h"
#include "storage/EpisodeReader.h"

#include "BookmarkController.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "Theme.h"

#include <QApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSqlQuery>

#include <cstdio>

namespace {

// Qt Multimedia reports a missing sound server on its own before Citecast says so in one clear
// sentence; on the command line only Citecast's sentence is shown.
void quietCommandLineMessages(QtMsgType type, const QMessageLogContext &context,
                              const QString &message)
{
    if (message.startsWith(QLatin1String("PulseAudioService:")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Citecast"));
    QCoreApplication::setApplicationName(QStringLiteral("citecast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CITECAST_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Citecast"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.citecast.Citecast"));
}

// A citecast:// link among the arguments (the desktop passes one when a link is clicked).
QString linkOf(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument.startsWith(QLatin1String("citecast:"), Qt::CaseInsensitive))
            return argument;
    }
    return QString();
}

int runWindow(int argc, char *argv[], const QString &libraryPath, const QString &link)
{
    QApplication app(argc, argv);
    setApplicationNames();

    // One window per library: a second start hands its link (or just "show yourself") over.
    SingleInstance instance(QFileInfo(libraryPath).absoluteFilePath());
    if (instance.sendToRunning(link.isEmpty() ? QStringLiteral("raise") : link))
        return 0;
    Theme::apply();

    Database database(QStringLiteral("window"));
    if (!database.open(libraryPath)) {
        QMessageBox::critical(nullptr, QStringLiteral("Citecast"), database.errorString());
        return 1;
    }
    // Is the library empty? One row answers it; reading every episode here would double the
    // start-up time of a large library.
    QSqlQuery anyEpisode(database.connection());
    if (anyEpisode.exec(QStringLiteral("SELECT 1 FROM episodes LIMIT 1")) && !anyEpisode.next()) {
        const ImportResult sample = SampleLibrary::import(database);
        if (!sample.ok)
            qWarning("citecast: could not import the sample: %s",
                     qPrintable(sample.error->toString()));
    }
    ClipPlayer player(std::make_unique<QtAudioOutput>());
    // Thousands of bookmarks are read after the first paint, not before it.
    BookmarkListModel::setReadAfterStart(true);
    MainWindow window(database, player);
    window.show();
    StartupProbe::installIfRequested(&window);
    // Test only: see BookmarkController::keepForTest().
    if (qEnvironmentVariableIsSet("CITECAST_TEST_BOOKMARK_ON_START"))
        window.bookmarks()->keepForTest(qEnvironmentVariable("CITECAST_TEST_BOOKMARK_ON_START"));
    if (!instance.listen())
        qWarning("citecast: links will open new windows: %s", qPrintable(instance.errorString()));
    QObject::connect(&instance, &SingleInstance::messageReceived, &window,
                     [&window](const QString &message) {
                         window.showNormal();
                         window.raise();
                         window.activateWindow();
                         if (message != QLatin1String("raise"))
                             window.openLink(message);
                     });
    if (!link.isEmpty())
        window.openLink(link);
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // Quiet by default; QT_LOGGING_RULES="citecast.*=true" shows what happens.
    QLoggingCategory::setFilterRules(
            QStringLiteral("citecast.*.debug=false\ncitecast.*.info=false"));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const QString link = linkOf(arguments);
    if (link.isEmpty()
        && (CommandLine::isGlobalHelp(arguments) || !CommandLine::commandOf(arguments).isEmpty())) {
        qInstallMessageHandler(quietCommandLineMessages);
        QCoreApplication app(argc, argv);
        setApplicationNames();
        return CommandLine::run(arguments);
    }
    return runWindow(argc, argv, CommandLine::libraryOf(arguments), link);
}
