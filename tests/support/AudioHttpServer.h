#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QThread>

#include <memory>

class QTcpServer;
class QTcpSocket;

// A small HTTP/1.1 server on 127.0.0.1, on its own thread, for tests of remote audio: it serves
// generated files (with byte ranges, as FFmpeg seeks with them), and misbehaves on request: a 404,
// a server that accepts but never answers, a body cut off before the announced length, a response
// held back until the test releases it. Runs on its own thread so that code under test may block
// on it.
class AudioHttpServer
{
public:
    enum class Behaviour {
        Serve,     // 200 or 206 with the body
        NotFound,  // 404
        Silent,    // accepts the connection, never answers
        Truncated, // announces the whole body, sends half, closes
        Held,      // answers like Serve once release() was called
    };

    AudioHttpServer();
    ~AudioHttpServer();

    // Listens on a free port of 127.0.0.1.
    bool start();
    QString url(const QString &path) const;
    void add(const QString &path, const QByteArray &body, const QByteArray &contentType,
             Behaviour behaviour = Behaviour::Serve);
    // Lets held responses go.
    void release();
    // Requests received for `path` so far.
    int requests(const QString &path) const;

    // A URL on a port where nothing listens: connecting is refused.
    static QString refusedUrl(const QString &path);

private:
    struct Route
    {
        QByteArray body;
        QByteArray type;
        Behaviour behaviour = Behaviour::Serve;
    };
    class Worker;

    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QString, Route> m_routes;
    QHash<QString, int> m_requests;
    bool m_released = false;
};
