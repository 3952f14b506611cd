#include "FfmpegMessages.h"

#include <QCoreApplication>

#include <cerrno>

extern "C" {
#include <libavutil/error.h>
}

namespace FfmpegMessages {

namespace {
// A failed network call that took this share of the timeout is taken for the timeout (FFmpeg
// reports its own read timeout as a plain I/O error).
constexpr double TimeoutShare = 0.9;

QString tr(const char *text)
{
    return QCoreApplication::translate("FfmpegMessages", text);
}
} // namespace

QString errorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

QString networkProblem(int code, bool timedOut, bool cancelled, qint64 waitedMs, qint64 timeoutMs)
{
    if (cancelled)
        return tr("playing it was cancelled");
    if (timedOut || code == AVERROR(ETIMEDOUT)
        || (code == AVERROR(EIO) && waitedMs >= qint64(double(timeoutMs) * TimeoutShare))) {
        return tr("the server did not answer within %1 s")
                .arg(QString::number(double(timeoutMs) / 1000.0));
    }
    switch (code) {
    case AVERROR_HTTP_NOT_FOUND:
        return tr("the server has no such file (HTTP 404 Not Found)");
    case AVERROR_HTTP_FORBIDDEN:
        return tr("the server refuses access to it (HTTP 403 Forbidden)");
    case AVERROR_HTTP_UNAUTHORIZED:
        return tr("the server wants a login for it (HTTP 401 Unauthorized)");
    case AVERROR_HTTP_BAD_REQUEST:
    case AVERROR_HTTP_OTHER_4XX:
        return tr("the server refused the request (%1)").arg(errorText(code));
    case AVERROR_HTTP_SERVER_ERROR:
        return tr("the server failed to send it (%1)").arg(errorText(code));
    case AVERROR(ECONNREFUSED):
        return tr("the server refused the connection (nothing listens at that address)");
    default:
        break;
    }
    return tr("it cannot be downloaded (%1)").arg(errorText(code));
}

} // namespace FfmpegMessages
