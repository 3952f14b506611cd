#include "SearchWorker.h"

#include "SearchIndex.h"
#include "storage/Database.h"

#include <QMetaObject>
#include <QSqlDatabase>
#include <QSqlError>

// The half of SearchWorker that lives on its thread: owns that thread's connection.
class SearchRunner : public QObject
{
    Q_OBJECT

public:
    SearchRunner(QString libraryPath, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(libraryPath))
        , m_latest(std::move(latest))
    { }

    ~SearchRunner() override
    {
        if (m_connectionName.isEmpty())
            return;
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    void run(quint64 generation, const QString &text, int limit)
    {
        if (generation != m_latest->load())
            return; // a newer search is queued behind this one
        QSqlDatabase db = Database::openConnectionForThread(m_path, QStringLiteral("search"));
        m_connectionName = db.connectionName();
        if (!db.isOpen()) {
            Q_EMIT finished(generation, text, {}, db.lastError().text());
            return;
        }
        if (!m_prepared) {
            SearchIndex::prepareConnection(db);
            m_prepared = true;
        }
        SearchIndex index(db);
        const SearchHits hits = index.search(text, limit);
        if (generation == m_latest->load())
            Q_EMIT finished(generation, text, hits, index.errorString());
    }

Q_SIGNALS:
    void finished(quint64 generation, const QString &text, const SearchHits &hits,
                  const QString &error);

private:
    QString m_path;
    QString m_connectionName;
    bool m_prepared = false;
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

SearchWorker::SearchWorker(QString libraryPath, QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<SearchHits>();
    m_thread.setObjectName(QStringLiteral("search"));
    m_runner = new SearchRunner(std::move(libraryPath), m_latest);
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &SearchRunner::finished, this, &SearchWorker::deliver);
    m_thread.start();
}

SearchWorker::~SearchWorker()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

quint64 SearchWorker::search(const QString &text, int limit)
{
    const quint64 generation = ++*m_latest;
    QMetaObject::invokeMethod(
            m_runner,
            [runner = m_runner, generation, text, limit]() {
                runner->run(generation, text, limit);
            },
            Qt::QueuedConnection);
    return generation;
}

void SearchWorker::cancel()
{
    ++*m_latest;
}

void SearchWorker::deliver(quint64 generation, const QString &text, const SearchHits &hits,
                           const QString &error)
{
    if (generation != m_latest->load())
        return;
    if (!error.isEmpty())
        Q_EMIT failed(error);
    else
        Q_EMIT resultsReady(generation, text, hits);
}

#include "SearchWorker.moc"
