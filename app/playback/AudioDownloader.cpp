#include "AudioDownloader.h"

#include "AudioCache.h"
#include "FfmpegAudioStream.h"
#include "PlaybackLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>

struct AudioDownloader::Transfer
{
    QString url;
    QNetworkReply *reply = nullptr;
    QFile *part = nullptr; // the download so far, NAME.part beside where it goes
    QTimer *idle = nullptr;
    qint64 received = 0;
    qint64 total = -1;
    bool timedOut = false;
    bool writeFailed = false;
};

AudioDownloader::AudioDownloader(QObject *parent)
    : QObject(parent)
{
    m_checks.setMaxThreadCount(1);
}

AudioDownloader::~AudioDownloader()
{
    cancelAll();
    m_checks.waitForDone();
}

bool AudioDownloader::fetch(const QString &url)
{
    if (!AudioCache::cachedFile(url).isEmpty())
        return false;
    if (m_transfers.contains(url))
        return true;
    auto *transfer = new Transfer;
    transfer->url = url;
    const QString target = AudioCache::pathFor(url);
    QDir().mkpath(QFileInfo(target).path());
    transfer->part = new QFile(target + QStringLiteral(".part"), this);
    m_transfers.insert(url, transfer);
    if (!transfer->part->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString error
                = tr("Cannot download '%1': the cache file %2 cannot be written (%3).")
                          .arg(url, QDir::toNativeSeparators(transfer->part->fileName()),
                               transfer->part->errorString());
        QMetaObject::invokeMethod(
                this, [this, transfer, url, error] { conclude(url, transfer, error); },
                Qt::QueuedConnection);
        return true;
    }
    QNetworkRequest request {QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    transfer->reply = m_network.get(request);
    transfer->idle = new QTimer(this);
    transfer->idle->setSingleShot(true);
    transfer->idle->setInterval(int(m_timeoutMs));
    connect(transfer->idle, &QTimer::timeout, this, [this, transfer] { onIdle(transfer); });
    connect(transfer->reply, &QNetworkReply::readyRead, this,
            [this, transfer] { onReadyRead(transfer); });
    connect(transfer->reply, &QNetworkReply::finished, this,
            [this, transfer] { onFinished(transfer); });
    transfer->idle->start();
    qCDebug(lcPlayback) << "downloading" << url << "to" << target;
    return true;
}

void AudioDownloader::cancelAll()
{
    const QList<Transfer *> transfers = m_transfers.values();
    m_transfers.clear();
    for (Transfer *transfer : transfers) {
        if (transfer->reply) {
            transfer->reply->disconnect(this);
            transfer->reply->abort();
            transfer->reply->deleteLater();
        }
        if (transfer->part) {
            transfer->part->remove();
            delete transfer->part;
        }
        delete transfer->idle;
        delete transfer;
    }
}

void AudioDownloader::onReadyRead(Transfer *transfer)
{
    transfer->idle->start();
    if (transfer->total < 0) {
        const QVariant length = transfer->reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            transfer->total = length.toLongLong();
    }
    const QByteArray bytes = transfer->reply->readAll();
    if (transfer->part->write(bytes) != bytes.size()) {
        transfer->writeFailed = true;
        transfer->reply->abort();
        return;
    }
    transfer->received += bytes.size();
    Q_EMIT progress(transfer->url, transfer->received, transfer->total);
}

void AudioDownloader::onIdle(Transfer *transfer)
{
    transfer->timedOut = true;
    transfer->reply->abort();
}

QString AudioDownloader::describe(const Transfer *transfer) const
{
    const QLocale locale = QLocale::c();
    if (transfer->timedOut) {
        return tr("the server sent nothing for %1 s")
                .arg(QString::number(double(m_timeoutMs) / 1000.0));
    }
    if (transfer->writeFailed) {
        return tr("the cache file %1 cannot be written (%2)")
                .arg(QDir::toNativeSeparators(transfer->part->fileName()),
                     transfer->part->errorString());
    }
    const QNetworkReply *reply = transfer->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ContentNotFoundError:
        return tr("the server has no such file (HTTP 404 Not Found)");
    case QNetworkReply::ConnectionRefusedError:
        return tr("the server refused the connection (nothing listens at that address)");
    case QNetworkReply::HostNotFoundError:
        return tr("the server's name is unknown (no network, or a typo in the address?)");
    case QNetworkReply::TimeoutError:
        return tr("the server did not answer in time");
    default:
        if (status >= 400)
            return tr("the server answered HTTP %1 %2").arg(status).arg(reason);
        if (transfer->total > 0 && transfer->received < transfer->total)
            break;
        return reply->errorString();
    }
    if (transfer->total > 0 && transfer->received < transfer->total) {
        return tr("the server stopped after %1 of the %2 bytes it announced, so the file is "
                  "incomplete")
                .arg(locale.toString(transfer->received), locale.toString(transfer->total));
    }
    return QString();
}

void AudioDownloader::onFinished(Transfer *transfer)
{
    transfer->idle->stop();
    if (transfer->reply->bytesAvailable() > 0)
        onReadyRead(transfer);
    transfer->part->close();
    const QString problem = describe(transfer);
    if (!problem.isEmpty())
        return conclude(transfer->url, transfer,
                        tr("Cannot download '%1': %2.").arg(transfer->url, problem));
    verify(transfer);
}

// Whatever a server sends under a URL ending in .mp3 may be an error page: only audio is kept.
void AudioDownloader::verify(Transfer *transfer)
{
    const QString part = transfer->part->fileName();
    const QString url = transfer->url;
    const QString type = transfer->reply->header(QNetworkRequest::ContentTypeHeader).toString();
    QPointer<AudioDownloader> self(this);
    m_checks.start([self, transfer, part, url, type] {
        FfmpegAudioStream probe;
        const bool audio = probe.open(part);
        probe.close();
        QString error;
        if (!audio) {
            error = type.isEmpty()
                    ? tr("Cannot download '%1': what the server sent is not audio.").arg(url)
                    : tr("Cannot download '%1': the server sent %2, not audio.").arg(url, type);
        }
        QMetaObject::invokeMethod(
                self.data(),
                [self, transfer, url, error] {
                    if (self)
                        self->conclude(url, transfer, error);
                },
                Qt::QueuedConnection);
    });
}

// Ends a transfer: the finished file takes its place in the cache, or nothing is left.
void AudioDownloader::conclude(QString url, Transfer *transfer, const QString &error)
{
    if (m_transfers.value(url) != transfer)
        return; // cancelled meanwhile (and gone)
    m_transfers.remove(url);
    const QString target = AudioCache::pathFor(transfer->url);
    bool ok = error.isEmpty();
    QString message = error;
    if (ok) {
        QFile::remove(target);
        ok = transfer->part->rename(target);
        if (!ok) {
            message = tr("Cannot download '%1': the cache file %2 cannot be written (%3).")
                              .arg(transfer->url, QDir::toNativeSeparators(target),
                                   transfer->part->errorString());
        }
    }
    if (!ok)
        transfer->part->remove();
    if (transfer->reply)
        transfer->reply->deleteLater();
    delete transfer->part;
    delete transfer->idle;
    delete transfer;
    if (ok) {
        qCDebug(lcPlayback) << "downloaded" << url;
        Q_EMIT finished(url, target);
    } else {
        qCDebug(lcPlayback).noquote() << message;
        Q_EMIT failed(url, message);
    }
}
