#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// How bookmarks write times and shorten text, the same in the list, the exports and the CLI.
namespace BookmarkText {
// "01:02:03": always hours, minutes and seconds (milliseconds truncated).
QString clock(qint64 ms);
// "00:00:21–00:00:32" (en dash); empty when the bookmark has no span (start < 0).
QString span(qint64 startMs, qint64 endMs);
// "2024-05-01T10:00:00.000Z": UTC with milliseconds, so nothing is lost.
QString isoTime(qint64 msSinceEpoch);
// The inverse of isoTime(), also accepting a time without milliseconds; nullopt when malformed.
std::optional<qint64> parseIsoTime(const QString &text);
// The first line of `text`, cut at a word to at most `maxChars`; an ellipsis marks what was left
// out (more of the line, or more lines).
QString excerpt(const QString &text, int maxChars);
} // namespace BookmarkText
