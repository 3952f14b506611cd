#pragma once

#include "import/Importer.h"

#include <QByteArray>
#include <QString>

class Database;

// `citecast import URL` and `citecast import FILE.opml`: what a subscription does, reported like
// any other imported file. A feed address is subscribed to and refreshed at once; an OPML file's
// feeds are subscribed to in one transaction, then refreshed.
namespace SubscriptionImport {
// Blocks in a local event loop until the feed is in (or failed).
ImportResult importFeedUrl(Database &database, const QString &url, int timeoutMs = 30000);
// ok when the file imported and every feed in it refreshed; a feed that failed is named in the
// error (its subscription stays, to be refreshed later). A broken file adds nothing.
ImportResult importOpml(Database &database, const QString &path, const QByteArray &bytes,
                        int timeoutMs = 30000);
} // namespace SubscriptionImport
