#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <vector>

// Remembers where the frames of long MP3 files lie, so that a clip an hour into an episode opens
// in milliseconds: FFmpeg's exact MP3 seek reads every frame before the target (about 2 ms per
// minute of audio) unless its index already knows the way. An index learned once is shared by
// every decoder of the process, and kept in the cache folder so that the next `citecast play`
// starts fast too. Thread-safe; used only by FfmpegAudioStream.
class SeekIndexCache
{
public:
    struct Entry
    {
        qint64 pos = 0;       // byte offset of a frame
        qint64 timestamp = 0; // its time in the stream's time base
        int flags = 0;        // AVINDEX_* flags
    };
    using Entries = std::vector<Entry>;

    static SeekIndexCache &instance();

    // The known index of the local file `path` as it is now (its size and modification time
    // must match), or null. Looks in the cache folder the first time.
    std::shared_ptr<const Entries> find(const QString &path);
    // Keeps the index of the whole file `path`, in memory and in the cache folder.
    void store(const QString &path, Entries entries);
    // Forgets everything held in memory (the cache folder stays).
    void clearMemory();

    // Where indexes are written: CacheLocation/seek-index, unless CITECAST_SEEK_INDEX_DIR names a
    // folder ("off" keeps them in memory only).
    static QString folder();

private:
    struct Known
    {
        QString stamp; // size and modification time of the file it indexes
        std::shared_ptr<const Entries> entries;
    };
    static QString stampOf(const QString &path);
    static QString diskPath(const QString &path);
    static std::shared_ptr<const Entries> load(const QString &file, const QString &stamp);
    static void save(const QString &file, const QString &stamp, const Entries &entries);

    QMutex m_mutex;
    QHash<QString, Known> m_known; // by canonical path
};
