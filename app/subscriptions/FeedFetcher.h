#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// What to fetch: the address and the validators of the last answer that had a body.
struct FeedFetchRequest
{
    QUrl url;
    QString etag;
    QString lastModified;
};

// How a fetch ended. `permanentUrl` is set when the feed answered from elsewhere after only
// permanent redirects (301, 308): the subscription should move there.
struct FeedFetchResult
{
    enum class Outcome { Fetched, NotModified, Failed };
    Outcome outcome = Outcome::Failed;
    QByteArray body;
    QUrl finalUrl;     // where the answer came from, after every redirect
    QUrl permanentUrl; // empty unless every redirect on the way was permanent
    QString etag;
    QString lastModified;
    int httpStatus = 0;
    QString error; // one sentence naming the address, when Failed
};

// Fetches one feed (or a file it names) over HTTP(S) with QNetworkAccessManager, following
// redirects itself so that permanent ones can move the subscription and temporary ones do not;
// sends If-None-Match / If-Modified-Since; gives up after a time without data and above a size
// cap; gzip bodies are inflated by Qt. One fetcher, one request at a time.
class FeedFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr qint64 DefaultMaxBytes = 50 * 1024 * 1024;
    static constexpr int MaxRedirects = 10;

    explicit FeedFetcher(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~FeedFetcher() override;

    // Without data for this long, the fetch fails ("no answer within N s").
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // A larger body is not downloaded ("larger than N MB").
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    void start(const FeedFetchRequest &request);
    void abort();
    bool isRunning() const { return m_reply != nullptr; }
    const FeedFetchResult &result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total: -1 when the server does not say
    void finished();

private:
    void request(const QUrl &url);
    void onHeaders();
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);
    void finish(FeedFetchResult::Outcome outcome);
    QString maxSize() const;

    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_reply;
    FeedFetchRequest m_request;
    FeedFetchResult m_result;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxBytes = DefaultMaxBytes;
    int m_redirects = 0;
    bool m_onlyPermanent = true;
    bool m_tooLarge = false;
    bool m_aborted = false;
};
