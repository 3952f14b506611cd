#include "SubscriptionStore.h"

#include "feeds/FeedUrl.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSubscriptions, "citecast.subscriptions", QtInfoMsg)

namespace {

QString folderJson(const QStringList &folder)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(folder)).toJson(QJsonDocument::Compact));
}

QStringList folderFromJson(const QString &json)
{
    QStringList folder;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        folder << value.toString();
    return folder;
}

const QString selectColumns = QStringLiteral(
        "SELECT s.id, s.feed_url, COALESCE(s.show_id, 0), s.title, s.folder, s.etag, "
        "s.last_modified, s.added_ms, COALESCE(s.refreshed_ms, -1), s.refresh_status, s.error, "
        "COALESCE(sh.title, ''), COALESCE(sh.link, ''), (SELECT COUNT(*) FROM episodes e WHERE "
        "e.show_id = s.show_id) "
        "FROM subscriptions s LEFT JOIN shows sh ON sh.id = s.show_id ");

SubscriptionRecord recordFrom(const QSqlQuery &query)
{
    SubscriptionRecord record;
    record.id = query.value(0).toLongLong();
    record.feedUrl = query.value(1).toString();
    record.showId = query.value(2).toLongLong();
    record.title = query.value(3).toString();
    record.folder = folderFromJson(query.value(4).toString());
    record.etag = query.value(5).toString();
    record.lastModified = query.value(6).toString();
    record.addedMs = query.value(7).toLongLong();
    record.refreshedMs = query.value(8).toLongLong();
    record.status = static_cast<RefreshStatus>(query.value(9).toInt());
    record.error = query.value(10).toString();
    record.showTitle = query.value(11).toString();
    record.showLink = query.value(12).toString();
    record.episodeCount = query.value(13).toInt();
    return record;
}

} // namespace

SubscriptionStore::SubscriptionStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<SubscriptionStore::Added>
SubscriptionStore::add(const QString &address, const QString &title, const QStringList &folder)
{
    // "mailto:x", "javascript:..." name another scheme; "host:8080/feed" is a port.
    static const QRegularExpression otherScheme(
            QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9+.-]*):(?!\\d)"));
    const QRegularExpressionMatch scheme = otherScheme.match(address);
    static const QStringList feedSchemes {QStringLiteral("http"), QStringLiteral("https"),
                                          QStringLiteral("feed"), QStringLiteral("itpc"),
                                          QStringLiteral("pcast")};
    const QString normalized
            = scheme.hasMatch() && !feedSchemes.contains(scheme.captured(1).toLower())
            ? QString()
            : FeedUrl::normalizeFeedAddress(address);
    const QUrl url(normalized);
    if (normalized.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_error = tr("\u201c%1\u201d is not a feed address (http:// or https://)").arg(address);
        return std::nullopt;
    }
    // As QUrl writes it: scheme and host in lower case, so one feed is subscribed once.
    const QString feedUrl = url.toString();
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT id FROM subscriptions WHERE feed_url = ?"),
                   {feedUrl}, &m_error))
        return std::nullopt;
    if (query.next())
        return Added {query.value(0).toLongLong(), false};
    if (!Sql::exec(
                query,
                QStringLiteral("INSERT INTO subscriptions (feed_url, title, folder, added_ms) "
                               "VALUES (?, ?, ?, ?)"),
                {feedUrl, title.trimmed(), folderJson(folder), QDateTime::currentMSecsSinceEpoch()},
                &m_error))
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    qCDebug(lcSubscriptions) << "subscribed" << id << feedUrl;
    return Added {id, true};
}

bool SubscriptionStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("DELETE FROM subscriptions WHERE id = ?"), {id}, &m_error))
        return false;
    if (query.numRowsAffected() < 1) {
        m_error = tr("no subscription %1 (see `citecast subscriptions list`)").arg(id);
        return false;
    }
    return true;
}

std::optional<SubscriptionRecord> SubscriptionStore::find(qint64 id)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, selectColumns + QStringLiteral("WHERE s.id = ?"), {id}, &m_error))
        return std::nullopt;
    if (!query.next()) {
        m_error = tr("no subscription %1 (see `citecast subscriptions list`)").arg(id);
        return std::nullopt;
    }
    return recordFrom(query);
}

QVector<SubscriptionRecord> SubscriptionStore::list()
{
    QVector<SubscriptionRecord> records;
    QSqlQuery query(m_db);
    if (!Sql::exec(query, selectColumns, {}, &m_error))
        return records;
    while (query.next())
        records << recordFrom(query);
    std::stable_sort(records.begin(), records.end(),
                     [](const SubscriptionRecord &a, const SubscriptionRecord &b) {
                         const int order = QString::compare(a.displayTitle(), b.displayTitle(),
                                                            Qt::CaseInsensitive);
                         return order != 0 ? order < 0 : a.id < b.id;
                     });
    return records;
}

bool SubscriptionStore::moveTo(qint64 id, const QString &newUrl)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT id FROM subscriptions WHERE feed_url = ?"),
                   {newUrl}, &m_error))
        return false;
    if (query.next() && query.value(0).toLongLong() != id) {
        m_error = tr("the feed moved to %1, which subscription %2 already fetches")
                          .arg(newUrl)
                          .arg(query.value(0).toLongLong());
        return false;
    }
    // The validators belonged to the old address.
    return Sql::exec(query,
                     QStringLiteral("UPDATE subscriptions SET feed_url = ?, etag = '', "
                                    "last_modified = '' WHERE id = ?"),
                     {newUrl, id}, &m_error);
}

bool SubscriptionStore::recordUpdated(qint64 id, qint64 showId, const QString &etag,
                                      const QString &lastModified, qint64 nowMs)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
                     QStringLiteral("UPDATE subscriptions SET show_id = ?, etag = ?, "
                                    "last_modified = ?, refreshed_ms = ?, refresh_status = ?, "
                                    "error = '' WHERE id = ?"),
                     {Sql::nullIfZero(showId), etag, lastModified, nowMs,
                      static_cast<int>(RefreshStatus::Updated), id},
                     &m_error);
}

bool SubscriptionStore::recordNotModified(qint64 id, qint64 nowMs)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
                     QStringLiteral("UPDATE subscriptions SET refreshed_ms = ?, "
                                    "refresh_status = ?, error = '' WHERE id = ?"),
                     {nowMs, static_cast<int>(RefreshStatus::NotModified), id}, &m_error);
}

bool SubscriptionStore::recordFailed(qint64 id, const QString &error, qint64 nowMs)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
                     QStringLiteral("UPDATE subscriptions SET refreshed_ms = ?, "
                                    "refresh_status = ?, error = ? WHERE id = ?"),
                     {nowMs, static_cast<int>(RefreshStatus::Failed), error, id}, &m_error);
}
