#pragma once

#include "Chapter.h"
#include "Feed.h"
#include "TranscriptSegment.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes of `citecast feed inspect --json` (docs/CLI.md), which scripts and tests rely
// on: unknown numbers and missing objects are null, times are milliseconds, dates ISO 8601 UTC.
namespace FeedJson {
QJsonObject feed(const Feed &feed);
QJsonObject show(const FeedShow &show);
QJsonObject episode(const FeedEpisode &episode);
QJsonArray chapters(const ChapterList &chapters);
QJsonArray transcript(const Transcript &segments);
} // namespace FeedJson
