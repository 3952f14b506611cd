#pragma once

#include "TranscriptSegment.h"

#include "import/ImportError.h"

#include <QByteArray>
#include <QString>

// The cue formats, SRT and WebVTT: blocks separated by blank lines, each with a timing line
// ("00:00:02,400 --> 00:00:04,799") and its text. One reader for both, since they differ only in
// the header, the decimal sign, comments and WebVTT's voice tags (<v Sarah>).
namespace CueTranscript {
enum class Dialect { Srt, WebVtt };
Parsed<Transcript> parse(const QByteArray &bytes, const QString &fileName, Dialect dialect);
// "01:02:03,500", "01:02:03.500", "02:03.500": milliseconds, or -1.
qint64 parseTimestamp(QStringView text);
} // namespace CueTranscript
