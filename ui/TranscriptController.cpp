#include "TranscriptController.h"

#include "TranscriptPane.h"
#include "domain/Counted.h"
#include "feeds/LibraryTranscripts.h"
#include "models/TranscriptModel.h"
#include "playback/ClipPlayer.h"
#include "storage/Database.h"

#include <QAction>

TranscriptController::TranscriptController(Database &database, ClipPlayer &player,
                                           QWidget *paneParent, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_player(player)
    , m_model(new TranscriptModel(this))
    , m_pane(new TranscriptPane(m_model, paneParent))
{
    m_pane->hide();
    m_toggle = new QAction(tr("&Transcript"), this);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setEnabled(false);
    m_toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_toggle->setToolTip(tr("Show the transcript beside the page"));
    connect(m_toggle, &QAction::toggled, this, &TranscriptController::updateVisibility);
    connect(m_pane, &TranscriptPane::cueActivated, this, &TranscriptController::playFromRequested);
    connect(&m_player, &ClipPlayer::positionChanged, this, [this](qint64 positionMs) {
        setPosition(m_player.currentRequest().episodeId, positionMs);
    });
    connect(&m_player, &ClipPlayer::started, this, [this](const PlaybackRequest &request) {
        setPosition(request.episodeId, request.startMs);
    });
}

bool TranscriptController::hasTranscript() const
{
    return m_model->rowCount() > 0;
}

QString TranscriptController::sourceText(const TranscriptInfo &info, int cueCount)
{
    QStringList parts;
    const QString format = info.format.toLower();
    if (format == QLatin1String("vtt"))
        parts << QStringLiteral("WebVTT");
    else if (format == QLatin1String("srt"))
        parts << QStringLiteral("SRT");
    else if (format == QLatin1String("json"))
        parts << QStringLiteral("JSON");
    else if (format == QLatin1String("html"))
        parts << QStringLiteral("HTML");
    parts << counted(cueCount, tr("cue"), tr("cues"));
    if (!info.language.isEmpty())
        parts << info.language;
    return parts.join(QStringLiteral(" \u00b7 "));
}

void TranscriptController::setEpisode(const EpisodeContent &content)
{
    const bool had = hasTranscript();
    m_episodeId = content.episode.id;
    Transcript cues;
    if (m_episodeId != 0 && content.transcript.isAvailable())
        cues = LibraryTranscripts(m_database.connection()).read(m_episodeId);
    m_model->setTranscript(cues);
    m_pane->setSourceText(cues.isEmpty() ? QString()
                                         : sourceText(content.transcript, int(cues.size())));
    const bool playingHere = m_player.state() != ClipPlayer::State::Stopped
            && m_player.currentRequest().episodeId == m_episodeId;
    if (playingHere)
        m_model->setPositionMs(m_player.positionMs());
    m_toggle->setEnabled(!cues.isEmpty());
    updateVisibility();
    if (had != hasTranscript())
        Q_EMIT availabilityChanged(hasTranscript());
}

void TranscriptController::updateVisibility()
{
    m_pane->setVisible(hasTranscript() && m_toggle->isChecked());
}

void TranscriptController::setPosition(qint64 episodeId, qint64 positionMs)
{
    if (episodeId == 0 || episodeId != m_episodeId)
        return;
    m_model->setPositionMs(positionMs);
}
