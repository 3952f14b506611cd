#include "PlaybackSession.h"

#include "OpenEpisode.h"
#include "PlaybackSettings.h"
#include "playback/ClipPlayer.h"
#include "playback/ClipPreloader.h"
#include "playback/PlayQueue.h"

PlaybackSession::PlaybackSession(OpenEpisode &episode, ClipPlayer &player, PlayQueue &queue,
                                 PlaybackSettings &settings, ClipPreloader *preloader,
                                 QObject *parent)
    : QObject(parent)
    , m_episode(episode)
    , m_player(player)
    , m_queue(queue)
    , m_settings(settings)
    , m_preloader(preloader)
{
    applySettings();
    connect(&m_settings, &PlaybackSettings::leadChanged, this, &PlaybackSession::applySettings);
    connect(&m_settings, &PlaybackSettings::speedChanged, &m_player, &ClipPlayer::setSpeed);
    connect(&m_settings, &PlaybackSettings::volumeChanged, &m_player, &ClipPlayer::setVolume);
    connect(&m_settings, &PlaybackSettings::mutedChanged, &m_player, &ClipPlayer::setMuted);
    connect(&m_settings, &PlaybackSettings::preloadClipsChanged, this,
            &PlaybackSession::episodeOpened);
}

void PlaybackSession::applySettings()
{
    m_player.setLeadInMs(m_settings.leadInMs());
    m_player.setLeadOutMs(m_settings.leadOutMs());
    m_player.setSpeed(m_settings.speed());
    m_player.setVolume(m_settings.volume());
    m_player.setMuted(m_settings.muted());
    m_player.setPreloader(m_settings.preloadClips() ? m_preloader : nullptr);
}

void PlaybackSession::episodeOpened()
{
    if (!m_preloader)
        return;
    m_player.setPreloader(m_settings.preloadClips() ? m_preloader : nullptr);
    const QString audio = m_episode.isOpen() ? m_episode.audioSource() : QString();
    if (!m_settings.preloadClips() || audio.isEmpty()) {
        m_preloader->clear();
        return;
    }
    QVector<ClipPreloader::Span> spans;
    for (const Clip &clip : m_episode.content().clips)
        spans.append({clip.startMs, clip.endMs});
    m_preloader->preload(audio, spans);
    m_player.prepare(audio);
}

std::optional<QueueItem> PlaybackSession::itemForClip(qint64 clipId, QString *why) const
{
    const std::optional<PlaybackRequest> request = m_episode.requestForClip(clipId, why);
    if (!request)
        return std::nullopt;
    return QueueItem {*request, m_episode.labelForClip(clipId)};
}

void PlaybackSession::play(const QVector<QueueItem> &items)
{
    if (items.size() == 1)
        m_queue.playSingle(items.constFirst());
    else if (!items.isEmpty())
        m_queue.playAll(items);
}

void PlaybackSession::playClip(qint64 clipId)
{
    QString why;
    if (const std::optional<QueueItem> item = itemForClip(clipId, &why))
        play({*item});
    else
        Q_EMIT messageRequested(why);
}

void PlaybackSession::playCitation(int topicIndex, int citationIndex)
{
    QString why;
    const std::optional<PlaybackRequest> request
            = m_episode.requestForCitation(topicIndex, citationIndex, &why);
    if (!request)
        return Q_EMIT messageRequested(why);
    const int number = m_episode.content().topics.at(topicIndex).citations.at(citationIndex).number;
    play({QueueItem {*request, tr("Citation %1").arg(number)}});
}

void PlaybackSession::playCitationNumber(int topicIndex, int number)
{
    QString why;
    const std::optional<PlaybackRequest> request
            = m_episode.requestForCitationNumber(topicIndex, number, &why);
    if (!request)
        return Q_EMIT messageRequested(why);
    play({QueueItem {*request, tr("Citation %1").arg(number)}});
}

void PlaybackSession::playTopic(int topicIndex)
{
    if (!m_episode.isOpen() || topicIndex < 0 || topicIndex >= m_episode.content().topics.size())
        return;
    QVector<QueueItem> items;
    QString why;
    const Topic &topic = m_episode.content().topics.at(topicIndex);
    for (int i = 0; i < topic.citations.size(); ++i) {
        if (const std::optional<PlaybackRequest> request
            = m_episode.requestForCitation(topicIndex, i, &why))
            items << QueueItem {*request, tr("Citation %1").arg(topic.citations.at(i).number)};
    }
    if (items.isEmpty())
        return Q_EMIT messageRequested(why);
    play(items);
}

void PlaybackSession::playKind(ClipKind kind)
{
    if (!m_episode.isOpen())
        return;
    QVector<QueueItem> items;
    QString why;
    for (const Clip &clip : m_episode.content().clips) {
        if (clip.kind != kind)
            continue;
        if (const std::optional<QueueItem> item = itemForClip(clip.id, &why))
            items << *item;
    }
    if (items.isEmpty())
        return Q_EMIT messageRequested(why.isEmpty() ? tr("Nothing to play.") : why);
    play(items);
}

void PlaybackSession::playRange(qint64 startMs, qint64 endMs)
{
    if (!m_episode.isOpen() || m_episode.audioSource().isEmpty())
        return Q_EMIT messageRequested(tr("This episode has no audio yet."));
    PlaybackRequest request;
    request.source = m_episode.audioSource();
    request.startMs = startMs;
    request.endMs = endMs;
    request.title = m_episode.content().episode.title;
    request.episodeId = m_episode.content().episode.id;
    play({QueueItem {request, endMs < 0 ? tr("Episode") : tr("Selection")}});
}

void PlaybackSession::playFrom(qint64 positionMs)
{
    playRange(positionMs, -1);
}

void PlaybackSession::seekBy(qint64 deltaMs)
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

void PlaybackSession::step(int direction)
{
    if (m_queue.count() > 1 && m_queue.isActive()) {
        const bool moved = direction > 0 ? m_queue.next() : m_queue.previous();
        if (!moved)
            Q_EMIT messageRequested(direction > 0 ? tr("This was the last clip in the queue.")
                                                  : tr("This is the first clip in the queue."));
        return;
    }
    const PlaybackRequest current = m_player.currentRequest();
    const qint64 clipId = m_episode.neighbourClip(
            current.clipId, current.isNull() ? 0 : m_player.positionMs(), direction);
    if (clipId == 0)
        return Q_EMIT messageRequested(direction > 0 ? tr("No next clip.")
                                                     : tr("No previous clip."));
    playClip(clipId);
}

void PlaybackSession::togglePlayback()
{
    if (m_player.state() != ClipPlayer::State::Stopped)
        return m_player.togglePause();
    // Nothing loaded: start the episode from the beginning.
    if (m_episode.isOpen() && !m_episode.audioSource().isEmpty())
        playFrom(0);
}

void PlaybackSession::changeSpeed(int steps)
{
    m_settings.setSpeed(m_settings.steppedSpeed(steps));
}
