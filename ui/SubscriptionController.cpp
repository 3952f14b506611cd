#include "SubscriptionController.h"

#include "domain/Counted.h"
#include "storage/Database.h"
#include "subscriptions/OpmlSubscriptions.h"
#include "subscriptions/RefreshThread.h"
#include "subscriptions/SubscriptionStore.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QStatusBar>
#include <QUrl>

SubscriptionController::SubscriptionController(Database &database, QWidget *window,
                                               QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_window(window)
    , m_statusBar(statusBar)
    , m_refresher(new RefreshThread(database.path(), this))
    , m_subscribe(new QAction(tr("&Subscribe to Podcast\u2026"), this))
    , m_refreshAll(new QAction(tr("&Refresh All Feeds"), this))
    , m_importOpml(new QAction(tr("Import Subscriptions (&OPML)\u2026"), this))
    , m_exportOpml(new QAction(tr("Export Subscriptions (OP&ML)\u2026"), this))
    , m_progressLabel(new QLabel(statusBar))
    , m_progressBar(new QProgressBar(statusBar))
{
    m_subscribe->setStatusTip(tr("Follow a podcast by its feed address"));
    m_refreshAll->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAll->setStatusTip(tr("Fetch every subscribed feed and bring new episodes in"));
    connect(m_subscribe, &QAction::triggered, this, &SubscriptionController::askToSubscribe);
    connect(m_refreshAll, &QAction::triggered, this, &SubscriptionController::refreshAll);
    m_importOpml->setStatusTip(tr("Follow every podcast of a list another app exported"));
    connect(m_importOpml, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                m_window, tr("Import Subscriptions"), QString(),
                tr("OPML subscription lists (*.opml *.xml);;All files (*)"));
        if (!path.isEmpty())
            importOpml(path);
    });
    m_exportOpml->setStatusTip(tr("Save the subscriptions for another podcast app"));
    connect(m_exportOpml, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Subscriptions"),
                                                          tr("subscriptions.opml"),
                                                          tr("OPML subscription lists (*.opml)"));
        if (!path.isEmpty())
            exportOpml(path);
    });

    m_progressBar->setMaximumWidth(160);
    m_progressBar->setTextVisible(false);
    m_progressBar->setAccessibleName(tr("Feed refresh progress"));
    m_statusBar->addPermanentWidget(m_progressLabel);
    m_statusBar->addPermanentWidget(m_progressBar);
    setBusy(false);

    connect(m_refresher, &RefreshThread::feedStarted, this, &SubscriptionController::onFeedStarted);
    connect(m_refresher, &RefreshThread::progress, this, [this](int done, int total) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(done);
        m_progressLabel->setText(tr("Refreshing feeds: %1 of %2 done\u2026").arg(done).arg(total));
    });
    connect(m_refresher, &RefreshThread::finished, this, &SubscriptionController::onFinished);
    connect(m_refresher, &RefreshThread::failed, this, [this](const QString &message) {
        setBusy(false);
        Q_EMIT messageRequested(tr("Feeds were not refreshed: %1").arg(message));
    });
    connect(this, &SubscriptionController::messageRequested, m_statusBar,
            [this](const QString &message) { m_statusBar->showMessage(message, 10000); });
}

SubscriptionController::~SubscriptionController() = default;

void SubscriptionController::fillFileMenu(QMenu *menu)
{
    menu->addAction(m_subscribe);
    menu->addAction(m_refreshAll);
    menu->addAction(m_importOpml);
    menu->addAction(m_exportOpml);
}

void SubscriptionController::askToSubscribe()
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Subscribe to Podcast"));
    dialog->setLabelText(tr("Feed address (RSS or Atom), as the podcast's site or app gives it:"));
    dialog->setTextValue(QString());
    dialog->setOkButtonText(tr("Subscribe"));
    dialog->resize(520, dialog->sizeHint().height());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            subscribe(text);
    });
    dialog->open();
}

void SubscriptionController::subscribe(const QString &address)
{
    SubscriptionStore store(m_database.connection());
    const std::optional<SubscriptionStore::Added> added = store.add(address);
    if (!added) {
        showProblem(tr("Subscribe to Podcast"),
                    tr("Could not subscribe: %1.").arg(store.errorString()));
        return;
    }
    if (m_refresher->isRunning())
        return; // the running refresh does not include it; the next one will
    setBusy(true);
    m_refresher->refresh({added->id});
}

void SubscriptionController::importOpml(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Import Subscriptions"),
                    tr("Could not read %1: %2.").arg(path, file.errorString()));
        return;
    }
    OpmlSubscriptions::ImportSummary summary;
    QString error;
    if (!OpmlSubscriptions::importOpml(m_database.connection(), file.readAll(), path, &summary,
                                       &error)) {
        showProblem(tr("Import Subscriptions"), tr("Nothing was imported: %1").arg(error));
        return;
    }
    Q_EMIT messageRequested(tr("Subscribed to %1 from %2 (%3 already followed)")
                                    .arg(counted(summary.added, tr("podcast"), tr("podcasts")),
                                         QFileInfo(path).fileName())
                                    .arg(summary.alreadySubscribed));
    if (!summary.skipped.isEmpty())
        showProblem(tr("Import Subscriptions"),
                    tr("Some entries are not feed addresses and were skipped:\n%1")
                            .arg(summary.skipped.join(QLatin1Char('\n'))));
    if (!summary.ids.isEmpty() && !m_refresher->isRunning()) {
        setBusy(true);
        m_refresher->refresh(summary.ids);
    }
}

bool SubscriptionController::exportOpml(const QString &path)
{
    SubscriptionStore store(m_database.connection());
    const QVector<SubscriptionRecord> records = store.list();
    const QByteArray opml = OpmlSubscriptions::exportOpml(records);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(opml) != opml.size() || !file.commit()) {
        showProblem(tr("Export Subscriptions"),
                    tr("Could not write %1: %2.").arg(path, file.errorString()));
        return false;
    }
    Q_EMIT messageRequested(
            tr("Exported %1 to %2")
                    .arg(counted(records.size(), tr("subscription"), tr("subscriptions")),
                         QFileInfo(path).fileName()));
    return true;
}

void SubscriptionController::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("subscriptionProblem"));
    box->open();
}

void SubscriptionController::refreshAll()
{
    if (m_refresher->isRunning())
        return;
    setBusy(true);
    m_refresher->refresh();
}

void SubscriptionController::onFeedStarted(int index, int total, const QString &url)
{
    if (index == 1) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(0);
        m_progressLabel->setText(tr("Refreshing feeds: 0 of %1 done\u2026").arg(total));
    }
    m_progressLabel->setToolTip(tr("Last started: %1").arg(url));
}

void SubscriptionController::onFinished(const QVector<FeedRefreshResult> &results)
{
    setBusy(false);
    if (results.isEmpty()) {
        Q_EMIT messageRequested(
                tr("No subscriptions yet: File \u2192 Subscribe to Podcast\u2026 adds one."));
        return;
    }
    bool changed = false;
    for (const FeedRefreshResult &result : results)
        changed = changed || result.status == RefreshStatus::Updated;
    if (changed)
        Q_EMIT libraryChanged();
    Q_EMIT messageRequested(tr("Feeds refreshed: %1").arg(summary(results)));
    const QString details = failureDetails(results);
    if (details.isEmpty())
        return;
    int failed = 0;
    for (const FeedRefreshResult &result : results)
        failed += result.status == RefreshStatus::Failed ? 1 : 0;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Some Feeds Could Not Be Refreshed"),
                                tr("%1 of %2 feeds could not be refreshed. The others were; "
                                   "these are tried again on the next refresh.")
                                        .arg(failed)
                                        .arg(results.size()),
                                QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("feedRefreshErrors"));
    box->setInformativeText(details);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

void SubscriptionController::setBusy(bool busy)
{
    m_subscribe->setEnabled(!busy);
    m_refreshAll->setEnabled(!busy);
    m_progressLabel->setVisible(busy);
    m_progressBar->setVisible(busy);
    if (busy) {
        m_progressBar->setRange(0, 0);
        m_progressLabel->setText(tr("Refreshing feeds\u2026"));
    }
}

QString SubscriptionController::summary(const QVector<FeedRefreshResult> &results)
{
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    for (const FeedRefreshResult &result : results) {
        updated += result.status == RefreshStatus::Updated;
        unchanged += result.status == RefreshStatus::NotModified;
        failed += result.status == RefreshStatus::Failed;
    }
    QStringList parts;
    if (updated)
        parts << tr("%1 updated").arg(updated);
    if (unchanged)
        parts << tr("%1 unchanged").arg(unchanged);
    if (failed)
        parts << tr("%1 failed").arg(failed);
    return parts.join(QStringLiteral(", "));
}

QString SubscriptionController::failureDetails(const QVector<FeedRefreshResult> &results)
{
    QStringList paragraphs;
    for (const FeedRefreshResult &result : results) {
        if (result.status != RefreshStatus::Failed)
            continue;
        // Before its first refresh a feed's title is its address, which the error names already.
        if (result.title.isEmpty() || result.title == result.feedUrl)
            paragraphs << QStringLiteral("<p>%1</p>").arg(result.error.toHtmlEscaped());
        else
            paragraphs << QStringLiteral("<p><b>%1</b><br>%2</p>")
                                  .arg(result.title.toHtmlEscaped(), result.error.toHtmlEscaped());
    }
    return paragraphs.join(QString());
}
