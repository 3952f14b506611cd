#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// How a subscription's last refresh went; persisted in subscriptions.refresh_status.
enum class RefreshStatus : int { Never = 0, Updated = 1, NotModified = 2, Failed = 3 };

// One row of the subscriptions table with what the list shows beside it (the show's title and
// episode count), so the CLI and the window print a subscription without further queries.
struct SubscriptionRecord
{
    qint64 id = 0;
    QString feedUrl;
    qint64 showId = 0; // 0 until a refresh has read the feed
    QString title;     // from OPML or the address, before the show is known
    QStringList folder;
    QString etag;
    QString lastModified;
    qint64 addedMs = 0;
    qint64 refreshedMs = -1; // -1: never refreshed
    RefreshStatus status = RefreshStatus::Never;
    QString error;
    QString showTitle;
    QString showLink; // the show's web site, for OPML's htmlUrl
    int episodeCount = 0;

    // The show's title once known, else the stored title, else the address.
    QString displayTitle() const
    {
        if (!showTitle.isEmpty())
            return showTitle;
        return title.isEmpty() ? feedUrl : title;
    }
};

// "never", "updated", "not modified", "failed": as the CLI's JSON and list print it.
QString refreshStatusName(RefreshStatus status);
