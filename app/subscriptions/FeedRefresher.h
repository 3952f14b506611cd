#pragma once

#include "FeedRefreshJob.h"
#include "FeedRefreshResult.h"

#include <QObject>
#include <QQueue>
#include <QVector>

class Database;
class QNetworkAccessManager;

// Refreshes subscriptions, a few at a time: each feed's outcome is recorded on its row and
// reported on its own, and one feed failing never stops the others. Runs on the thread of the
// Database it is given (the GUI thread in the window, the main thread in the CLI).
class FeedRefresher : public QObject
{
    Q_OBJECT

public:
    explicit FeedRefresher(Database &database, QObject *parent = nullptr);
    ~FeedRefresher() override;

    void setSettings(const FeedRefreshJob::Settings &settings) { m_settings = settings; }
    FeedRefreshJob::Settings settings() const { return m_settings; }
    // How many feeds are fetched at once (default 4).
    void setParallelFeeds(int feeds) { m_parallel = qMax(1, feeds); }

    // Refreshes the subscriptions `ids` (every one when empty). False when a refresh is already
    // running or an id is unknown (errorString() says which); nothing starts then.
    bool refresh(const QVector<qint64> &ids = {});
    bool isRunning() const { return m_total > 0; }
    QString errorString() const { return m_error; }

    // Runs refresh() and waits for it in a local event loop (the CLI's way).
    QVector<FeedRefreshResult> refreshAndWait(const QVector<qint64> &ids, bool *ok = nullptr);

Q_SIGNALS:
    // `index` counts from 1 up to `total`, in the order feeds start.
    void feedStarted(int index, int total, const QString &feedUrl);
    void feedFinished(const FeedRefreshResult &result);
    // Feeds done so far.
    void progress(int done, int total);
    void finished(const QVector<FeedRefreshResult> &results);

private:
    void startMore();
    void onJobFinished(FeedRefreshJob *job);

    Database &m_database;
    QNetworkAccessManager *m_manager;
    FeedRefreshJob::Settings m_settings;
    int m_parallel = 4;
    QQueue<SubscriptionRecord> m_queue;
    QVector<FeedRefreshResult> m_results;
    int m_running = 0;
    int m_started = 0;
    int m_total = 0;
    QString m_error;
};
