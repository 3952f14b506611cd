#include "FeedDownload.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace FeedDownload {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FeedDownload", text);
}

} // namespace

Result fetch(const QUrl &url, int timeoutMs, qint64 maxBytes)
{
    Result result;
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(10);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Citecast/%1").arg(QStringLiteral(CITECAST_VERSION)));
    QNetworkReply *reply = manager.get(request);
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                     [reply, maxBytes, &tooLarge](qint64 received, qint64) {
                         if (received > maxBytes) {
                             tooLarge = true;
                             reply->abort();
                         }
                     });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    result.finalUrl = reply->url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge) {
        result.error = tr("%1: the feed is larger than %2 MB")
                               .arg(url.toDisplayString(), QString::number(maxBytes >> 20));
    } else if (reply->error() == QNetworkReply::OperationCanceledError
               || reply->error() == QNetworkReply::TimeoutError) {
        result.error = tr("%1: no answer within %2 s")
                               .arg(url.toDisplayString(), QString::number(timeoutMs / 1000));
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = status > 0
                ? tr("%1: the server answered %2 %3")
                          .arg(url.toDisplayString(), QString::number(status),
                               reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                       .toString())
                : tr("%1: %2").arg(url.toDisplayString(), reply->errorString());
    } else {
        result.ok = true;
        result.body = reply->readAll();
    }
    delete reply;
    return result;
}

} // namespace FeedDownload
