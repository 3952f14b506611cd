#include "AudioHttpServer.h"

#include "HttpRequestListener.h"

#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

// Accepts connections and answers them on the server's thread.
class AudioHttpServer::Worker : public HttpRequestListener
{
public:
    explicit Worker(AudioHttpServer &owner)
        : m_owner(owner)
    { }

private:
    void onRequest(QTcpSocket *socket, const HttpRequest &request) override
    {
        const QString &path = request.path;
        qint64 from = -1;
        qint64 to = -1;
        static const QRegularExpression range(QStringLiteral("^bytes=(\\d+)-(\\d*)"));
        const QRegularExpressionMatch match
                = range.match(QString::fromLatin1(request.headers.value("range")));
        if (match.hasMatch()) {
            from = match.captured(1).toLongLong();
            to = match.captured(2).isEmpty() ? -1 : match.captured(2).toLongLong();
        }
        Route route;
        bool known = false;
        {
            QMutexLocker locker(&m_owner.m_mutex);
            ++m_owner.m_requests[path];
            known = m_owner.m_routes.contains(path);
            route = m_owner.m_routes.value(path);
        }
        if (!known || route.behaviour == Behaviour::NotFound) {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: "
                          "9\r\nConnection: close\r\n\r\nNot found");
            socket->disconnectFromHost();
            return;
        }
        if (route.behaviour == Behaviour::Silent)
            return; // the connection stays open, unanswered
        if (route.behaviour == Behaviour::Held) {
            auto *wait = new QTimer(socket);
            connect(wait, &QTimer::timeout, socket, [this, socket, route, from, to, wait] {
                QMutexLocker locker(&m_owner.m_mutex);
                if (!m_owner.m_released)
                    return;
                locker.unlock();
                wait->stop();
                answer(socket, route, from, to);
            });
            wait->start(10);
            return;
        }
        answer(socket, route, from, to);
    }

    void answer(QTcpSocket *socket, const Route &route, qint64 from, qint64 to)
    {
        const qint64 size = route.body.size();
        const bool ranged = from >= 0;
        const qint64 first = ranged ? qMin(from, size) : 0;
        const qint64 last = ranged && to >= 0 ? qMin(to, size - 1) : size - 1;
        const qint64 length = qMax<qint64>(last - first + 1, 0);
        QByteArray head = ranged ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
        head += "Content-Type: " + route.type + "\r\nAccept-Ranges: bytes\r\nContent-Length: "
                + QByteArray::number(length) + "\r\nConnection: close\r\n";
        if (ranged) {
            head += "Content-Range: bytes " + QByteArray::number(first) + '-'
                    + QByteArray::number(last) + '/' + QByteArray::number(size) + "\r\n";
        }
        socket->write(head + "\r\n");
        qint64 end = first + length;
        if (route.behaviour == Behaviour::Truncated)
            end = qMin(end, size / 2);
        if (end > first)
            socket->write(route.body.mid(first, end - first));
        socket->disconnectFromHost();
    }

    AudioHttpServer &m_owner;
};

AudioHttpServer::AudioHttpServer() = default;

AudioHttpServer::~AudioHttpServer()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

bool AudioHttpServer::start()
{
    m_thread.start();
    m_worker = new Worker(*this);
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
            m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QString AudioHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void AudioHttpServer::add(const QString &path, const QByteArray &body,
                          const QByteArray &contentType, Behaviour behaviour)
{
    QMutexLocker locker(&m_mutex);
    m_routes.insert(path, {body, contentType, behaviour});
}

void AudioHttpServer::release()
{
    QMutexLocker locker(&m_mutex);
    m_released = true;
}

int AudioHttpServer::requests(const QString &path) const
{
    QMutexLocker locker(&m_mutex);
    return m_requests.value(path);
}

QString AudioHttpServer::refusedUrl(const QString &path)
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
}
