#pragma once

#include <QString>
#include <QUrl>

// URLs as feeds write them: padded with whitespace, relative to the feed or an xml:base, with
// feed:// or itpc:// schemes that mean http://.
namespace FeedUrl {
// `url` trimmed, made absolute against `base` (when `base` is valid) and normalised; an empty
// or blank `url` gives an empty string.
QString resolve(const QUrl &base, const QString &url);
// A feed address as a user types or an OPML file holds it: trimmed, feed://, itpc:// and
// pcast:// mapped to http://, "example.org/feed" given http://.
QString normalizeFeedAddress(const QString &address);
} // namespace FeedUrl
