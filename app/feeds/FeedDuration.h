#pragma once

#include <QString>
#include <QtGlobal>

// Reads durations the way feeds write them (itunes:duration and friends).
namespace FeedDuration {
// "3600", "1234.5", "59:30", "1:02:03", "01:02:03.500", and the out-of-range "00:04:60" (read as
// 5 minutes: every part is added, none is checked against 60). Milliseconds; -1 when blank or
// not a duration.
qint64 parseMs(const QString &text);
// Seconds with an optional fraction, as podcast:soundbite and chapters JSON write them.
qint64 secondsToMs(const QString &text, bool *ok = nullptr);
} // namespace FeedDuration
