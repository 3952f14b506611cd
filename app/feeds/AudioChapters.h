#pragma once

#include "Chapter.h"

#include "import/ImportError.h"

#include <QString>

// The chapters inside an audio file, whatever its format: MP3 through TagLib (which knows the
// ID3 table of contents and chapter links), everything else — and MP3s TagLib finds none in —
// through FFmpeg. A file without chapters gives an empty list; an unreadable one, an error.
namespace AudioChapters {
Parsed<ChapterList> read(const QString &path);
} // namespace AudioChapters
