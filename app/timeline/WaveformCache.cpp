#include "WaveformCache.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

WaveformCache::Stamp WaveformCache::stampOf(const QString &path)
{
    Stamp stamp;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return stamp;
    stamp.location = info.canonicalFilePath();
    stamp.size = info.size();
    stamp.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    return stamp;
}

WaveformCache::WaveformCache(QSqlDatabase connection)
    : m_db(std::move(connection))
{ }

std::optional<Waveform> WaveformCache::find(const Stamp &stamp, qint64 bucketMs) const
{
    m_error.clear();
    if (!stamp.isValid())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
            "SELECT duration_ms, peak_scale, peaks FROM waveform_peaks WHERE location = ? AND "
            "file_size = ? AND file_modified_ms = ? AND format = ? AND bucket_ms = ?"));
    query.addBindValue(stamp.location);
    query.addBindValue(stamp.size);
    query.addBindValue(stamp.modifiedMs);
    query.addBindValue(Waveform::FormatVersion);
    query.addBindValue(bucketMs);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Waveform(bucketMs, query.value(0).toLongLong(), query.value(1).toFloat(),
                    query.value(2).toByteArray());
}

bool WaveformCache::store(const Stamp &stamp, const Waveform &waveform)
{
    m_error.clear();
    if (!stamp.isValid())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO waveform_peaks (location, file_size, file_modified_ms, format, "
            "bucket_ms, duration_ms, peak_scale, peaks, computed_ms) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(stamp.location);
    query.addBindValue(stamp.size);
    query.addBindValue(stamp.modifiedMs);
    query.addBindValue(Waveform::FormatVersion);
    query.addBindValue(waveform.bucketMs());
    query.addBindValue(waveform.durationMs());
    query.addBindValue(double(waveform.peakScale()));
    query.addBindValue(waveform.levels());
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool WaveformCache::remove(const QString &location)
{
    m_error.clear();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM waveform_peaks WHERE location = ?"));
    query.addBindValue(location);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}
