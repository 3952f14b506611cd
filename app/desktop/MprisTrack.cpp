#include "MprisTrack.h"

#include <QUrl>

namespace {
const QString PathRoot = QStringLiteral("/io/github/citecast");
} // namespace

MprisTrack::MprisTrack(const PlaybackRequest &request, const MprisEpisode &episode)
    : m_request(request)
    , m_episode(episode)
{ }

qint64 MprisTrack::lengthMs() const
{
    if (isNull())
        return -1;
    return isEpisode() ? m_episode.durationMs : m_request.durationMs();
}

QDBusObjectPath MprisTrack::id() const
{
    // Object path elements allow [A-Za-z0-9_] only; ids and times are never negative here.
    const QString episode = PathRoot % QStringLiteral("/episode/")
            % QString::number(qMax<qint64>(m_request.episodeId, 0));
    if (isEpisode())
        return QDBusObjectPath(episode);
    if (m_request.clipId > 0)
        return QDBusObjectPath(PathRoot % QStringLiteral("/clip/")
                               % QString::number(m_request.clipId));
    return QDBusObjectPath(episode % QStringLiteral("/span/") % QString::number(m_request.startMs)
                           % QLatin1Char('_') % QString::number(m_request.endMs));
}

bool MprisTrack::contains(const PlaybackRequest &request) const
{
    if (isNull() || request.source != m_request.source || request.endMs != m_request.endMs
        || request.clipId != m_request.clipId || request.episodeId != m_request.episodeId
        || request.title != m_request.title)
        return false;
    return request.startMs >= startMs() && (isEpisode() || request.startMs < m_request.endMs);
}

PlaybackRequest MprisTrack::requestAt(qint64 offsetMs) const
{
    PlaybackRequest request = m_request;
    request.startMs = startMs() + qMax<qint64>(offsetMs, 0);
    return request;
}

QVariantMap MprisTrack::metadata() const
{
    if (isNull())
        return {};
    QVariantMap map;
    map.insert(QStringLiteral("mpris:trackid"), QVariant::fromValue(id()));
    if (lengthMs() >= 0)
        map.insert(QStringLiteral("mpris:length"), lengthMs() * 1000); // microseconds, as int64
    const QString title = m_request.title.isEmpty() ? m_episode.title : m_request.title;
    if (!title.isEmpty())
        map.insert(QStringLiteral("xesam:title"), title);
    if (!m_episode.title.isEmpty())
        map.insert(QStringLiteral("xesam:album"), m_episode.title);
    if (!m_episode.artists.isEmpty())
        map.insert(QStringLiteral("xesam:artist"), m_episode.artists);
    const QUrl url = m_request.source.contains(QStringLiteral("://"))
            ? QUrl(m_request.source)
            : QUrl::fromLocalFile(m_request.source);
    map.insert(QStringLiteral("xesam:url"), url.toString());
    return map;
}
