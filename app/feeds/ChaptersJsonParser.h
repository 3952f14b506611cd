#pragma once

#include "Chapter.h"

#include "import/ImportError.h"

#include <QByteArray>
#include <QString>

// Reads the Podcasting 2.0 chapters file (podcast:chapters, application/json+chapters):
// {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro", "img": ..., "url": ...,
// "endTime": ..., "toc": false}]}. Chapters come back ordered by start time; a problem is one
// located ImportError.
namespace ChaptersJsonParser {
Parsed<ChapterList> parse(const QByteArray &json, const QString &fileName);
} // namespace ChaptersJsonParser
