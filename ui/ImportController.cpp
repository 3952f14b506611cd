#include "ImportController.h"

#include "SubscriptionController.h"
#include "cli/ImportCommand.h"
#include "domain/Counted.h"
#include "feeds/ImportFormats.h"
#include "import/Importer.h"
#include "import/SampleLibrary.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QWidget>

ImportController::ImportController(Database &database, SubscriptionController *subscriptions,
                                   QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_subscriptions(subscriptions)
    , m_window(window)
{ }

void ImportController::importFiles(const QStringList &paths, const QString &openEpisodeGuid)
{
    QStringList errors;
    qint64 firstImported = 0;
    int importedFiles = 0;
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)
            && ImportFormats::detect(file.read(64 * 1024), path) == ImportFormats::Format::Opml) {
            m_subscriptions->importOpml(path);
            continue;
        }
        const ImportResult result = ImportCommand::importSource(m_database, path, openEpisodeGuid);
        if (!result.ok) {
            errors << result.error->toString();
            continue;
        }
        ++importedFiles;
        if (firstImported == 0 && !result.episodeIds.isEmpty())
            firstImported = result.episodeIds.constFirst();
    }
    Q_EMIT imported(firstImported);
    if (!errors.isEmpty()) {
        QMessageBox::warning(m_window, tr("Import"),
                             tr("%1 could not be imported; nothing of them was changed in the "
                                "library.")
                                     .arg(counted(errors.size(), tr("file"), tr("files"))),
                             QMessageBox::Ok);
        Q_EMIT messageRequested(errors.join(QStringLiteral("; ")));
    } else if (importedFiles > 0) {
        Q_EMIT messageRequested(
                tr("Imported %1.").arg(counted(importedFiles, tr("file"), tr("files"))));
    }
}

void ImportController::chooseFiles(const QString &openEpisodeGuid)
{
    const QStringList paths = QFileDialog::getOpenFileNames(
            m_window, tr("Import"), QString(),
            tr("Everything Citecast reads (*.txt *.json *.xml *.rss *.atom *.opml *.srt *.vtt "
               "*.html);;Episode pages and Citecast packs (*.txt *.json);;Podcast feeds (*.xml "
               "*.rss *.atom);;Subscription lists (*.opml *.xml);;Chapters and transcripts for "
               "the open episode (*.json *.srt *.vtt *.html);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths, openEpisodeGuid);
}

void ImportController::importSample()
{
    const ImportResult result = SampleLibrary::import(m_database);
    Q_EMIT imported(result.ok ? result.episodeIds.value(0) : 0);
    Q_EMIT messageRequested(result.ok ? tr("Imported the sample episode.")
                                      : result.error->toString());
}
