#pragma once

#include "Chapter.h"

#include <QString>

// Reads the chapters FFmpeg's demuxers expose (AVFormatContext::chapters): MP4/M4A (QuickTime
// chapter tracks and Nero "chpl"), Ogg and Opus (Vorbis comments CHAPTER001=00:00:00.000,
// CHAPTER001NAME=...), Matroska, and ID3 CHAP in MP3 without the table of contents.
namespace FfmpegChapters {
// By start time; empty when the file has none; `ok` false when FFmpeg cannot open the file.
ChapterList read(const QString &path, bool *ok = nullptr);
} // namespace FfmpegChapters
