#include "FeedFetcher.h"

#include "SubscriptionStore.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isPermanent(int status)
{
    return status == 301 || status == 308;
}

} // namespace

FeedFetcher::FeedFetcher(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{ }

FeedFetcher::~FeedFetcher()
{
    abort();
}

void FeedFetcher::start(const FeedFetchRequest &request)
{
    abort();
    m_request = request;
    m_result = FeedFetchResult();
    m_redirects = 0;
    m_onlyPermanent = true;
    this->request(request.url);
}

void FeedFetcher::abort()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    // A reply that has failed already (its signals still queued) must not be aborted again.
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}

void FeedFetcher::request(const QUrl &url)
{
    m_tooLarge = false;
    m_aborted = false;
    m_result.body.clear();
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Citecast/%1").arg(QStringLiteral(CITECAST_VERSION)));
    if (!m_request.etag.isEmpty())
        request.setRawHeader("If-None-Match", m_request.etag.toLatin1());
    if (!m_request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.lastModified.toLatin1());
    qCDebug(lcSubscriptions) << "GET" << url.toDisplayString();
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &FeedFetcher::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &FeedFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &FeedFetcher::progress);
    connect(m_reply, &QNetworkReply::finished, this, &FeedFetcher::onFinished);
}

QString FeedFetcher::maxSize() const
{
    if (m_maxBytes >= 1024 * 1024)
        return tr("%1 MB").arg(m_maxBytes / (1024 * 1024));
    return tr("%1 KB").arg(qMax<qint64>(1, m_maxBytes / 1024));
}

void FeedFetcher::onHeaders()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    // Only an uncompressed body's announced length says how large it will be once read.
    if (status >= 200 && status < 300 && length.isValid() && length.toLongLong() > m_maxBytes
        && m_reply->rawHeader("Content-Encoding").isEmpty()) {
        m_tooLarge = true;
        m_aborted = true;
        m_reply->abort();
    }
}

void FeedFetcher::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        m_reply->readAll(); // a redirect's or an error's page
        return;
    }
    m_result.body += m_reply->readAll();
    if (m_result.body.size() > m_maxBytes) {
        m_tooLarge = true;
        m_aborted = true;
        m_reply->abort();
    }
}

void FeedFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QUrl url = reply->url();
    const QString where = url.toDisplayString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    m_result.finalUrl = url;

    if (m_tooLarge)
        return fail(tr("%1: the feed is larger than %2; not downloaded").arg(where, maxSize()));
    if (!m_aborted
        && (reply->error() == QNetworkReply::OperationCanceledError
            || reply->error() == QNetworkReply::TimeoutError))
        return fail(tr("%1: no answer within %2 s")
                            .arg(where,
                                 m_timeoutMs % 1000 == 0 ? QString::number(m_timeoutMs / 1000)
                                                         : QString::number(m_timeoutMs / 1000.0)));
    if (isRedirect(status)) {
        const QUrl target = url.resolved(
                reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (!target.isValid() || target.isEmpty())
            return fail(tr("%1: HTTP %2 without a Location").arg(where).arg(status));
        if (url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https"))
            return fail(tr("%1: redirected from https to %2; refused")
                                .arg(where, target.toDisplayString()));
        if (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https"))
            return fail(tr("%1: redirected to %2, which is not http(s)")
                                .arg(where, target.toDisplayString()));
        if (++m_redirects > MaxRedirects)
            return fail(tr("%1: more than %2 redirects").arg(where).arg(MaxRedirects));
        m_onlyPermanent = m_onlyPermanent && isPermanent(status);
        if (m_onlyPermanent)
            m_result.permanentUrl = target;
        qCDebug(lcSubscriptions) << status << "to" << target.toDisplayString();
        request(target);
        return;
    }
    if (status == 304) {
        m_result.etag = m_request.etag;
        m_result.lastModified = m_request.lastModified;
        return finish(FeedFetchResult::Outcome::NotModified);
    }
    if (status >= 400) {
        const QString reason
                = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return fail(tr("%1: HTTP %2 %3").arg(where, QString::number(status), reason).trimmed());
    }
    if (reply->error() != QNetworkReply::NoError)
        return fail(tr("%1: %2").arg(where, reply->errorString()));
    m_result.body += reply->readAll();
    if (m_result.body.size() > m_maxBytes)
        return fail(tr("%1: the feed is larger than %2; not downloaded").arg(where, maxSize()));
    m_result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    m_result.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    finish(FeedFetchResult::Outcome::Fetched);
}

void FeedFetcher::fail(const QString &message)
{
    m_result.error = message;
    m_result.body.clear();
    finish(FeedFetchResult::Outcome::Failed);
}

void FeedFetcher::finish(FeedFetchResult::Outcome outcome)
{
    m_result.outcome = outcome;
    if (outcome != FeedFetchResult::Outcome::Fetched)
        m_result.body.clear();
    if (outcome == FeedFetchResult::Outcome::Failed)
        qCDebug(lcSubscriptions) << m_result.error;
    Q_EMIT finished();
}
