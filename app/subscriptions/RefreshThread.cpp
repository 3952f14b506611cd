#include "RefreshThread.h"

#include "FeedRefresher.h"

#include "storage/Database.h"

#include <memory>

// Lives on the worker thread: opens the library there and owns the refresher.
class RefreshThread::Worker : public QObject
{
public:
    explicit Worker(RefreshThread &owner)
        : m_owner(owner)
    { }

    void refresh(const QString &libraryPath, const QVector<qint64> &ids,
                 const FeedRefreshJob::Settings &settings)
    {
        if (!m_database) {
            auto database = std::make_unique<Database>(QStringLiteral("subscriptions"));
            if (!database->open(libraryPath)) {
                Q_EMIT m_owner.failed(database->errorString());
                return;
            }
            m_database = std::move(database);
            m_refresher = new FeedRefresher(*m_database, this);
            RefreshThread *owner = &m_owner;
            // Signals emitted here reach the owner's thread queued.
            connect(m_refresher, &FeedRefresher::feedStarted, owner, &RefreshThread::feedStarted);
            connect(m_refresher, &FeedRefresher::feedFinished, owner, &RefreshThread::feedFinished);
            connect(m_refresher, &FeedRefresher::progress, owner, &RefreshThread::progress);
            connect(m_refresher, &FeedRefresher::finished, owner, &RefreshThread::finished);
        }
        m_refresher->setSettings(settings);
        if (!m_refresher->refresh(ids))
            Q_EMIT m_owner.failed(m_refresher->errorString());
    }

    ~Worker() override
    {
        delete m_refresher; // before the connection it writes through
        m_refresher = nullptr;
    }

private:
    RefreshThread &m_owner;
    std::unique_ptr<Database> m_database;
    FeedRefresher *m_refresher = nullptr;
};

RefreshThread::RefreshThread(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
{
    qRegisterMetaType<FeedRefreshResult>();
    qRegisterMetaType<QVector<FeedRefreshResult>>();
    m_thread.setObjectName(QStringLiteral("citecast-refresh"));
    m_thread.start();
    m_worker = new Worker(*this);
    m_worker->moveToThread(&m_thread);
    connect(this, &RefreshThread::finished, this, [this] { m_running = false; });
    connect(this, &RefreshThread::failed, this, [this] { m_running = false; });
}

RefreshThread::~RefreshThread()
{
    // Fetches in flight are abandoned; a feed being written finishes its transaction first.
    // Deleted on its own thread (its connection and network replies live there), and for sure
    // before the thread's loop ends.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_worker = nullptr;
    m_thread.quit();
    m_thread.wait();
}

void RefreshThread::refresh(const QVector<qint64> &ids)
{
    if (m_running)
        return;
    m_running = true;
    const QString path = m_libraryPath;
    const FeedRefreshJob::Settings settings = m_settings;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
            m_worker, [worker, path, ids, settings] { worker->refresh(path, ids, settings); });
}
