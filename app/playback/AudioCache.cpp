#include "AudioCache.h"

#include "FfmpegAudioStream.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace AudioCache {

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QStringLiteral("/audio");
}

QString pathFor(const QString &url)
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1);
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,5}$"));
    QString extension = QFileInfo(QUrl(url).path()).suffix().toLower();
    if (!plain.match(extension).hasMatch())
        extension = QStringLiteral("audio");
    return folder() + QLatin1Char('/') + QString::fromLatin1(hash.toHex()) + QLatin1Char('.')
            + extension;
}

QString cachedFile(const QString &url)
{
    if (!FfmpegAudioStream::isUrl(url))
        return QString();
    const QString path = pathFor(url);
    return QFileInfo(path).isFile() ? path : QString();
}

QString localSource(const QString &source)
{
    const QString cached = cachedFile(source);
    return cached.isEmpty() ? source : cached;
}

} // namespace AudioCache
