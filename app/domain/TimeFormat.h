#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

// One way to write and read times everywhere: "1:02:03", "2:05", "2:05.250".
namespace TimeFormat {
// "m:ss" below an hour, "h:mm:ss" above; `withMillis` adds ".mmm".
QString clock(qint64 ms, bool withMillis = false);
// "2:05–2:17" (en dash).
QString span(qint64 startMs, qint64 endMs);
// "48 min", "1 h 12 min", "35 s".
QString duration(qint64 ms);
// Parses "hh:mm:ss.mmm", "mm:ss", "ss.mmm" and plain seconds; nullopt when malformed.
std::optional<qint64> parseClock(const QString &text);
} // namespace TimeFormat
