#pragma once

#include "Waveform.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Keeps computed waveforms in the library (table waveform_peaks, migration 2), one row per audio
// file keyed by its resolved location and invalidated when the file's size or modification time
// changes, so an episode opened again shows its waveform at once.
class WaveformCache
{
public:
    // An audio file as it is now: what a cached waveform must match to be reused.
    struct Stamp
    {
        QString location; // canonical absolute path
        qint64 size = -1;
        qint64 modifiedMs = -1; // since the epoch, UTC
        bool isValid() const { return !location.isEmpty() && size >= 0; }
    };

    // The stamp of the local file `path`; invalid when it does not exist.
    static Stamp stampOf(const QString &path);

    // Uses `connection`, which must belong to the calling thread.
    explicit WaveformCache(QSqlDatabase connection);

    // The cached waveform of the file as stamped, computed with buckets of `bucketMs`; nullopt
    // when there is none, or the file changed since, or it was cached in an older format.
    std::optional<Waveform> find(const Stamp &stamp, qint64 bucketMs) const;
    // Keeps `waveform` for the file, replacing what was cached for its location.
    bool store(const Stamp &stamp, const Waveform &waveform);
    // Forgets the file's waveform.
    bool remove(const QString &location);

    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};
