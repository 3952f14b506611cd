#pragma once

#include <QString>
#include <QtGlobal>

// What FFmpeg's failures mean, in words: its error codes as text, and what a failed network call
// means for a URL (no such file, a refused connection, a server that does not answer), so that
// every message tells the user plainly what is wrong. Internal to app/playback.
namespace FfmpegMessages {

// FFmpeg's own text for an error code ("Invalid data found when processing input").
QString errorText(int code);

// The end of "Cannot play 'URL': ..." for a network call that failed with `code` after
// `waitedMs`: `timedOut` when our own deadline interrupted it, `cancelled` when we gave it up.
QString networkProblem(int code, bool timedOut, bool cancelled, qint64 waitedMs, qint64 timeoutMs);

} // namespace FfmpegMessages
