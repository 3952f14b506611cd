#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QThreadPool>

class QFile;
class QNetworkReply;
class QTimer;

// Downloads the whole audio file of a remote episode into the cache (AudioCache), for offline
// use and so that later clips play from the local copy: progress as it arrives, and one sentence
// naming the URL when it fails (no such file, connection refused, a server that stops answering,
// a body shorter than announced, something that is not audio). A file appears in the cache only
// once it is complete and decodes; a failed download leaves nothing behind.
class AudioDownloader : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultTimeoutMs = 15000;

    explicit AudioDownloader(QObject *parent = nullptr);
    ~AudioDownloader() override;

    // A download that receives nothing for this long is given up.
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    // Starts downloading `url` unless it is cached already or under way. Returns false when
    // there is nothing to do because it is cached (finished is not emitted then).
    bool fetch(const QString &url);
    bool isDownloading(const QString &url) const { return m_transfers.contains(url); }
    // Stops every download; nothing is emitted for them.
    void cancelAll();

Q_SIGNALS:
    // Bytes so far and in all (-1 while unknown).
    void progress(const QString &url, qint64 received, qint64 total);
    void finished(const QString &url, const QString &path);
    void failed(const QString &url, const QString &message);

private:
    struct Transfer;
    void onReadyRead(Transfer *transfer);
    void onFinished(Transfer *transfer);
    void onIdle(Transfer *transfer);
    void verify(Transfer *transfer);
    void conclude(QString url, Transfer *transfer, const QString &error); // url: a copy
    QString describe(const Transfer *transfer) const;

    QNetworkAccessManager m_network;
    QThreadPool m_checks; // makes sure a finished download is audio, off the GUI thread
    QHash<QString, Transfer *> m_transfers;
    qint64 m_timeoutMs = DefaultTimeoutMs;
};
