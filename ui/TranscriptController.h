#pragma once

#include "domain/EpisodeContent.h"

#include <QObject>

class ClipPlayer;
class QAction;
class Database;
class TranscriptModel;
class TranscriptPane;

// Keeps the transcript pane in step with the window: reads the open episode's cues from the
// library, moves the current cue with the player's position while that episode plays, and turns
// a click on a cue into a request to play from there. The pane is shown when there are cues,
// unless the user hid it (View › Transcript).
class TranscriptController : public QObject
{
    Q_OBJECT

public:
    TranscriptController(Database &database, ClipPlayer &player, QWidget *paneParent,
                         QObject *parent = nullptr);

    TranscriptPane *pane() const { return m_pane; }
    TranscriptModel *model() const { return m_model; }
    bool hasTranscript() const;
    // Checkable: shows or hides the pane; disabled when the episode has no transcript.
    QAction *toggleAction() const { return m_toggle; }

    // The episode the window shows (an empty content: none). Reads its cues when it has some.
    void setEpisode(const EpisodeContent &content);
    // Where playback of `episodeId` is now (the player's clock is the episode's).
    void setPosition(qint64 episodeId, qint64 positionMs);

    // "WebVTT · 15 cues · en".
    static QString sourceText(const TranscriptInfo &info, int cueCount);

Q_SIGNALS:
    void playFromRequested(qint64 positionMs);
    void availabilityChanged(bool hasTranscript);

private:
    void updateVisibility();

    Database &m_database;
    ClipPlayer &m_player;
    TranscriptModel *m_model = nullptr;
    TranscriptPane *m_pane = nullptr;
    QAction *m_toggle = nullptr;
    qint64 m_episodeId = 0;
};
