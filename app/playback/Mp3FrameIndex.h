#pragma once

#include "SeekIndexCache.h"

#include <QString>

// Lists where the frames of an MP3 file start by reading only their four-byte headers: a few
// milliseconds for an hour of audio, where FFmpeg takes about 0.1 s reading every frame. Feeds the
// seek index (SeekIndexCache) that lets a span an hour into an episode open at once.
namespace Mp3FrameIndex {

// Every `step`-th frame from the one at byte `firstPos` (stamped `firstTimestamp`, in the
// stream's time base) on, each `ticksPerFrame` after the one before, as long as the headers
// follow one another without a gap: the frames FFmpeg would read. Empty when the file does not
// look like plain constant-layout MPEG audio there (FFmpeg then reads the frames itself).
SeekIndexCache::Entries walk(const QString &path, qint64 firstPos, qint64 firstTimestamp,
                             qint64 ticksPerFrame, int step);

// The size in bytes of the MPEG audio frame whose header is `header` (big-endian), 0 when it is
// not a valid layer II or III header; `layout` gets what must not change from frame to frame.
int frameSize(quint32 header, quint32 *layout = nullptr);

} // namespace Mp3FrameIndex
