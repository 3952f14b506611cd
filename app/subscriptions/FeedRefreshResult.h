#pragma once

#include "SubscriptionRecord.h"

#include <QMetaType>
#include <QString>
#include <QVector>

// How refreshing one subscription went, as the CLI prints it and the window reports it.
struct FeedRefreshResult
{
    qint64 subscriptionId = 0;
    QString feedUrl; // as stored after the refresh (a permanent redirect changes it)
    QString title;
    RefreshStatus status = RefreshStatus::Failed;
    QString error;              // when Failed: one sentence naming the address
    QString movedFrom;          // the old address, when a permanent redirect moved the feed
    int episodeCount = 0;       // items the feed holds (Updated only)
    int attachmentsRead = 0;    // chapters files and transcripts fetched and read
    QVector<qint64> episodeIds; // the feed's episodes in feed order (Updated only)
};
Q_DECLARE_METATYPE(FeedRefreshResult)
