#pragma once

#include "domain/ClipKind.h"
#include "playback/QueueItem.h"

#include <QCoreApplication>
#include <QObject>

class ClipPlayer;
class ClipPreloader;
class OpenEpisode;
class PlayQueue;
class PlaybackSettings;

// What the user asks the player for, in the words of the episode: a citation, a clip, every
// citation of a topic, the answers, a range, the episode from a point; previous and next. It turns
// those into queue items for the open episode and keeps the player in step with the settings.
// The window and media keys call it; it holds no widgets, so it is tested on its own.
class PlaybackSession : public QObject
{
    Q_OBJECT

public:
    PlaybackSession(OpenEpisode &episode, ClipPlayer &player, PlayQueue &queue,
                    PlaybackSettings &settings, ClipPreloader *preloader = nullptr,
                    QObject *parent = nullptr);

    // Call after the open episode changed: decodes its clips ahead when preloading is on.
    void episodeOpened();

    void playClip(qint64 clipId);
    void playCitation(int topicIndex, int citationIndex);
    // The citation numbered `number` as the reader sees it, in `topicIndex` when it is there.
    void playCitationNumber(int topicIndex, int number);
    void playTopic(int topicIndex); // every citation of the topic, in turn
    void playKind(ClipKind kind);   // every clip of the kind, in turn
    void playRange(qint64 startMs, qint64 endMs);
    void playFrom(qint64 positionMs); // the episode, from there to its end
    void seekBy(qint64 deltaMs);
    // Within the queue when it has more than one item, else the neighbouring clip of the kind.
    void step(int direction);
    void togglePlayback();
    void changeSpeed(int steps);

Q_SIGNALS:
    // Something the user should read (why a citation cannot play, "no next clip").
    void messageRequested(const QString &message);

private:
    void play(const QVector<QueueItem> &items);
    std::optional<QueueItem> itemForClip(qint64 clipId, QString *why) const;
    void applySettings();

    OpenEpisode &m_episode;
    ClipPlayer &m_player;
    PlayQueue &m_queue;
    PlaybackSettings &m_settings;
    ClipPreloader *m_preloader = nullptr;
};
