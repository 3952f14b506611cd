#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QThread>

// A small HTTP/1.1 server on 127.0.0.1, on its own thread, for the subscriptions' tests: it
// serves feeds and the files they name, answers conditional requests with 304 when the validators
// match, redirects, compresses with gzip, holds an answer back (a slow server) and remembers the
// headers of each path's last request. Its own thread lets the code under test, or a child
// process, block on it.
class FeedHttpServer
{
public:
    struct Route
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/rss+xml; charset=utf-8";
        QByteArray location;     // for a redirect: a path on this server or an absolute URL
        QByteArray etag;         // sent, and a matching If-None-Match gets 304
        QByteArray lastModified; // sent, and an equal If-Modified-Since gets 304
        bool gzip = false;       // Content-Encoding: gzip
        int delayMs = 0;         // the answer waits this long
        bool drop = false;       // the connection is closed without an answer
    };

    FeedHttpServer();
    ~FeedHttpServer();

    // Listens on a free port of 127.0.0.1.
    bool start();
    QString url(const QString &path) const;
    void add(const QString &path, const Route &route);
    void serve(const QString &path, const QByteArray &body,
               const QByteArray &contentType = "application/rss+xml; charset=utf-8");
    void redirect(const QString &path, int status, const QString &toPath);
    // Requests received for `path` so far, and how many got 304.
    int requests(const QString &path) const;
    int notModified(const QString &path) const;
    // A header of the last request for `path` (lower-case name), empty when it was not sent.
    QByteArray lastHeader(const QString &path, const QByteArray &name) const;

    // `bytes` as a gzip stream (one member), for routes and .gz files.
    static QByteArray gzip(const QByteArray &bytes);

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QString, Route> m_routes;
    QHash<QString, int> m_requests;
    QHash<QString, int> m_notModified;
    QHash<QString, QHash<QByteArray, QByteArray>> m_lastHeaders;
};
