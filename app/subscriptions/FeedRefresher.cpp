#include "FeedRefresher.h"

#include "SubscriptionStore.h"

#include "storage/Database.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

FeedRefresher::FeedRefresher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<FeedRefreshResult>();
}

FeedRefresher::~FeedRefresher() = default;

bool FeedRefresher::refresh(const QVector<qint64> &ids)
{
    if (isRunning()) {
        m_error = tr("a refresh is already running");
        return false;
    }
    SubscriptionStore store(m_database.connection());
    QQueue<SubscriptionRecord> queue;
    if (ids.isEmpty()) {
        const QVector<SubscriptionRecord> all = store.list();
        if (!store.errorString().isEmpty()) {
            m_error = store.errorString();
            return false;
        }
        for (const SubscriptionRecord &record : all)
            queue.enqueue(record);
    } else {
        for (const qint64 id : ids) {
            const std::optional<SubscriptionRecord> record = store.find(id);
            if (!record) {
                m_error = store.errorString();
                return false;
            }
            queue.enqueue(*record);
        }
    }
    m_error.clear();
    m_queue = queue;
    m_results.clear();
    m_started = 0;
    m_running = 0;
    m_total = int(queue.size());
    if (m_total == 0) {
        // Announced after return, like any other refresh.
        QMetaObject::invokeMethod(
                this, [this] { Q_EMIT finished({}); }, Qt::QueuedConnection);
        return true;
    }
    QMetaObject::invokeMethod(this, &FeedRefresher::startMore, Qt::QueuedConnection);
    return true;
}

QVector<FeedRefreshResult> FeedRefresher::refreshAndWait(const QVector<qint64> &ids, bool *ok)
{
    QVector<FeedRefreshResult> results;
    QEventLoop loop;
    const QMetaObject::Connection connection
            = connect(this, &FeedRefresher::finished, &loop,
                      [&loop, &results](const QVector<FeedRefreshResult> &all) {
                          results = all;
                          loop.quit();
                      });
    const bool started = refresh(ids);
    if (started)
        loop.exec();
    disconnect(connection);
    if (ok)
        *ok = started;
    return results;
}

void FeedRefresher::startMore()
{
    while (m_running < m_parallel && !m_queue.isEmpty()) {
        const SubscriptionRecord record = m_queue.dequeue();
        auto *job = new FeedRefreshJob(m_database, m_manager, record, m_settings, this);
        connect(job, &FeedRefreshJob::finished, this, [this, job] { onJobFinished(job); });
        ++m_running;
        Q_EMIT feedStarted(++m_started, m_total, record.feedUrl);
        job->start();
    }
}

void FeedRefresher::onJobFinished(FeedRefreshJob *job)
{
    --m_running;
    m_results << job->result();
    job->deleteLater();
    Q_EMIT feedFinished(m_results.constLast());
    Q_EMIT progress(int(m_results.size()), m_total);
    if (m_results.size() == m_total) {
        const QVector<FeedRefreshResult> results = m_results;
        m_total = 0;
        Q_EMIT finished(results);
        return;
    }
    startMore();
}
