#pragma once

#include "subscriptions/FeedRefreshResult.h"

#include <QObject>
#include <QVector>

class Database;
class RefreshThread;
class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QStatusBar;
class QWidget;

// The window's side of subscriptions: "Subscribe to Podcast…" (asks for the address) and
// "Refresh All Feeds" (F5) and OPML import/export in the File menu, progress in the status bar, and
// a readable list of the feeds that failed. The fetching itself is RefreshThread's (a worker thread
// with its own connection); this only asks and reports, and tells the window when the library
// changed so the episode list reloads.
class SubscriptionController : public QObject
{
    Q_OBJECT

public:
    SubscriptionController(Database &database, QWidget *window, QStatusBar *statusBar,
                           QObject *parent = nullptr);
    ~SubscriptionController() override;

    QAction *subscribeAction() const { return m_subscribe; }
    QAction *refreshAllAction() const { return m_refreshAll; }
    QAction *importOpmlAction() const { return m_importOpml; }
    QAction *exportOpmlAction() const { return m_exportOpml; }
    void fillFileMenu(QMenu *menu);
    RefreshThread *refresher() const { return m_refresher; }

    // Asks for a feed address (a non-blocking dialog), then subscribe()s.
    void askToSubscribe();
    // Adds `address` and refreshes it; problems are reported, nothing throws.
    void subscribe(const QString &address);
    void refreshAll();
    // Subscribes to every feed of an OPML file, then refreshes them; problems are reported.
    void importOpml(const QString &path);
    // Writes the subscriptions as OPML 2.0 to `path` (whole or not at all).
    bool exportOpml(const QString &path);

    // "2 updated, 1 unchanged, 1 failed" for the status bar.
    static QString summary(const QVector<FeedRefreshResult> &results);
    // One paragraph per failed feed: its title, then the error as a sentence.
    static QString failureDetails(const QVector<FeedRefreshResult> &results);

Q_SIGNALS:
    // Episodes were added or changed: the episode list should reload.
    void libraryChanged();
    // A short status line (also shown in the status bar).
    void messageRequested(const QString &message);

private:
    void onFeedStarted(int index, int total, const QString &url);
    void onFinished(const QVector<FeedRefreshResult> &results);
    void setBusy(bool busy);
    void showProblem(const QString &title, const QString &text);

    Database &m_database;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    RefreshThread *m_refresher; // fetches, parses and writes off the GUI thread
    QAction *m_subscribe;
    QAction *m_refreshAll;
    QAction *m_importOpml;
    QAction *m_exportOpml;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
};
