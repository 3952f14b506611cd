#pragma once

#include "PlaybackActions.h"
#include "bookmarks/Bookmark.h"

#include <QHash>
#include <QObject>
#include <QVector>

#include <optional>

class BookmarkSession;
class BookmarkStore;
class BookmarksPane;
class ClipPlayer;
class Database;
class EpisodePage;
class OpenEpisode;
class QAction;
class QMenu;
class QUndoStack;
class QWidget;
class TimelineWidget;

// Bookmarks in the window, so MainWindow only wires them: the store and its undo stack, the keys
// (B, Shift+B, Ctrl+B) and menu entries that keep what is in front of the user, the editor that
// opens on what was kept, the Bookmarks pane, the timeline's bookmark lane, the episode list's
// counts, exports, and deleting an episode (its bookmarks stay as orphans).
//
// A bookmark is written to the library the moment it is made, before the editor opens; the
// editor's Save adds the note and tags to it (one undo step, "Add Bookmark"), Cancel takes it back.
class BookmarkController : public QObject
{
    Q_OBJECT

public:
    static constexpr int LaneId
            = 120; // the timeline's bookmark lane (TimelineLane::FirstExtraLane+)

    // `window` parents the pane and the dialogs; `page` and `timeline` tell what is focused or
    // selected.
    BookmarkController(Database &database, OpenEpisode &episode, ClipPlayer &player,
                       EpisodePage &page, TimelineWidget &timeline, QWidget *window);
    ~BookmarkController() override;

    BookmarkStore &store() const { return *m_store; }
    QUndoStack &undoStack() const { return *m_undo; }
    BookmarkSession &session() const { return *m_session; }
    BookmarksPane *pane() const { return m_pane; }

    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *bookmarkAction() const { return m_bookmark; }           // B
    QAction *recentAction() const { return m_recent; }               // Shift+B
    QAction *selectionAction() const { return m_selection; }         // Ctrl+B
    QAction *exportAction() const { return m_export; }               // File › Export Bookmarks…
    QAction *deleteEpisodeAction() const { return m_deleteEpisode; } // the open episode

    // Undo, Redo, the bookmark keys and Delete Episode…, for the Edit menu.
    void fillEditMenu(QMenu *menu) const;
    // The keys for the shortcuts overlay.
    QVector<PlaybackActions::Shortcut> shortcuts() const;
    // Bookmarks per episode id, for the episode list (orphans are not counted).
    QHash<qint64, int> bookmarkCounts() const;

    // Stores `draft` at once (undoable) and, when `openEditor`, opens the editor on it; returns the
    // bookmark as kept (after the editor), or nullopt when nothing was kept (the library refused,
    // or the editor was cancelled).
    std::optional<Bookmark> keep(const Bookmark &draft, bool openEditor = true);

    // What to bookmark, as the window's views and keys ask for it; each opens the editor.
    void bookmarkCitation(int topicIndex, int citationIndex);
    void bookmarkClip(qint64 clipId);
    void bookmarkTopic(int topicIndex);
    void bookmarkEpisode(qint64 episodeId);
    void bookmarkRange(qint64 startMs, qint64 endMs);
    // B: the focused citation's insight, else what plays.
    void bookmarkFocused();
    // Shift+B: the last 30 seconds of what plays.
    void bookmarkRecent();
    // Ctrl+B: the timeline's selection.
    void bookmarkSelection();

    void editBookmark(const Bookmark &bookmark);
    // Asks for a file and writes the bookmarks the pane shows (orphans included).
    void exportBookmarks();
    // Asks first (naming the episode and the bookmarks it leaves as orphans), then deletes it.
    void deleteEpisode(qint64 episodeId);
    // The open episode changed: its bookmarks go on the timeline.
    void updateLane();

    // Test only (tests/e2e/tst_bookmarkdurability): with CITECAST_TEST_BOOKMARK_ON_START=NOTE in
    // the environment, main.cpp calls this once the window shows; it keeps the open episode's
    // first ten seconds with that note through keep() (B's path, without the editor) and prints
    // "bookmark ID" on stdout once the library has committed it, so the test can SIGKILL the
    // window right then.
    void keepForTest(const QString &note);

Q_SIGNALS:
    // Open the bookmark's episode at its place and play its span (the pane, Enter or double-click).
    void openRequested(const Bookmark &bookmark);
    // A bookmark of the timeline lane was clicked.
    void playRequested(qint64 startMs, qint64 endMs);
    void bookmarkCountsChanged(const QHash<qint64, int> &counts);
    // The episode was deleted from the library.
    void episodeRemoved(qint64 episodeId);
    void messageRequested(const QString &message);
    // A bookmark was kept (and, if the editor opened, saved from it).
    void bookmarkKept(const Bookmark &bookmark);

private:
    void createActions(QWidget *window);
    void keepDraft(const std::optional<Bookmark> &draft, const QString &why);
    // Opens the editor on `stored`; the edited copy when saved, nullopt when cancelled.
    std::optional<Bookmark> runEditor(const Bookmark &stored, bool justMade);
    // Takes back the last command of the undo stack and forgets it (no Redo).
    void discardLastCommand();
    void storeChanged();

    Database &m_database;
    OpenEpisode &m_episode;
    ClipPlayer &m_player;
    EpisodePage &m_page;
    TimelineWidget &m_timeline;
    QWidget *m_window = nullptr;
    BookmarkStore *m_store = nullptr;
    QUndoStack *m_undo = nullptr;
    BookmarkSession *m_session = nullptr;
    BookmarksPane *m_pane = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_bookmark = nullptr;
    QAction *m_recent = nullptr;
    QAction *m_selection = nullptr;
    QAction *m_export = nullptr;
    QAction *m_deleteEpisode = nullptr;
    std::optional<Bookmark> m_lastAdded; // what the store last announced as added
};
