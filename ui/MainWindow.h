#pragma once

#include "library/OpenEpisode.h"

#include <QMainWindow>

class ArtworkCache;
class BookmarkController;
class ClipListModel;
class ClipPlayer;
class ClipPreloader;
class Database;
class EpisodeListModel;
class EpisodeListPane;
class EpisodePage;
class ImportController;
class MprisService;
class PlayQueue;
class PlaybackActions;
class PlaybackSession;
class PlaybackSettings;
class PlayerBar;
class QSplitter;
class QTabWidget;
class QueuePanel;
class ShowListModel;
class ShowsPane;
class TranscriptController;
class ShortcutsOverlay;
class SubscriptionController;
class SearchController;
class TimelineWidget;
class WaveformLoader;
struct Bookmark;
struct PlaybackRequest;

// The window: the episode list, the episode page with its timeline, and the player bar. It wires
// the views' intents to the library and the clip player; the views themselves hold no logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` may be null: the user's own (QSettings) are used then.
    MainWindow(Database &database, ClipPlayer &player, PlaybackSettings *settings = nullptr,
               QWidget *parent = nullptr);

    void reloadEpisodes();
    void openEpisode(qint64 episodeId);
    qint64 currentEpisode() const;
    void importFiles(const QStringList &paths);
    // Opens a citecast://episode/GUID?t=START-END link: the episode, and the span played.
    void openLink(const QString &link);

    EpisodeListPane *episodeList() const { return m_list; }
    EpisodePage *page() const { return m_page; }
    TimelineWidget *timeline() const { return m_timeline; }
    ShortcutsOverlay *shortcutsOverlay() const { return m_shortcuts; }
    MprisService *mpris() const { return m_mpris; }
    PlayerBar *playerBar() const { return m_playerBar; }
    QueuePanel *queuePanel() const { return m_queuePanel; }
    PlayQueue *queue() const { return m_queue; }
    PlaybackSession *session() const { return m_session; }
    PlaybackSettings *settings() const { return m_settings; }
    BookmarkController *bookmarks() const { return m_bookmarks; }
    // The left pane's tabs: Episodes, Bookmarks.
    QTabWidget *sidebar() const { return m_sidebar; }
    ShowsPane *showsPane() const { return m_showsPane; }
    TranscriptController *transcript() const { return m_transcript; }
    SearchController *search() const { return m_search; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createCentre();
    void createMenus();
    void connectPlayback();
    void loadWaveform();
    void showMessage(const QString &message);
    void onStarted(const PlaybackRequest &request);
    void onPlayerStateChanged();
    void onPlayerPosition(qint64 positionMs);
    void onPlaybackEnded();
    void onQueueChanged();
    void showPreferences();
    QString openEpisodeGuid() const;
    void onImported(qint64 firstEpisodeId);
    void showAbout();
    void connectBookmarks();
    void connectFeedViews();
    void connectSearch();
    // The Shows tab's list, with artwork from the cache (fetching what is missing if allowed).
    void reloadShows();
    void openBookmark(const Bookmark &bookmark);
    void episodeRemoved(qint64 episodeId);

    Database &m_database;
    ClipPlayer &m_player;
    OpenEpisode m_episode;
    EpisodeListModel *m_episodes = nullptr;
    bool m_painted = false; // the rows a large library holds beyond the first page wait for this
    ClipListModel *m_clips = nullptr;
    EpisodeListPane *m_list = nullptr;
    EpisodePage *m_page = nullptr;
    TimelineWidget *m_timeline = nullptr;
    PlayerBar *m_playerBar = nullptr;
    PlaybackActions *m_actions = nullptr;
    ShortcutsOverlay *m_shortcuts = nullptr;
    MprisService *m_mpris = nullptr;
    WaveformLoader *m_waveforms = nullptr;
    PlaybackSettings *m_settings = nullptr;
    PlayQueue *m_queue = nullptr;
    ClipPreloader *m_preloader = nullptr;
    PlaybackSession *m_session = nullptr;
    QueuePanel *m_queuePanel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_sidebar = nullptr;
    BookmarkController *m_bookmarks = nullptr;
    ShowListModel *m_shows = nullptr;
    ArtworkCache *m_artwork = nullptr;
    ShowsPane *m_showsPane = nullptr;
    TranscriptController *m_transcript = nullptr;
    SearchController *m_search = nullptr;
    SubscriptionController *m_subscriptions = nullptr;
    ImportController *m_imports = nullptr;
    qint64 m_playingEpisode = 0;
    bool m_queueHidden = false; // the user closed the panel for this queue
};
