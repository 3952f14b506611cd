#pragma once

#include "TranscriptSegment.h"

#include "import/ImportError.h"

#include <QByteArray>
#include <QString>

// Reads the transcript formats podcast:transcript points to — SRT, WebVTT, the Podcasting 2.0
// JSON transcript and Buzzsprout-style HTML (<cite>Speaker:</cite><time>0:53</time><p>…</p>) —
// into timed segments. Pure functions from bytes; a problem is one located ImportError.
namespace TranscriptParser {

enum class Format { Unknown, Srt, WebVtt, Json, Html };

// From the MIME type of the podcast:transcript link, else the file name's extension, else the
// first bytes.
Format detect(const QString &mimeType, const QString &fileName, const QByteArray &bytes);
Parsed<Transcript> parse(const QByteArray &bytes, const QString &fileName, Format format);

Parsed<Transcript> parseSrt(const QByteArray &bytes, const QString &fileName);
Parsed<Transcript> parseWebVtt(const QByteArray &bytes, const QString &fileName);
Parsed<Transcript> parseJson(const QByteArray &bytes, const QString &fileName);
Parsed<Transcript> parseHtml(const QByteArray &bytes, const QString &fileName);

} // namespace TranscriptParser
