#include "FeedHttpServer.h"

#include "HttpRequestListener.h"

#include <QTcpSocket>
#include <QTimer>

#include <array>

namespace {

quint32 crc32(const QByteArray &bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

void appendLittleEndian(QByteArray &into, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        into += char((value >> (8 * i)) & 0xff);
}

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

} // namespace

// Accepts connections and answers them on the server's thread.
class FeedHttpServer::Worker : public HttpRequestListener
{
public:
    explicit Worker(FeedHttpServer &owner)
        : m_owner(owner)
    { }

private:
    void onRequest(QTcpSocket *socket, const HttpRequest &request) override
    {
        const QString &path = request.path;
        const QHash<QByteArray, QByteArray> &headers = request.headers;
        Route route;
        bool known = false;
        bool notModified = false;
        {
            QMutexLocker locker(&m_owner.m_mutex);
            ++m_owner.m_requests[path];
            m_owner.m_lastHeaders.insert(path, headers);
            known = m_owner.m_routes.contains(path);
            route = m_owner.m_routes.value(path);
            notModified = known && route.status == 200
                    && ((!route.etag.isEmpty() && headers.value("if-none-match") == route.etag)
                        || (!route.lastModified.isEmpty()
                            && headers.value("if-modified-since") == route.lastModified));
            if (notModified)
                ++m_owner.m_notModified[path];
        }
        if (!known) {
            route.status = 404;
            route.body = "Not found";
            route.contentType = "text/plain";
        }
        if (notModified) {
            route.status = 304;
            route.body.clear();
        }
        if (route.drop) {
            socket->abort();
            return;
        }
        if (route.delayMs > 0) {
            QTimer::singleShot(route.delayMs, socket,
                               [this, socket, route] { answer(socket, route); });
            return;
        }
        answer(socket, route);
    }

    void answer(QTcpSocket *socket, const Route &route)
    {
        QByteArray location = route.location;
        if (location.startsWith('/'))
            location = m_owner.url(QString::fromLatin1(location)).toLatin1();
        const QByteArray body = route.gzip ? FeedHttpServer::gzip(route.body) : route.body;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + ' '
                + reasonOf(route.status) + "\r\nConnection: close\r\n";
        if (route.status != 304)
            head += "Content-Type: " + route.contentType
                    + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (!location.isEmpty())
            head += "Location: " + location + "\r\n";
        if (!route.etag.isEmpty())
            head += "ETag: " + route.etag + "\r\n";
        if (!route.lastModified.isEmpty())
            head += "Last-Modified: " + route.lastModified + "\r\n";
        if (route.gzip)
            head += "Content-Encoding: gzip\r\n";
        socket->write(head + "\r\n");
        if (route.status != 304)
            socket->write(body);
        socket->disconnectFromHost();
    }

    FeedHttpServer &m_owner;
};

FeedHttpServer::FeedHttpServer() = default;

FeedHttpServer::~FeedHttpServer()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

bool FeedHttpServer::start()
{
    m_thread.start();
    m_worker = new Worker(*this);
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
            m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QString FeedHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void FeedHttpServer::add(const QString &path, const Route &route)
{
    QMutexLocker locker(&m_mutex);
    m_routes.insert(path, route);
}

void FeedHttpServer::serve(const QString &path, const QByteArray &body,
                           const QByteArray &contentType)
{
    Route route;
    route.body = body;
    route.contentType = contentType;
    add(path, route);
}

void FeedHttpServer::redirect(const QString &path, int status, const QString &toPath)
{
    Route route;
    route.status = status;
    route.location = toPath.toLatin1();
    route.contentType = "text/plain";
    route.body = "Moved";
    add(path, route);
}

int FeedHttpServer::requests(const QString &path) const
{
    QMutexLocker locker(&m_mutex);
    return m_requests.value(path);
}

int FeedHttpServer::notModified(const QString &path) const
{
    QMutexLocker locker(&m_mutex);
    return m_notModified.value(path);
}

QByteArray FeedHttpServer::lastHeader(const QString &path, const QByteArray &name) const
{
    QMutexLocker locker(&m_mutex);
    return m_lastHeaders.value(path).value(name.toLower());
}

QByteArray FeedHttpServer::gzip(const QByteArray &bytes)
{
    // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate and an Adler-32.
    const QByteArray zlib = qCompress(bytes, 9);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
    out += zlib.mid(6, zlib.size() - 10);
    appendLittleEndian(out, crc32(bytes));
    appendLittleEndian(out, quint32(bytes.size()));
    return out;
}
