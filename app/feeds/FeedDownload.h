#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Fetches one feed over HTTP(S) with QNetworkAccessManager and waits for it: follows redirects
// (never from https to http), accepts gzip, gives up after a time without progress and above a
// size cap. For the command line; the library's subscriptions will fetch asynchronously.
namespace FeedDownload {

struct Result
{
    bool ok = false;
    QByteArray body;
    QUrl finalUrl; // after redirects
    QString error; // when !ok: one sentence naming the URL
};

Result fetch(const QUrl &url, int timeoutMs = 30000, qint64 maxBytes = 64 * 1024 * 1024);

} // namespace FeedDownload
