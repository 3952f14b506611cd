#pragma once

#include "Chapter.h"
#include "Feed.h"
#include "TranscriptSegment.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes of `citecast feed inspect --json` (docs/CLI.md), which scripts and tests rely
// on: unknown numbers and missing objects are null, times are milliseconds, dates ISO 8601 UTC.
namespace FeedJson {
// The whole document as `feed inspect --json` prints it: keys in the documented order
// (FeedJsonDocument.cpp). The functions below give the same values as Qt JSON objects.
QByteArray document(const Feed &feed);
QJsonObject feed(const Feed &feed);
QJsonObject show(const FeedShow &show);
QJsonObject episode(const FeedEpisode &episode);
QJsonArray chapters(const ChapterList &chapters);
QJsonArray transcript(const Transcript &segments);
// "full", "trailer", "bonus".
QString episodeTypeName(EpisodeType type);
} // namespace FeedJson
