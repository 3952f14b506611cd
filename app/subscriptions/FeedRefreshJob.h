#pragma once

#include "FeedFetcher.h"
#include "FeedRefreshResult.h"
#include "SubscriptionRecord.h"

#include "feeds/Feed.h"
#include "feeds/FeedAttachments.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>

#include <memory>

class Database;
class QNetworkAccessManager;
class SubscriptionStore;

// Refreshes one subscription: fetches the feed (conditionally), parses it, fetches the chapters
// files and best transcripts of new or changed items, and writes the whole feed in one
// transaction; then records the outcome on the subscription's row. Emits finished() once.
class FeedRefreshJob : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int timeoutMs = FeedFetcher::DefaultTimeoutMs;
        qint64 maxBytes = FeedFetcher::DefaultMaxBytes;
        qint64 maxAttachmentBytes = 10 * 1024 * 1024;
        int parallelAttachments = 3;
    };

    FeedRefreshJob(Database &database, QNetworkAccessManager *manager,
                   const SubscriptionRecord &subscription, const Settings &settings,
                   QObject *parent = nullptr);
    ~FeedRefreshJob() override;

    void start();
    const FeedRefreshResult &result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    struct Attachment
    {
        QString guid;
        QString url;
        QString mimeType;
        QString language;
        bool transcript = false;
    };

    void onFeedFetched();
    void planAttachments();
    void startAttachments();
    void onAttachmentFetched(FeedFetcher *fetcher);
    void giveUpOn(const QString &authority);
    void read(const Attachment &attachment, const QByteArray &body);
    void write();
    void followNewFeedUrl(SubscriptionStore &store);
    void fail(const QString &error);
    void done();

    Database &m_database;
    QNetworkAccessManager *m_manager;
    SubscriptionRecord m_subscription;
    Settings m_settings;
    FeedRefreshResult m_result;
    std::unique_ptr<FeedFetcher> m_feedFetcher;
    FeedFetchResult m_fetched;
    Feed m_feed;
    FeedAttachments m_attachments;
    QQueue<Attachment> m_pending;
    QHash<FeedFetcher *, Attachment> m_running;
    // host:port that did not answer at all this refresh: the rest of its files are not tried.
    QSet<QString> m_unreachable;
    bool m_done = false;
};
