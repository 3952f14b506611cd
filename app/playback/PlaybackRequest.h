#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// What to play: a span [startMs, endMs) of one audio source, with what the player bar shows.
struct PlaybackRequest
{
    QString source; // absolute local file path or http(s) URL
    qint64 startMs = 0;
    qint64 endMs = -1; // -1: play to the end of the audio
    QString title;     // e.g. the clip's title, shown in the player bar
    qint64 clipId = 0; // 0 when not a stored clip
    qint64 episodeId = 0;

    bool isNull() const { return source.isEmpty(); }
    bool playsToEnd() const { return endMs < 0; }
    // -1 when playing to the end of the audio.
    qint64 durationMs() const { return endMs < 0 ? -1 : endMs - startMs; }
};

inline bool operator==(const PlaybackRequest &a, const PlaybackRequest &b)
{
    return a.source == b.source && a.startMs == b.startMs && a.endMs == b.endMs
            && a.title == b.title && a.clipId == b.clipId && a.episodeId == b.episodeId;
}

inline bool operator!=(const PlaybackRequest &a, const PlaybackRequest &b)
{
    return !(a == b);
}

Q_DECLARE_METATYPE(PlaybackRequest)
