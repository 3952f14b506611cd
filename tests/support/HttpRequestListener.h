#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

// One HTTP request as the test servers see it: the path and the headers (names lower case).
struct HttpRequest
{
    QString path;
    QHash<QByteArray, QByteArray> headers;
};

// What the tests' HTTP servers (AudioHttpServer, FeedHttpServer) share: listening on 127.0.0.1
// and reading each request's head; the subclass answers on the socket.
class HttpRequestListener : public QObject
{
public:
    // The port listened on, 0 when listening failed.
    quint16 listen();

protected:
    virtual void onRequest(QTcpSocket *socket, const HttpRequest &request) = 0;

private:
    void onRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_pending;
};
