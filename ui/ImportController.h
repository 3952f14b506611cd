#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class Database;
class QWidget;
class SubscriptionController;

// File › Import, dropped files and the sample: imports every kind `citecast import` reads (pages,
// packs, feeds; chapters files and transcripts onto the open episode; OPML lists through the
// subscriptions, whose feeds are fetched off the GUI thread), each file all or nothing, and says
// how it went. The window reloads and opens what came in.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(Database &database, SubscriptionController *subscriptions, QWidget *window);

    // `openEpisodeGuid`: the episode chapters files and transcripts belong to ("" when none).
    void importFiles(const QStringList &paths, const QString &openEpisodeGuid);
    void chooseFiles(const QString &openEpisodeGuid);
    void importSample();

Q_SIGNALS:
    // The library may have changed; `firstEpisodeId` is the first episode imported, 0 if none.
    void imported(qint64 firstEpisodeId);
    void messageRequested(const QString &message);

private:
    Database &m_database;
    SubscriptionController *m_subscriptions;
    QWidget *m_window;
};
