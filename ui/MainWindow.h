#pragma once

#include "library/OpenEpisode.h"

#include <QMainWindow>

class ClipListModel;
class ClipPlayer;
class Database;
class EpisodeListModel;
class EpisodeListPane;
class EpisodePage;
class MprisService;
class PlaybackActions;
class PlayerBar;
class ShortcutsOverlay;
class TimelineWidget;
class WaveformLoader;
struct PlaybackRequest;

// The window: the episode list, the episode page with its timeline, and the player bar. It wires
// the views' intents to the library and the clip player; the views themselves hold no logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, ClipPlayer &player, QWidget *parent = nullptr);

    void reloadEpisodes();
    void openEpisode(qint64 episodeId);
    qint64 currentEpisode() const;
    void importFiles(const QStringList &paths);

    EpisodeListPane *episodeList() const { return m_list; }
    EpisodePage *page() const { return m_page; }
    TimelineWidget *timeline() const { return m_timeline; }
    ShortcutsOverlay *shortcutsOverlay() const { return m_shortcuts; }
    MprisService *mpris() const { return m_mpris; }
    PlayerBar *playerBar() const { return m_playerBar; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void playCitation(int topicIndex, int citationIndex);
    void playClip(qint64 clipId);
    void play(const PlaybackRequest &request, const QString &label);
    void seek(qint64 positionMs);
    void seekBy(qint64 deltaMs);
    void playSelection(qint64 startMs, qint64 endMs);
    void loadWaveform();
    void stepClip(int direction);
    void playCitationNumber(int number);
    void togglePlayback();
    void showMessage(const QString &message);
    void onPlayerStateChanged();
    void onPlayerPosition(qint64 positionMs);
    void onPlaybackEnded();
    void chooseFilesToImport();
    void importSample();
    void showAbout();

    Database &m_database;
    ClipPlayer &m_player;
    OpenEpisode m_episode;
    EpisodeListModel *m_episodes = nullptr;
    ClipListModel *m_clips = nullptr;
    EpisodeListPane *m_list = nullptr;
    EpisodePage *m_page = nullptr;
    TimelineWidget *m_timeline = nullptr;
    PlayerBar *m_playerBar = nullptr;
    PlaybackActions *m_actions = nullptr;
    ShortcutsOverlay *m_shortcuts = nullptr;
    MprisService *m_mpris = nullptr;
    WaveformLoader *m_waveforms = nullptr;
    qint64 m_playingEpisode = 0;
};
