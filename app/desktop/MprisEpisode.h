#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// What desktop media controls show of an episode besides the clip itself: the album line, the
// artist line and, for whole-episode playback, the length. Only the window knows these; a
// PlaybackRequest carries just the episode's id.
struct MprisEpisode
{
    QString title;       // xesam:album
    QStringList artists; // xesam:artist: the show, then the guests
    qint64 durationMs = -1;
};
