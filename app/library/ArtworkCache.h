#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

// Show artwork fetched from the internet, only when the user allowed it (Preferences › Load
// artwork from the internet), kept beside the library so that it is fetched once. Nothing here
// runs unless fetch() is called; an image that cannot be read as one is not kept.
class ArtworkCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024; // larger answers are dropped
    static constexpr int TimeoutMs = 20000;

    // Keeps its files in `<folder of libraryPath>/artwork/`.
    explicit ArtworkCache(const QString &libraryPath, QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    // The cached image for `url`, empty when there is none (yet).
    QString cachedPath(const QString &url) const;
    // Downloads the http(s) URLs not cached yet (each at most once per run, failures included).
    void fetch(const QStringList &urls);
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    void artworkReady(const QString &url, const QString &path);
    void fetchFailed(const QString &url, const QString &message);

private:
    QString pathFor(const QString &url) const;
    void finish(QNetworkReply *reply, const QString &url);

    QString m_folder;
    QNetworkAccessManager *m_network = nullptr;
    QSet<QString> m_tried;
    QHash<QNetworkReply *, QString> m_pending;
};
