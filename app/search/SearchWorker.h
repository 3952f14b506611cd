#pragma once

#include "SearchHit.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

class SearchRunner;

// Runs searches off the GUI thread, on a connection of its own, so typing never waits for the
// library. Each search() gets a generation number; only the newest one's results are delivered,
// and a search that is already stale when its turn comes is not run at all.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    explicit SearchWorker(QString libraryPath, QObject *parent = nullptr);
    ~SearchWorker() override;

    // Starts a search (replacing any not yet delivered) and returns its generation.
    quint64 search(const QString &text, int limit);
    // Drops every search not yet delivered (e.g. the field was cleared).
    void cancel();
    quint64 latestGeneration() const { return m_latest->load(); }

Q_SIGNALS:
    void resultsReady(quint64 generation, const QString &text, const SearchHits &hits);
    // The library could not be searched (it cannot be opened, or the index is damaged).
    void failed(const QString &error);

private:
    void deliver(quint64 generation, const QString &text, const SearchHits &hits,
                 const QString &error);

    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThread m_thread;
    SearchRunner *m_runner = nullptr;
};
