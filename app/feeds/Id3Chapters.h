#pragma once

#include "Chapter.h"

#include <QString>

// Reads ID3v2 chapters (CHAP frames, with the CTOC table of contents) from an MP3 through
// TagLib: titles from each chapter's TIT2 (the first non-empty one when a chapter repeats it),
// links from WXXX/WOAR, in the order of an ordered top-level CTOC, else by start time. Embedded
// chapter images are not returned (Chapter::image holds URLs only).
namespace Id3Chapters {
// Empty when the file has no ID3v2 tag or no chapters; `ok` false when it cannot be read.
ChapterList read(const QString &path, bool *ok = nullptr);
} // namespace Id3Chapters
