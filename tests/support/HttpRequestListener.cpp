#include "HttpRequestListener.h"

#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

quint16 HttpRequestListener::listen()
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this,
                    [this, socket] { m_pending.remove(socket); });
        }
    });
    return m_server->serverPort();
}

void HttpRequestListener::onRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    if (!buffer.contains("\r\n\r\n"))
        return;
    const QList<QByteArray> lines = buffer.split('\n');
    m_pending.remove(socket);
    HttpRequest request;
    request.path = QString::fromLatin1(lines.value(0).trimmed().split(' ').value(1));
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(),
                                   line.mid(colon + 1).trimmed());
    }
    onRequest(socket, request);
}
