#pragma once

#include "domain/EpisodeContent.h"
#include "playback/PlaybackRequest.h"

#include <QCoreApplication>
#include <optional>

class Database;

// The episode the window shows: loads its page from the library and turns its citations and clips
// into playback requests (the resolved audio, the exact span, a label for the player bar).
class OpenEpisode
{
    Q_DECLARE_TR_FUNCTIONS(OpenEpisode)

public:
    explicit OpenEpisode(Database &database);

    bool open(qint64 episodeId);
    void close();
    bool isOpen() const { return m_content.has_value(); }
    const EpisodeContent &content() const { return *m_content; }
    QString audioSource() const { return m_audio; }

    // The request that plays the clip; nullopt with `*why` set when it cannot be played.
    std::optional<PlaybackRequest> requestForClip(qint64 clipId, QString *why) const;
    std::optional<PlaybackRequest> requestForCitation(int topicIndex, int citationIndex,
                                                      QString *why) const;
    // Citation `number` as the reader sees it: in topic `topicIndex` when it is there, else the
    // first place it appears in the episode.
    std::optional<PlaybackRequest> requestForCitationNumber(int topicIndex, int number,
                                                            QString *why) const;
    // The clip before (direction -1) or after (+1) the one playing (`clipId`, or the position
    // `positionMs` when none plays), among clips of the same kind (citations when none plays).
    // 0 when there is none.
    qint64 neighbourClip(qint64 clipId, qint64 positionMs, int direction) const;
    // "Citation 4", "Popular clip", ... for the player bar.
    QString labelForClip(qint64 clipId) const;
    // Counts a play of the clip in the library (shown in lists later).
    void recordPlay(qint64 clipId);

private:
    Database &m_database;
    std::optional<EpisodeContent> m_content;
    QString m_audio;
};
