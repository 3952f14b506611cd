#include "SeekIndexCache.h"

#include "PlaybackLog.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr quint32 Magic = 0x43435349; // "CCSI"
constexpr quint32 Version = 1;
} // namespace

SeekIndexCache &SeekIndexCache::instance()
{
    static SeekIndexCache cache;
    return cache;
}

QString SeekIndexCache::folder()
{
    const QString chosen = qEnvironmentVariable("CITECAST_SEEK_INDEX_DIR");
    if (chosen == QLatin1String("off"))
        return QString();
    if (!chosen.isEmpty())
        return chosen;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/seek-index");
}

QString SeekIndexCache::stampOf(const QString &path)
{
    const QFileInfo info(path);
    return QString::number(info.size()) + QLatin1Char(':')
            + QString::number(info.lastModified().toMSecsSinceEpoch());
}

QString SeekIndexCache::diskPath(const QString &path)
{
    const QString dir = folder();
    if (dir.isEmpty())
        return QString();
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1);
    return dir + QLatin1Char('/') + QString::fromLatin1(hash.toHex()) + QStringLiteral(".idx");
}

std::shared_ptr<const SeekIndexCache::Entries> SeekIndexCache::find(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return nullptr;
    const QString stamp = stampOf(canonical);
    {
        QMutexLocker locker(&m_mutex);
        const auto known = m_known.constFind(canonical);
        if (known != m_known.cend() && known->stamp == stamp)
            return known->entries;
    }
    const QString file = diskPath(canonical);
    auto entries = file.isEmpty() ? nullptr : load(file, stamp);
    if (entries) {
        QMutexLocker locker(&m_mutex);
        m_known.insert(canonical, {stamp, entries});
    }
    return entries;
}

void SeekIndexCache::store(const QString &path, Entries entries)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || entries.empty())
        return;
    const QString stamp = stampOf(canonical);
    auto shared = std::make_shared<const Entries>(std::move(entries));
    {
        QMutexLocker locker(&m_mutex);
        m_known.insert(canonical, {stamp, shared});
    }
    const QString file = diskPath(canonical);
    if (!file.isEmpty())
        save(file, stamp, *shared);
}

void SeekIndexCache::clearMemory()
{
    QMutexLocker locker(&m_mutex);
    m_known.clear();
}

std::shared_ptr<const SeekIndexCache::Entries> SeekIndexCache::load(const QString &file,
                                                                    const QString &stamp)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return nullptr;
    QDataStream stream(&in);
    quint32 magic = 0;
    quint32 version = 0;
    QString savedStamp;
    quint32 count = 0;
    stream >> magic >> version >> savedStamp >> count;
    if (magic != Magic || version != Version || savedStamp != stamp || count == 0
        || count > 10'000'000)
        return nullptr;
    Entries entries(count);
    for (Entry &entry : entries) {
        qint32 flags = 0;
        stream >> entry.pos >> entry.timestamp >> flags;
        entry.flags = flags;
    }
    if (stream.status() != QDataStream::Ok)
        return nullptr;
    qCDebug(lcPlayback) << "read a seek index of" << count << "frames from" << file;
    return std::make_shared<const Entries>(std::move(entries));
}

void SeekIndexCache::save(const QString &file, const QString &stamp, const Entries &entries)
{
    if (!QDir().mkpath(QFileInfo(file).path()))
        return;
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return;
    QDataStream stream(&out);
    stream << Magic << Version << stamp << quint32(entries.size());
    for (const Entry &entry : entries)
        stream << entry.pos << entry.timestamp << qint32(entry.flags);
    if (!out.commit())
        qCDebug(lcPlayback) << "cannot write the seek index" << file << out.errorString();
}
