#pragma once

#include "Waveform.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

// Gets an episode's waveform for the window without blocking it: from the library's cache when
// the audio file is unchanged since it was computed, otherwise by decoding the whole file on a
// worker thread (with its own library connection) and caching the result. One load at a time:
// a new load() or cancel() drops the previous one, whose signals never arrive.
class WaveformLoader : public QObject
{
    Q_OBJECT

public:
    explicit WaveformLoader(QObject *parent = nullptr);
    // Cancels the load in progress and waits for its worker to notice (a frame's decoding).
    ~WaveformLoader() override;

    // The audio file being loaded (as given), empty when idle.
    QString audioPath() const { return m_audioPath; }
    bool isLoading() const { return !m_audioPath.isEmpty(); }
    qint64 bucketMs() const { return m_bucketMs; }
    void setBucketMs(qint64 bucketMs);

public Q_SLOTS:
    // Loads the waveform of the local file `audioPath`, caching it in the library at
    // `databasePath` (empty: compute without caching). Emits progress() while decoding, then
    // ready() or failed().
    void load(const QString &databasePath, const QString &audioPath);
    // Drops the load in progress: no more signals from it.
    void cancel();

Q_SIGNALS:
    void progress(int percent);
    // `fromCache`: read from the library without decoding.
    void ready(const Waveform &waveform, bool fromCache);
    void failed(const QString &message);

private:
    void finish(quint64 generation);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    quint64 m_generation = 0;
    QString m_audioPath;
    qint64 m_bucketMs = Waveform::DefaultBucketMs;
};
