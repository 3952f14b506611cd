#pragma once

#include "SubscriptionRecord.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

// Subscriptions to and from OPML, the list every podcast app imports and exports: nested folders
// become a subscription's folder path (and back), OPML 1.0 and 2.0 are read.
namespace OpmlSubscriptions {

struct ImportSummary
{
    int added = 0;
    int alreadySubscribed = 0;
    QVector<qint64> ids; // every subscription the file names, new or not, in file order
    QStringList skipped; // "file.opml: “Title”: not a feed address (…)", one per entry skipped
};

// Reads `bytes` and subscribes to every feed in it, in one transaction (all or nothing). False
// with `*error` (file:line:column for a broken file) when nothing was added.
bool importOpml(QSqlDatabase db, const QByteArray &bytes, const QString &fileName,
                ImportSummary *summary, QString *error);
// The subscriptions as OPML 2.0, folders as nested outlines.
QByteArray exportOpml(const QVector<SubscriptionRecord> &subscriptions);

} // namespace OpmlSubscriptions
