#include "SubscriptionImport.h"

#include "FeedRefresher.h"
#include "OpmlSubscriptions.h"
#include "SubscriptionStore.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace SubscriptionImport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SubscriptionImport", text);
}

ImportResult failed(ImportResult result, const QString &message)
{
    ImportError error;
    error.message = message; // already names the file or address
    result.error = error;
    result.ok = false;
    return result;
}

QVector<FeedRefreshResult> refresh(Database &database, const QVector<qint64> &ids, int timeoutMs)
{
    FeedRefresher refresher(database);
    FeedRefreshJob::Settings settings = refresher.settings();
    settings.timeoutMs = timeoutMs;
    refresher.setSettings(settings);
    return refresher.refreshAndWait(ids);
}

} // namespace

ImportResult importFeedUrl(Database &database, const QString &url, int timeoutMs)
{
    ImportResult result;
    result.path = url;
    result.format = QStringLiteral("feed");
    SubscriptionStore store(database.connection());
    const std::optional<SubscriptionStore::Added> added = store.add(url);
    if (!added)
        return failed(result, store.errorString());
    const QVector<FeedRefreshResult> refreshed = refresh(database, {added->id}, timeoutMs);
    if (refreshed.size() != 1)
        return failed(result, tr("%1: the refresh did not run").arg(url));
    const FeedRefreshResult &feed = refreshed.constFirst();
    if (feed.status == RefreshStatus::Failed)
        return failed(result, feed.error);
    result.episodeIds = feed.episodeIds;
    result.ok = true;
    return result;
}

ImportResult importOpml(Database &database, const QString &path, const QByteArray &bytes,
                        int timeoutMs)
{
    ImportResult result;
    result.path = path;
    result.format = QStringLiteral("opml");
    OpmlSubscriptions::ImportSummary summary;
    QString error;
    if (!OpmlSubscriptions::importOpml(database.connection(), bytes, path, &summary, &error))
        return failed(result, error);
    const QVector<FeedRefreshResult> refreshed = refresh(database, summary.ids, timeoutMs);
    QStringList problems = summary.skipped;
    for (const FeedRefreshResult &feed : refreshed) {
        result.episodeIds += feed.episodeIds;
        if (feed.status == RefreshStatus::Failed)
            problems << feed.error;
    }
    if (!problems.isEmpty())
        return failed(result,
                      tr("%1: subscribed to %2 feeds; not refreshed or skipped: %3")
                              .arg(path)
                              .arg(summary.ids.size())
                              .arg(problems.join(QStringLiteral("; "))));
    result.ok = true;
    return result;
}

} // namespace SubscriptionImport
