#pragma once

#include "FeedRefreshJob.h"
#include "FeedRefreshResult.h"

#include <QObject>
#include <QThread>
#include <QVector>

// Runs FeedRefresher on a worker thread with its own connection to the library, so that the
// window stays responsive while feeds are parsed and written. The same signals as FeedRefresher,
// delivered on the caller's thread; a refresh that cannot start reports failed().
class RefreshThread : public QObject
{
    Q_OBJECT

public:
    explicit RefreshThread(QString libraryPath, QObject *parent = nullptr);
    ~RefreshThread() override;

    void setSettings(const FeedRefreshJob::Settings &settings) { m_settings = settings; }
    // Starts refreshing `ids` (all when empty) on the worker thread. Ignored while running.
    void refresh(const QVector<qint64> &ids = {});
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void feedStarted(int index, int total, const QString &feedUrl);
    void feedFinished(const FeedRefreshResult &result);
    void progress(int done, int total);
    void finished(const QVector<FeedRefreshResult> &results);
    // The refresh did not start (the library cannot be opened, an unknown id); nothing ran.
    void failed(const QString &message);

private:
    class Worker;

    QString m_libraryPath;
    FeedRefreshJob::Settings m_settings;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
    bool m_running = false;
};
