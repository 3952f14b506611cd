#pragma once

#include "SubscriptionRecord.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSubscriptions)

// The feeds the user follows (the subscriptions table): add by address, remove, list with the
// show each one feeds, and record how each refresh went. Removing a subscription keeps the
// show's episodes and bookmarks: only the fetching stops.
class SubscriptionStore
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionStore)

public:
    explicit SubscriptionStore(QSqlDatabase db);

    struct Added
    {
        qint64 id = 0;
        bool created = false; // false: the address was already subscribed (id is that one)
    };
    // Subscribes to `address` (normalised: trimmed, feed:// and itpc:// mean http://; only
    // http(s) is accepted). An address already subscribed gives its existing id.
    std::optional<Added> add(const QString &address, const QString &title = QString(),
                             const QStringList &folder = QStringList());
    // False when there is no such subscription (errorString() says so).
    bool remove(qint64 id);
    std::optional<SubscriptionRecord> find(qint64 id);
    // Every subscription, by title (case-insensitive), then id.
    QVector<SubscriptionRecord> list();

    // A permanent redirect moved the feed. Refused when another subscription has `newUrl`.
    bool moveTo(qint64 id, const QString &newUrl);
    // A refresh that read the feed: its validators, its show and "updated".
    bool recordUpdated(qint64 id, qint64 showId, const QString &etag, const QString &lastModified,
                       qint64 nowMs);
    bool recordNotModified(qint64 id, qint64 nowMs);
    bool recordFailed(qint64 id, const QString &error, qint64 nowMs);

    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};
