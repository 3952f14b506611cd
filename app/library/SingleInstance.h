#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One window per library: a second start (say, from a citecast:// link) hands its request to the
// running window through a local socket and exits, instead of opening the library twice.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // Instances that share `key` (the library's path) find each other; a different user or
    // library never does.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Delivers `message` to a running instance; false when none answers within `timeoutMs`.
    bool sendToRunning(const QString &message, int timeoutMs = 1000) const;
    // Becomes the running instance; false (with errorString()) when the socket cannot be made.
    bool listen();
    QString serverName() const { return m_name; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void messageReceived(const QString &message);

private:
    void onNewConnection();

    QString m_name;
    QLocalServer *m_server = nullptr;
    QString m_error;
};
