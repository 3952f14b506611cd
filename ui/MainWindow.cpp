#include "MainWindow.h"

#include "BookmarkController.h"
#include "BookmarksPane.h"
#include "EpisodeListPane.h"
#include "EpisodePage.h"
#include "Icons.h"
#include "ImportController.h"
#include "PlaybackActions.h"
#include "PlayerBar.h"
#include "PreferencesDialog.h"
#include "QueuePanel.h"
#include "SearchController.h"
#include "ShortcutsOverlay.h"
#include "ShowsPane.h"
#include "SubscriptionController.h"
#include "TimelineWidget.h"
#include "TranscriptController.h"
#include "TranscriptPane.h"
#include "bookmarks/BookmarkListModel.h"
#include "bookmarks/BookmarkResolver.h"
#include "bookmarks/CitecastLink.h"
#include "desktop/MprisService.h"
#include "library/ArtworkCache.h"
#include "library/PlaybackSession.h"
#include "library/PlaybackSettings.h"
#include "models/ClipListModel.h"
#include "models/EpisodeListFilter.h"
#include "models/EpisodeListModel.h"
#include "models/ShowListModel.h"
#include "playback/ClipPlayer.h"
#include "playback/ClipPreloader.h"
#include "playback/PlayQueue.h"
#include "storage/Database.h"
#include "storage/EpisodeReader.h"
#include "timeline/Waveform.h"
#include "timeline/WaveformLoader.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(Database &database, ClipPlayer &player, PlaybackSettings *settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_player(player)
    , m_episode(database)
    , m_episodes(new EpisodeListModel(this))
    , m_clips(new ClipListModel(this))
    , m_settings(settings ? settings : new PlaybackSettings(nullptr, this))
    , m_queue(new PlayQueue(player, this))
    , m_preloader(new ClipPreloader(this))
{
    setWindowTitle(tr("Citecast"));
    setWindowIcon(Icons::app());
    setAcceptDrops(true);
    m_session = new PlaybackSession(m_episode, m_player, *m_queue, *m_settings, m_preloader, this);

    m_list = new EpisodeListPane(m_episodes, this);
    m_list->episodeFilter()->keepIn(m_settings->store()); // last session's sort and filters
    m_playerBar = new PlayerBar(this);
    m_queuePanel = new QueuePanel(*m_queue, this);
    m_queuePanel->hide();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_sidebar = new QTabWidget(this);
    m_sidebar->setDocumentMode(true);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(createCentre());
    m_bookmarks = new BookmarkController(database, m_episode, player, *m_page, *m_timeline, this);
    m_sidebar->addTab(m_list, tr("Episodes"));
    m_sidebar->addTab(m_bookmarks->pane(), tr("Bookmarks"));
    m_shows = new ShowListModel(this);
    m_artwork = new ArtworkCache(database.path(), this);
    m_showsPane = new ShowsPane(m_shows, this);
    m_sidebar->addTab(m_showsPane, tr("Shows"));
    m_transcript = new TranscriptController(database, player, this, this);
    m_splitter->addWidget(m_transcript->pane());
    m_splitter->addWidget(m_queuePanel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setStretchFactor(3, 0);
    m_splitter->setSizes({340, 860, 340, 300});
    m_splitter->setChildrenCollapsible(false);

    auto *root = new QWidget(this);
    auto *rootLayout = new QVBoxLayout(root);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    rootLayout->setSpacing(0);
    rootLayout->addWidget(m_splitter, 1);
    rootLayout->addWidget(m_playerBar);
    setCentralWidget(root);
    // Subscribe and refresh (File menu, F5); the list reloads when feeds brought episodes.
    m_subscriptions = new SubscriptionController(database, this, statusBar(), this);
    m_imports = new ImportController(database, m_subscriptions, this);
    connect(m_imports, &ImportController::imported, this, &MainWindow::onImported);
    connect(m_imports, &ImportController::messageRequested, this, &MainWindow::showMessage);
    connect(m_subscriptions, &SubscriptionController::libraryChanged, this,
            &MainWindow::reloadEpisodes);
    createMenus();
    statusBar()->setSizeGripEnabled(true);

    connect(m_list, &EpisodeListPane::episodeSelected, this, &MainWindow::openEpisode);
    connect(m_page, &EpisodePage::relatedActivated, this, [this](qint64 id) {
        m_list->selectEpisode(id);
        openEpisode(id);
    });
    // The waveform is read off the GUI thread once per file and kept in the library.
    m_waveforms = new WaveformLoader(this);
    connect(m_waveforms, &WaveformLoader::progress, m_timeline,
            &TimelineWidget::setWaveformProgress);
    connect(m_waveforms, &WaveformLoader::ready, m_timeline, &TimelineWidget::setWaveform);
    connect(m_waveforms, &WaveformLoader::failed, this, [this](const QString &message) {
        m_timeline->setWaveformProgress(-1);
        m_timeline->setWaveformMessage(tr("No waveform: the audio could not be read"));
        showMessage(message);
    });
    connectPlayback();
    connectBookmarks();
    connectFeedViews();
    connectSearch();

    resize(1280, 860);
    reloadEpisodes();
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (m_painted)
        return;
    m_painted = true;
    // Now that the window shows, the rest of a large library's episodes and bookmarks.
    QTimer::singleShot(0, this, [this] {
        m_episodes->fetchMore(QModelIndex());
        BookmarkListModel *bookmarks = m_bookmarks->pane()->listModel();
        bookmarks->fetchMore(QModelIndex());
    });
}

QWidget *MainWindow::createCentre()
{
    m_page = new EpisodePage(this);
    m_timeline = new TimelineWidget(this);
    m_timeline->setModel(m_clips);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_page, 1);
    auto *timelineFrame = new QWidget(centre);
    timelineFrame->setObjectName(QStringLiteral("timelineFrame"));
    timelineFrame->setStyleSheet(QStringLiteral(
            "#timelineFrame { background: palette(window); border-top: 1px solid #dfe3e8; }"));
    auto *timelineLayout = new QVBoxLayout(timelineFrame);
    timelineLayout->setContentsMargins(0, 8, 0, 4);
    timelineLayout->addWidget(m_timeline);
    centreLayout->addWidget(timelineFrame);
    return centre;
}

void MainWindow::connectPlayback()
{
    // What the user asks for goes to the session ...
    PlaybackSession *session = m_session;
    connect(m_page, &EpisodePage::citationActivated, session, &PlaybackSession::playCitation);
    connect(m_page, &EpisodePage::clipActivated, session, &PlaybackSession::playClip);
    connect(m_page, &EpisodePage::topicPlayAllRequested, session, &PlaybackSession::playTopic);
    connect(m_page, &EpisodePage::kindPlayAllRequested, session, &PlaybackSession::playKind);
    connect(m_timeline, &TimelineWidget::clipActivated, session, &PlaybackSession::playClip);
    connect(m_timeline, &TimelineWidget::seekRequested, session, &PlaybackSession::playFrom);
    connect(m_timeline, &TimelineWidget::selectionPlayRequested, session,
            &PlaybackSession::playRange);
    connect(m_playerBar, &PlayerBar::playPauseClicked, session, &PlaybackSession::togglePlayback);
    connect(m_playerBar, &PlayerBar::stopClicked, &m_player, &ClipPlayer::stop);
    connect(m_playerBar, &PlayerBar::volumeChanged, m_settings, &PlaybackSettings::setVolume);
    connect(m_playerBar, &PlayerBar::muteToggled, m_settings, &PlaybackSettings::setMuted);
    connect(m_playerBar, &PlayerBar::speedRequested, m_settings, &PlaybackSettings::setSpeed);
    connect(session, &PlaybackSession::messageRequested, this, &MainWindow::showMessage);
    connect(m_queuePanel, &QueuePanel::closeRequested, this, [this] {
        m_queueHidden = true;
        m_queuePanel->hide();
    });

    // ... and what the player does shows in the views.
    connect(&m_player, &ClipPlayer::started, this, &MainWindow::onStarted);
    connect(&m_player, &ClipPlayer::stateChanged, this, &MainWindow::onPlayerStateChanged);
    connect(&m_player, &ClipPlayer::positionChanged, this, &MainWindow::onPlayerPosition);
    connect(&m_player, &ClipPlayer::finished, this, &MainWindow::onPlaybackEnded);
    connect(&m_player, &ClipPlayer::errorOccurred, this, [this](const QString &message) {
        m_playerBar->showError(message);
        m_page->setPlayingClip(0);
        m_timeline->setActiveClip(0);
        showMessage(message);
    });
    connect(&m_player, &ClipPlayer::speedChanged, m_playerBar, &PlayerBar::setSpeed);
    connect(&m_player, &ClipPlayer::mutedChanged, m_playerBar, &PlayerBar::setMuted);
    connect(&m_player, &ClipPlayer::volumeChanged, m_playerBar, &PlayerBar::setVolume);
    connect(&m_player, &ClipPlayer::bufferingChanged, this, [this](bool buffering) {
        m_playerBar->setStatus(buffering ? tr("Buffering\u2026") : QString());
    });
    connect(&m_player, &ClipPlayer::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_playerBar->setStatus(total > 0 ? tr("Downloading %1 %").arg(received * 100 / total)
                                         : tr("Downloading\u2026"));
    });
    connect(&m_player, &ClipPlayer::downloadFinished, this,
            [this] { m_playerBar->setStatus(QString()); });
    connect(m_queue, &PlayQueue::itemsChanged, this, &MainWindow::onQueueChanged);
    connect(m_queue, &PlayQueue::wasReset, this, [this] {
        m_queueHidden = false; // a new queue shows again
        onQueueChanged();
    });
    connect(m_queue, &PlayQueue::itemFailed, this,
            [this](int, const QString &message) { showMessage(message); });
    m_playerBar->setSpeed(m_player.speed());
    m_playerBar->setVolume(m_player.volume());
    m_playerBar->setMuted(m_player.isMuted());

    // Media keys and the desktop's player controls (MPRIS2); harmless without a session bus.
    m_mpris = new MprisService(m_player, this);
    connect(m_mpris, &MprisService::raiseRequested, this, [this] {
        show();
        raise();
        activateWindow();
    });
    connect(m_mpris, &MprisService::quitRequested, this, &QWidget::close);
    connect(m_mpris, &MprisService::nextRequested, session, [session] { session->step(1); });
    connect(m_mpris, &MprisService::previousRequested, session, [session] { session->step(-1); });
    connect(m_mpris, &MprisService::rateChangeRequested, m_settings, &PlaybackSettings::setSpeed);
    connect(&m_player, &ClipPlayer::speedChanged, m_mpris, &MprisService::setRate);
    connect(&m_player, &ClipPlayer::volumeChanged, m_mpris, &MprisService::refresh);
    connect(&m_player, &ClipPlayer::mutedChanged, m_mpris, &MprisService::refresh);
    m_mpris->setRate(m_player.speed());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import\u2026"), this,
                                      [this] { m_imports->chooseFiles(openEpisodeGuid()); });
    import->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import the &Sample Episode"), m_imports, &ImportController::importSample);
    file->addSeparator();
    m_subscriptions->fillFileMenu(file);
    file->addSeparator();
    file->addAction(m_bookmarks->exportAction());
    file->addSeparator();
    QAction *preferences
            = file->addAction(tr("&Preferences\u2026"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    m_bookmarks->fillEditMenu(menuBar()->addMenu(tr("&Edit")));
    menuBar()->addMenu(tr("&View"))->addAction(m_transcript->toggleAction());
    m_actions = new PlaybackActions(this);
    m_actions->fillMenu(menuBar()->addMenu(tr("&Playback")));
    // The timeline handles its own keys while it has focus; the overlay lists them too.
    const QVector<PlaybackActions::Shortcut> timelineKeys = {
            {QString(), tr("On the timeline")},
            {tr("Ctrl+Wheel, + \u2212"), tr("Zoom in and out (Ctrl+0 shows the whole episode)")},
            {tr("Drag"), tr("Select a range; Enter or double-click plays it")},
            {tr("\u2190 \u2192"), tr("Move from marker to marker (when the timeline has focus)")},
    };
    const QVector<PlaybackActions::Shortcut> transcriptKeys = {
            {QString(), tr("In the transcript")},
            {tr("Ctrl+Shift+T"), tr("Show or hide the transcript")},
            {tr("Ctrl+F"), tr("Find (Enter: next match, Shift+Enter: previous)")},
            {tr("Click, Enter"), tr("Play from that line")},
    };
    const QVector<PlaybackActions::Shortcut> searchKeys = {
            {QString(), tr("Search")},
            {tr("Ctrl+K"), tr("Search titles, guests, topics, transcripts and bookmarks")},
            {tr("↑ ↓, Enter"), tr("Choose a result; Enter plays its span")},
            {tr("Ctrl+Enter"), tr("Open the result's episode there")},
    };
    m_shortcuts = new ShortcutsOverlay(m_actions->shortcuts() + timelineKeys + transcriptKeys
                                               + searchKeys + m_bookmarks->shortcuts(),
                                       this);
    PlaybackSession *session = m_session;
    connect(m_actions, &PlaybackActions::playPauseRequested, session,
            &PlaybackSession::togglePlayback);
    connect(m_actions, &PlaybackActions::pauseRequested, &m_player, &ClipPlayer::pause);
    connect(m_actions, &PlaybackActions::stopRequested, &m_player, &ClipPlayer::stop);
    connect(m_actions, &PlaybackActions::previousClipRequested, session,
            [session] { session->step(-1); });
    connect(m_actions, &PlaybackActions::nextClipRequested, session,
            [session] { session->step(1); });
    connect(m_actions, &PlaybackActions::seekByRequested, session, &PlaybackSession::seekBy);
    connect(m_actions, &PlaybackActions::speedStepRequested, session,
            &PlaybackSession::changeSpeed);
    connect(m_actions, &PlaybackActions::citationRequested, this,
            [this](int number) { m_session->playCitationNumber(m_page->readingTopic(), number); });
    connect(m_actions, &PlaybackActions::shortcutsRequested, m_shortcuts,
            &ShortcutsOverlay::showOver);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), m_shortcuts, &ShortcutsOverlay::showOver);
    help->addAction(tr("&About Citecast"), this, &MainWindow::showAbout);
}

void MainWindow::reloadEpisodes()
{
    const qint64 current = currentEpisode();
    EpisodeReader reader(m_database.connection(), m_database.path());
    // The first page now, the rest on the event loop after the window paints.
    auto page = [db = m_database.connection(), path = m_database.path()](int offset, int limit) {
        return EpisodeReader(db, path).episodeList(offset, limit);
    };
    m_episodes->loadEpisodes(page, EpisodeListModel::FirstPageSize, EpisodeListModel::BatchSize,
                             m_painted ? EpisodeListModel::Rest::OnEventLoop
                                       : EpisodeListModel::Rest::OnFetchMore);
    m_episodes->setTranscriptEpisodes(reader.episodesWithTranscript());
    reloadShows();
    m_episodes->setBookmarkCounts(m_bookmarks->bookmarkCounts());
    if (m_episodes->rowCount() == 0) {
        m_page->showPlaceholder(
                tr("The library is empty.\nImport an episode page or a Citecast pack "
                   "(File \u203a Import), or drop files here."));
        return;
    }
    qint64 target = current;
    if (target != 0 && m_episodes->rowOfEpisode(target) < 0)
        m_episodes->loadAll(); // the open episode stays selected however far down it is
    if (m_episodes->rowOfEpisode(target) < 0) // the top of the list, as last session left it
        target = m_list->firstListedEpisode();
    if (m_episodes->rowOfEpisode(target) < 0)
        target = m_episodes->episodeAt(0)->id;
    m_list->selectEpisode(target);
    if (currentEpisode() != target)
        openEpisode(target);
}

qint64 MainWindow::currentEpisode() const
{
    return m_episode.isOpen() ? m_episode.content().episode.id : 0;
}

void MainWindow::openEpisode(qint64 episodeId)
{
    if (currentEpisode() == episodeId)
        return;
    if (!m_episode.open(episodeId)) {
        m_page->showPlaceholder(tr("This episode could not be read from the library."));
        m_clips->setClips({}, 0);
        m_transcript->setEpisode(EpisodeContent());
        loadWaveform();
        return;
    }
    const EpisodeContent &content = m_episode.content();
    setWindowTitle(tr("%1 \u2014 Citecast").arg(content.episode.title));
    m_page->setContent(content);
    m_transcript->setEpisode(content);
    m_clips->setClips(content.clips, content.episode.durationMs);
    m_timeline->setDurationMs(content.episode.durationMs);
    m_bookmarks->updateLane();
    loadWaveform();
    m_session->episodeOpened();
    const bool playingHere
            = m_playingEpisode == episodeId && m_player.state() != ClipPlayer::State::Stopped;
    m_page->setPlayingClip(playingHere ? m_player.currentRequest().clipId : 0);
    m_timeline->setActiveClip(playingHere ? m_player.currentRequest().clipId : 0);
    m_timeline->setPositionMs(playingHere ? m_player.positionMs() : -1);
    m_playerBar->setHasMedia(!m_episode.audioSource().isEmpty() || playingHere);
    m_mpris->setEpisode(
            content.episode.id,
            {content.episode.title,
             (content.episode.show.isEmpty() ? QStringList() : QStringList {content.episode.show})
                     + content.episode.guests,
             content.episode.durationMs});
    const bool hasClips = !m_episode.audioSource().isEmpty() && !content.clips.isEmpty();
    m_mpris->setCanGoNext(hasClips);
    m_mpris->setCanGoPrevious(hasClips);
    if (!playingHere)
        m_playerBar->setPosition(content.episode.audio.isNull() ? -1 : 0,
                                 content.episode.durationMs);
}

void MainWindow::openLink(const QString &link)
{
    const std::optional<CitecastLink> parsed = CitecastLink::parse(link);
    if (!parsed)
        return showMessage(tr("Not a Citecast link: %1").arg(link));
    const std::optional<Episode> episode
            = EpisodeReader(m_database.connection(), m_database.path()).findEpisode(parsed->guid);
    if (!episode)
        return showMessage(tr("The link points at an episode that is not in this library (%1).")
                                   .arg(parsed->guid));
    m_list->selectEpisode(episode->id);
    openEpisode(episode->id);
    if (parsed->hasSpan())
        m_session->playRange(parsed->startMs, parsed->endMs);
    else if (parsed->hasStart())
        m_session->playFrom(parsed->startMs);
}

void MainWindow::connectSearch()
{
    // The search field (Ctrl+K): Enter plays a hit's span, Ctrl+Enter opens its episode there.
    m_search = new SearchController(m_database.path(), this);
    connect(m_search, &SearchController::playRequested, this,
            [this](qint64 episodeId, qint64 startMs, qint64 endMs) {
                m_list->selectEpisode(episodeId);
                openEpisode(episodeId);
                m_session->playRange(startMs, endMs);
            });
    connect(m_search, &SearchController::openRequested, this,
            [this](qint64 episodeId, qint64 startMs) {
                m_list->selectEpisode(episodeId);
                openEpisode(episodeId);
                if (startMs >= 0)
                    m_timeline->setPositionMs(startMs);
            });
    connect(m_search, &SearchController::messageRequested, this, &MainWindow::showMessage);
}

void MainWindow::connectFeedViews()
{
    // Links in show notes, chapters and people open in the browser, never inside the window.
    connect(m_page, &EpisodePage::linkActivated, this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http")
            || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
        else
            showMessage(tr("Not opened: %1").arg(url.toString()));
    });
    connect(m_transcript, &TranscriptController::playFromRequested, m_session,
            &PlaybackSession::playFrom);
    // Picking a show lists its episodes; "Show all" there lists every show's again.
    connect(m_showsPane, &ShowsPane::showActivated, this, [this](qint64, const QString &title) {
        m_list->setShowFilter(title);
        m_sidebar->setCurrentWidget(m_list);
    });
    connect(m_list, &EpisodeListPane::showFilterChanged, this, [this](const QString &show) {
        if (show.isEmpty())
            m_showsPane->selectShow(0);
    });
    // Artwork from the internet only with the user's consent (Preferences).
    connect(m_artwork, &ArtworkCache::artworkReady, this, &MainWindow::reloadShows);
    connect(m_settings, &PlaybackSettings::loadRemoteArtworkChanged, this, [this](bool on) {
        if (on)
            reloadShows();
    });
}

void MainWindow::reloadShows()
{
    QVector<ShowSummary> shows = ShowListModel::readShows(m_database.connection());
    QStringList missing;
    qint64 selected = 0;
    for (ShowSummary &show : shows) {
        if (show.title == m_list->showFilter())
            selected = show.id;
        if (show.artworkPath.isEmpty())
            show.artworkPath = m_artwork->cachedPath(show.imageUrl);
        if (show.artworkPath.isEmpty() && !show.imageUrl.isEmpty())
            missing << show.imageUrl;
    }
    m_shows->setShows(shows);
    m_showsPane->selectShow(selected);
    if (m_settings->loadRemoteArtwork())
        m_artwork->fetch(missing);
}

void MainWindow::connectBookmarks()
{
    BookmarkController *bookmarks = m_bookmarks;
    connect(m_page, &EpisodePage::citationBookmarkRequested, bookmarks,
            &BookmarkController::bookmarkCitation);
    connect(m_page, &EpisodePage::topicBookmarkRequested, bookmarks,
            &BookmarkController::bookmarkTopic);
    connect(m_page, &EpisodePage::clipBookmarkRequested, bookmarks,
            &BookmarkController::bookmarkClip);
    connect(m_list, &EpisodeListPane::bookmarkRequested, bookmarks,
            &BookmarkController::bookmarkEpisode);
    connect(m_list, &EpisodeListPane::deleteRequested, bookmarks,
            &BookmarkController::deleteEpisode);
    connect(bookmarks, &BookmarkController::openRequested, this, &MainWindow::openBookmark);
    connect(bookmarks, &BookmarkController::playRequested, m_session, &PlaybackSession::playRange);
    connect(bookmarks, &BookmarkController::bookmarkCountsChanged, m_episodes,
            &EpisodeListModel::setBookmarkCounts);
    connect(bookmarks, &BookmarkController::episodeRemoved, this, &MainWindow::episodeRemoved);
    connect(bookmarks, &BookmarkController::messageRequested, this, &MainWindow::showMessage);
}

void MainWindow::openBookmark(const Bookmark &bookmark)
{
    // Where it is now: a re-import may have moved its sentence or retimed its clip.
    const BookmarkResolver::Resolution where
            = BookmarkResolver(m_database.connection(), m_database.path()).resolve(bookmark);
    if (where.match == BookmarkResolver::Match::Orphan)
        return showMessage(tr("\u201c%1\u201d is no longer in the library; the bookmark can still "
                              "be read and exported.")
                                   .arg(bookmark.episodeTitle));
    m_list->selectEpisode(where.episodeId);
    openEpisode(where.episodeId);
    if (where.clipId != 0)
        m_session->playClip(where.clipId); // labelled as the clip ("Citation 4")
    else if (where.hasSpan())
        m_session->playRange(where.startMs, where.endMs);
}

void MainWindow::episodeRemoved(qint64 episodeId)
{
    if (m_playingEpisode == episodeId)
        m_player.stop();
    if (currentEpisode() == episodeId)
        m_episode.close();
    reloadEpisodes();
}

void MainWindow::loadWaveform()
{
    m_waveforms->cancel();
    m_timeline->setWaveform(Waveform());
    m_timeline->setWaveformProgress(-1);
    m_timeline->setWaveformMessage(QString());
    const QString audio = m_episode.isOpen() ? m_episode.audioSource() : QString();
    if (audio.isEmpty()) {
        m_timeline->setWaveformMessage(m_episode.isOpen() ? tr("No audio yet") : QString());
    } else if (audio.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
               || audio.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        m_timeline->setWaveformMessage(tr("No waveform for streamed audio"));
    } else {
        m_timeline->setWaveformProgress(0);
        m_waveforms->load(m_database.path(), audio);
    }
}

void MainWindow::onStarted(const PlaybackRequest &request)
{
    m_playingEpisode = request.episodeId;
    QString label;
    const int current = m_queue->currentIndex();
    if (m_queue->isActive() && current >= 0 && m_queue->items().at(current).request == request) {
        label = m_queue->items().at(current).label;
        if (m_queue->count() > 1)
            label += tr(" \u00b7 %1 of %2").arg(current + 1).arg(m_queue->count());
    } else if (request.clipId != 0) {
        label = m_episode.labelForClip(request.clipId);
    } else {
        label = request.endMs < 0 ? tr("Episode") : tr("Selection");
    }
    const qint64 end = request.endMs >= 0
            ? request.endMs
            : (m_episode.isOpen() ? m_episode.content().episode.durationMs : request.startMs);
    m_playerBar->setNowPlaying(label, request.title, request.startMs,
                               std::max(end, request.startMs));
    m_playerBar->setHasMedia(true);
    const bool here = request.episodeId == currentEpisode();
    m_page->setPlayingClip(here ? request.clipId : 0);
    m_timeline->setActiveClip(here ? request.clipId : 0);
    if (here)
        m_timeline->setPositionMs(request.startMs);
    if (request.clipId != 0)
        m_episode.recordPlay(request.clipId);
}

void MainWindow::onPlayerStateChanged()
{
    m_playerBar->setPlaying(m_player.state() == ClipPlayer::State::Playing);
    if (m_player.state() == ClipPlayer::State::Stopped)
        onPlaybackEnded();
}

void MainWindow::onPlayerPosition(qint64 positionMs)
{
    const qint64 duration = m_episode.isOpen() ? m_episode.content().episode.durationMs : -1;
    m_playerBar->setPosition(positionMs, duration);
    if (m_playingEpisode == currentEpisode())
        m_timeline->setPositionMs(positionMs);
}

void MainWindow::onPlaybackEnded()
{
    m_page->setPlayingClip(0);
    m_timeline->setActiveClip(0);
    m_playerBar->setPlaying(false);
    m_playerBar->setStatus(QString());
}

void MainWindow::onQueueChanged()
{
    // The panel appears when several clips are to play in turn, unless closed for this queue.
    const bool several = m_queue->count() > 1;
    if (!several)
        m_queueHidden = false;
    m_queuePanel->setVisible(several && !m_queueHidden);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(*m_settings, this);
    dialog.exec();
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::importFiles(const QStringList &paths)
{
    m_imports->importFiles(paths, openEpisodeGuid());
}

QString MainWindow::openEpisodeGuid() const
{
    return m_episode.isOpen() ? m_episode.content().episode.guid : QString();
}

void MainWindow::onImported(qint64 firstEpisodeId)
{
    m_episode.close();
    reloadEpisodes();
    if (firstEpisodeId != 0) {
        m_list->selectEpisode(firstEpisodeId);
        openEpisode(firstEpisodeId);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Citecast"),
            tr("<h3>Citecast %1</h3>"
               "<p>Browse what a podcast episode says, topic by topic, and hear the exact seconds "
               "behind every claim.</p>"
               "<p>The sample episode's audio is a <b>synthesized narration</b> (espeak-ng) of the "
               "episode page's own text, not the episode's recording.</p>"
               "<p>Library: %2</p>")
                    .arg(QStringLiteral(CITECAST_VERSION), m_database.path().toHtmlEscaped()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty())
        importFiles(paths);
}
