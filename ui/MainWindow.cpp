#include "MainWindow.h"

#include "EpisodeListPane.h"
#include "EpisodePage.h"
#include "Icons.h"
#include "PlaybackActions.h"
#include "PlayerBar.h"
#include "ShortcutsOverlay.h"
#include "TimelineWidget.h"
#include "desktop/MprisService.h"
#include "domain/Counted.h"
#include "import/Importer.h"
#include "import/SampleLibrary.h"
#include "models/ClipListModel.h"
#include "models/EpisodeListModel.h"
#include "playback/ClipPlayer.h"
#include "storage/Database.h"
#include "storage/EpisodeReader.h"
#include "timeline/Waveform.h"
#include "timeline/WaveformLoader.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(Database &database, ClipPlayer &player, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_player(player)
    , m_episode(database)
    , m_episodes(new EpisodeListModel(this))
    , m_clips(new ClipListModel(this))
{
    setWindowTitle(tr("Citecast"));
    setWindowIcon(Icons::app());
    setAcceptDrops(true);

    m_list = new EpisodeListPane(m_episodes, this);
    m_page = new EpisodePage(this);
    m_timeline = new TimelineWidget(this);
    m_timeline->setModel(m_clips);
    m_playerBar = new PlayerBar(this);

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

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(centre);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 860});
    splitter->setChildrenCollapsible(false);

    auto *root = new QWidget(this);
    auto *rootLayout = new QVBoxLayout(root);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    rootLayout->setSpacing(0);
    rootLayout->addWidget(splitter, 1);
    rootLayout->addWidget(m_playerBar);
    setCentralWidget(root);
    createMenus();
    statusBar()->setSizeGripEnabled(true);

    connect(m_list, &EpisodeListPane::episodeSelected, this, &MainWindow::openEpisode);
    connect(m_page, &EpisodePage::citationActivated, this, &MainWindow::playCitation);
    connect(m_page, &EpisodePage::clipActivated, this, &MainWindow::playClip);
    connect(m_page, &EpisodePage::relatedActivated, this, [this](qint64 id) {
        m_list->selectEpisode(id);
        openEpisode(id);
    });
    connect(m_timeline, &TimelineWidget::clipActivated, this, &MainWindow::playClip);
    connect(m_timeline, &TimelineWidget::seekRequested, this, &MainWindow::seek);
    connect(m_timeline, &TimelineWidget::selectionPlayRequested, this, &MainWindow::playSelection);
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
    connect(m_playerBar, &PlayerBar::playPauseClicked, this, &MainWindow::togglePlayback);
    connect(m_playerBar, &PlayerBar::stopClicked, &m_player, &ClipPlayer::stop);
    connect(m_playerBar, &PlayerBar::volumeChanged, &m_player, &ClipPlayer::setVolume);
    connect(&m_player, &ClipPlayer::stateChanged, this, &MainWindow::onPlayerStateChanged);
    connect(&m_player, &ClipPlayer::positionChanged, this, &MainWindow::onPlayerPosition);
    connect(&m_player, &ClipPlayer::finished, this, &MainWindow::onPlaybackEnded);
    connect(&m_player, &ClipPlayer::errorOccurred, this, [this](const QString &message) {
        m_playerBar->showError(message);
        m_page->setPlayingClip(0);
        m_timeline->setActiveClip(0);
        showMessage(message);
    });

    // Media keys and the desktop's player controls (MPRIS2); harmless without a session bus.
    m_mpris = new MprisService(m_player, this);
    connect(m_mpris, &MprisService::raiseRequested, this, [this] {
        show();
        raise();
        activateWindow();
    });
    connect(m_mpris, &MprisService::quitRequested, this, &QWidget::close);
    connect(m_mpris, &MprisService::nextRequested, this, [this] { stepClip(1); });
    connect(m_mpris, &MprisService::previousRequested, this, [this] { stepClip(-1); });
    connect(m_playerBar, &PlayerBar::volumeChanged, m_mpris, &MprisService::refresh);

    resize(1280, 860);
    reloadEpisodes();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::chooseFilesToImport);
    import->setShortcut(QKeySequence::Open);
    file->addAction(tr("Import the &Sample Episode"), this, &MainWindow::importSample);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    m_actions = new PlaybackActions(this);
    m_actions->fillMenu(menuBar()->addMenu(tr("&Playback")));
    // The timeline handles its own keys while it has focus; the overlay lists them too.
    const QVector<PlaybackActions::Shortcut> timelineKeys = {
            {QString(), tr("On the timeline")},
            {tr("Ctrl+Wheel, + −"), tr("Zoom in and out (Ctrl+0 shows the whole episode)")},
            {tr("Drag"), tr("Select a range; Enter or double-click plays it")},
            {tr("← →"), tr("Move from marker to marker (when the timeline has focus)")},
    };
    m_shortcuts = new ShortcutsOverlay(m_actions->shortcuts() + timelineKeys, this);
    connect(m_actions, &PlaybackActions::playPauseRequested, this, &MainWindow::togglePlayback);
    connect(m_actions, &PlaybackActions::pauseRequested, &m_player, &ClipPlayer::pause);
    connect(m_actions, &PlaybackActions::stopRequested, &m_player, &ClipPlayer::stop);
    connect(m_actions, &PlaybackActions::previousClipRequested, this, [this] { stepClip(-1); });
    connect(m_actions, &PlaybackActions::nextClipRequested, this, [this] { stepClip(1); });
    connect(m_actions, &PlaybackActions::seekByRequested, this, &MainWindow::seekBy);
    connect(m_actions, &PlaybackActions::citationRequested, this, &MainWindow::playCitationNumber);
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
    m_episodes->setEpisodes(reader.episodes());
    if (m_episodes->rowCount() == 0) {
        m_page->showPlaceholder(
                tr("The library is empty.\nImport an episode page or a Citecast pack "
                   "(File \u203a Import), or drop files here."));
        return;
    }
    qint64 target = current;
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
        loadWaveform();
        return;
    }
    const EpisodeContent &content = m_episode.content();
    setWindowTitle(tr("%1 \u2014 Citecast").arg(content.episode.title));
    m_page->setContent(content);
    m_clips->setClips(content.clips, content.episode.durationMs);
    m_timeline->setDurationMs(content.episode.durationMs);
    loadWaveform();
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

void MainWindow::playCitation(int topicIndex, int citationIndex)
{
    QString why;
    const std::optional<PlaybackRequest> request
            = m_episode.requestForCitation(topicIndex, citationIndex, &why);
    if (!request)
        return showMessage(why);
    const int number = m_episode.content().topics.at(topicIndex).citations.at(citationIndex).number;
    play(*request, tr("Citation %1").arg(number));
}

void MainWindow::playClip(qint64 clipId)
{
    QString why;
    const std::optional<PlaybackRequest> request = m_episode.requestForClip(clipId, &why);
    if (!request)
        return showMessage(why);
    play(*request, m_episode.labelForClip(clipId));
}

void MainWindow::seek(qint64 positionMs)
{
    if (m_episode.audioSource().isEmpty())
        return showMessage(tr("This episode has no audio yet."));
    PlaybackRequest request;
    request.source = m_episode.audioSource();
    request.startMs = positionMs;
    request.endMs = -1;
    request.title = m_episode.content().episode.title;
    request.episodeId = m_episode.content().episode.id;
    play(request, tr("Episode"));
}

void MainWindow::seekBy(qint64 deltaMs)
{
    if (m_player.state() == ClipPlayer::State::Stopped)
        return;
    PlaybackRequest request = m_player.currentRequest();
    const qint64 duration = m_episode.isOpen() ? m_episode.content().episode.durationMs : -1;
    qint64 target = std::max<qint64>(0, m_player.positionMs() + deltaMs);
    if (duration > 0)
        target = std::min(target, duration - 1);
    // Within the span it keeps stopping at the span's end; past it, the episode plays on.
    if (request.endMs >= 0 && target >= request.endMs) {
        request.endMs = -1;
        request.clipId = 0;
    }
    request.startMs = target;
    m_player.play(request);
}

void MainWindow::playSelection(qint64 startMs, qint64 endMs)
{
    if (m_episode.audioSource().isEmpty())
        return showMessage(tr("This episode has no audio yet."));
    PlaybackRequest request;
    request.source = m_episode.audioSource();
    request.startMs = startMs;
    request.endMs = endMs;
    request.title = m_episode.content().episode.title;
    request.episodeId = m_episode.content().episode.id;
    play(request, tr("Selection"));
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

void MainWindow::stepClip(int direction)
{
    const PlaybackRequest current = m_player.currentRequest();
    const qint64 clipId = m_episode.neighbourClip(
            current.clipId, current.isNull() ? 0 : m_player.positionMs(), direction);
    if (clipId == 0)
        return showMessage(direction > 0 ? tr("No next clip.") : tr("No previous clip."));
    playClip(clipId);
}

void MainWindow::playCitationNumber(int number)
{
    QString why;
    const std::optional<PlaybackRequest> request
            = m_episode.requestForCitationNumber(m_page->readingTopic(), number, &why);
    if (!request)
        return showMessage(why);
    play(*request, tr("Citation %1").arg(number));
}

void MainWindow::play(const PlaybackRequest &request, const QString &label)
{
    m_playingEpisode = request.episodeId;
    const qint64 end = request.endMs >= 0 ? request.endMs : m_episode.content().episode.durationMs;
    m_playerBar->setNowPlaying(label, request.title, request.startMs,
                               std::max(end, request.startMs));
    m_playerBar->setHasMedia(true);
    m_page->setPlayingClip(request.clipId);
    m_timeline->setActiveClip(request.clipId);
    m_timeline->setPositionMs(request.startMs);
    m_player.play(request);
    if (request.clipId != 0)
        m_episode.recordPlay(request.clipId);
}

void MainWindow::togglePlayback()
{
    if (m_player.state() == ClipPlayer::State::Stopped) {
        // Nothing loaded: start the episode from the beginning.
        if (m_episode.isOpen() && !m_episode.audioSource().isEmpty())
            seek(0);
        return;
    }
    m_player.togglePause();
}

void MainWindow::onPlayerStateChanged()
{
    const bool playing = m_player.state() == ClipPlayer::State::Playing;
    m_playerBar->setPlaying(playing);
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
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::importFiles(const QStringList &paths)
{
    Importer importer(m_database);
    QStringList errors;
    qint64 firstImported = 0;
    int imported = 0;
    for (const QString &path : paths) {
        const ImportResult result = importer.importFile(path);
        if (!result.ok) {
            errors << result.error->toString();
            continue;
        }
        ++imported;
        if (firstImported == 0 && !result.episodeIds.isEmpty())
            firstImported = result.episodeIds.constFirst();
    }
    m_episode.close();
    reloadEpisodes();
    if (firstImported != 0) {
        m_list->selectEpisode(firstImported);
        openEpisode(firstImported);
    }
    if (!errors.isEmpty()) {
        QMessageBox::warning(this, tr("Import"),
                             tr("%1 could not be imported; nothing of them was changed in the "
                                "library.")
                                     .arg(counted(errors.size(), tr("file"), tr("files"))),
                             QMessageBox::Ok);
        showMessage(errors.join(QStringLiteral("; ")));
    } else if (imported > 0) {
        showMessage(tr("Imported %1.").arg(counted(imported, tr("file"), tr("files"))));
    }
}

void MainWindow::chooseFilesToImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Import episode pages or packs"), QString(),
            tr("Episode pages and Citecast packs (*.txt *.json);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::importSample()
{
    const ImportResult result = SampleLibrary::import(m_database);
    m_episode.close();
    reloadEpisodes();
    if (!result.ok)
        return showMessage(result.error->toString());
    m_list->selectEpisode(result.episodeIds.value(0));
    openEpisode(result.episodeIds.value(0));
    showMessage(tr("Imported the sample episode."));
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
