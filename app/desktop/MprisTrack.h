#pragma once

#include "MprisEpisode.h"
#include "playback/PlaybackRequest.h"

#include <QDBusObjectPath>
#include <QVariantMap>

// What a desktop media control calls "the track" while Citecast plays spans: a clip (a request
// with an end) or the episode (a request that plays to the end of the audio). Seeking inside a
// clip replays it from a later start; this is what keeps that the same track, with positions
// counted from the clip's start, instead of a new track at every seek.
class MprisTrack
{
public:
    MprisTrack() = default;
    explicit MprisTrack(const PlaybackRequest &request, const MprisEpisode &episode = {});

    bool isNull() const { return m_request.isNull(); }
    // The request as first played.
    const PlaybackRequest &request() const { return m_request; }
    bool isEpisode() const { return m_request.playsToEnd(); }
    // Where position 0 of the track is in the audio: the clip's start, or 0 for the episode.
    qint64 startMs() const { return isEpisode() ? 0 : m_request.startMs; }
    // -1 when unknown (the episode's duration was not given).
    qint64 lengthMs() const;
    // /io/github/citecast/clip/<clipId>, /io/github/citecast/episode/<episodeId>/span/<start>_<end>
    // for a span that is no stored clip, /io/github/citecast/episode/<episodeId> for the episode.
    QDBusObjectPath id() const;

    // Whether `request` plays part of this track from some offset: a seek within it.
    bool contains(const PlaybackRequest &request) const;
    // The request that plays this track from `offsetMs` (counted from startMs()) to its end.
    PlaybackRequest requestAt(qint64 offsetMs) const;

    void setEpisode(const MprisEpisode &episode) { m_episode = episode; }
    // The MPRIS metadata map: mpris:trackid, mpris:length (when known), xesam:title, xesam:album,
    // xesam:artist and xesam:url (each when known).
    QVariantMap metadata() const;

private:
    PlaybackRequest m_request;
    MprisEpisode m_episode;
};
