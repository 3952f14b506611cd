#pragma once

#include "search/SearchHit.h"

#include <QObject>

class QMainWindow;
class QToolBar;
class SearchField;
class SearchResultModel;
class SearchResultsPopup;
class SearchWorker;

// The window's search: the field in the tool bar (Ctrl+K), the results popup, and the worker
// that searches off the GUI thread (only the newest query's results are shown). It turns an
// activated hit into one of two intents; MainWindow opens and plays.
class SearchController : public QObject
{
    Q_OBJECT

public:
    static constexpr int ResultLimit = 60;

    SearchController(const QString &libraryPath, QMainWindow *window);
    ~SearchController() override;

    SearchField *field() const { return m_field; }
    SearchResultsPopup *popup() const { return m_popup; }
    SearchResultModel *results() const { return m_results; }
    // Puts the keyboard in the field (Ctrl+K).
    void focusField();

Q_SIGNALS:
    // Enter on a hit with a span: play that span of the episode.
    void playRequested(qint64 episodeId, qint64 startMs, qint64 endMs);
    // Ctrl+Enter, or Enter on a hit without a span: open the episode (at startMs; -1: the top).
    void openRequested(qint64 episodeId, qint64 startMs);
    // The search could not run (said in one sentence for the status bar).
    void messageRequested(const QString &message);

private:
    void search(const QString &text);
    void activate(const SearchHit &hit, bool openOnly);
    void activateCurrent(bool openOnly);

    QMainWindow *m_window;
    QToolBar *m_toolBar;
    SearchField *m_field;
    SearchResultModel *m_results;
    SearchResultsPopup *m_popup;
    SearchWorker *m_worker;
    QString m_pendingText; // what was last searched
    QString m_shownText;   // what the results on show were found for
    bool m_activateWhenReady = false;
    bool m_activateOpenOnly = false;
};
