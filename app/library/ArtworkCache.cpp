#include "ArtworkCache.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QUrl>

ArtworkCache::ArtworkCache(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_folder(QFileInfo(libraryPath).absoluteDir().filePath(QStringLiteral("artwork")))
{ }

QString ArtworkCache::pathFor(const QString &url) const
{
    const QByteArray hash
            = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_folder).filePath(QString::fromLatin1(hash) + QStringLiteral(".img"));
}

QString ArtworkCache::cachedPath(const QString &url) const
{
    if (url.isEmpty())
        return QString();
    const QString path = pathFor(url);
    return QFileInfo(path).isFile() ? path : QString();
}

void ArtworkCache::fetch(const QStringList &urls)
{
    for (const QString &url : urls) {
        const QUrl parsed(url);
        const QString scheme = parsed.scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            continue;
        if (m_tried.contains(url) || !cachedPath(url).isEmpty())
            continue;
        m_tried.insert(url);
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        QNetworkRequest request(parsed);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(TimeoutMs);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Citecast"));
        QNetworkReply *reply = m_network->get(request);
        m_pending.insert(reply, url);
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > MaxBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, url] { finish(reply, url); });
    }
}

void ArtworkCache::finish(QNetworkReply *reply, const QString &url)
{
    reply->deleteLater();
    m_pending.remove(reply);
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        Q_EMIT fetchFailed(url,
                           tr("the artwork at %1 is larger than %2 MB")
                                   .arg(url)
                                   .arg(MaxBytes / (1024 * 1024)));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT fetchFailed(
                url,
                tr("the artwork could not be fetched from %1: %2").arg(url, reply->errorString()));
        return;
    }
    QByteArray bytes = reply->readAll();
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    if (bytes.size() > MaxBytes || reader.read().isNull()) {
        Q_EMIT fetchFailed(url, tr("%1 is not an image Citecast can show").arg(url));
        return;
    }
    const QString path = pathFor(url);
    QSaveFile file(path);
    if (!QDir().mkpath(m_folder) || !file.open(QIODevice::WriteOnly) || file.write(bytes) < 0
        || !file.commit()) {
        Q_EMIT fetchFailed(url, tr("could not save artwork to %1").arg(path));
        return;
    }
    Q_EMIT artworkReady(url, path);
}
