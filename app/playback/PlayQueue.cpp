#include "PlayQueue.h"

#include "ClipPlayer.h"
#include "PlaybackLog.h"

PlayQueue::PlayQueue(ClipPlayer &player, QObject *parent)
    : QObject(parent)
    , m_player(player)
{
    m_gap.setSingleShot(true);
    m_gap.setInterval(DefaultGapMs);
    connect(&m_gap, &QTimer::timeout, this, &PlayQueue::advance);
    connect(&m_player, &ClipPlayer::started, this, &PlayQueue::onStarted);
    connect(&m_player, &ClipPlayer::finished, this,
            [this](const PlaybackRequest &request) { onEnded(request, QString()); });
    connect(&m_player, &ClipPlayer::failed, this, &PlayQueue::onEnded);
    connect(&m_player, &ClipPlayer::stopped, this, &PlayQueue::onStopped);
}

void PlayQueue::playAll(const QVector<QueueItem> &items, int startAt)
{
    m_gap.stop();
    Q_EMIT aboutToBeReset();
    m_items = items;
    m_current = -1;
    Q_EMIT wasReset();
    Q_EMIT itemsChanged();
    Q_EMIT currentIndexChanged(m_current);
    if (m_items.isEmpty()) {
        if (m_active)
            m_player.stop();
        m_active = false;
        return;
    }
    playAt(qBound(0, startAt, count() - 1));
}

void PlayQueue::playSingle(const QueueItem &item)
{
    playAll({item});
}

void PlayQueue::append(const QueueItem &item)
{
    Q_EMIT itemsAboutToBeInserted(count(), count());
    m_items.append(item);
    Q_EMIT itemsInserted();
    Q_EMIT itemsChanged();
}

void PlayQueue::remove(int index)
{
    if (index < 0 || index >= count())
        return;
    const int before = m_current;
    Q_EMIT itemAboutToBeRemoved(index);
    m_items.removeAt(index);
    if (index < m_current)
        --m_current;
    else if (index == m_current)
        m_current = -1;
    Q_EMIT itemRemoved();
    Q_EMIT itemsChanged();
    if (m_current != before)
        Q_EMIT currentIndexChanged(m_current);
    if (index != before || !m_active)
        return;
    if (index < count()) {
        playAt(index); // the one after it
    } else {
        m_gap.stop();
        m_active = false;
        m_player.stop();
    }
}

void PlayQueue::move(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return;
    const int before = m_current;
    Q_EMIT itemAboutToBeMoved(from, to);
    m_items.move(from, to);
    if (m_current == from)
        m_current = to;
    else if (from < m_current && to >= m_current)
        --m_current;
    else if (from > m_current && to <= m_current)
        ++m_current;
    Q_EMIT itemMoved();
    Q_EMIT itemsChanged();
    if (m_current != before)
        Q_EMIT currentIndexChanged(m_current);
}

void PlayQueue::clear()
{
    if (m_active)
        m_player.stop();
    m_active = false;
    playAll({});
}

void PlayQueue::playAt(int index)
{
    if (index < 0 || index >= count())
        return;
    m_gap.stop();
    setCurrent(index);
    m_active = true;
    qCDebug(lcPlayback) << "queue: playing item" << index << m_items.at(index).label;
    m_player.play(m_items.at(index).request);
}

bool PlayQueue::next()
{
    if (m_current + 1 >= count())
        return false;
    playAt(m_current + 1);
    return true;
}

bool PlayQueue::previous()
{
    if (m_current <= 0)
        return false;
    playAt(m_current - 1);
    return true;
}

void PlayQueue::setCurrent(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    Q_EMIT currentIndexChanged(index);
}

void PlayQueue::onStarted(const PlaybackRequest &request)
{
    const bool ours
            = m_current >= 0 && m_current < count() && m_items.at(m_current).request == request;
    if (m_active && !ours) { // a clip played from elsewhere took the player over
        m_gap.stop();
        m_active = false;
    }
}

// The player finished (no error) or failed (error) playing `request`: if it was the current
// item, the next one follows.
void PlayQueue::onEnded(const PlaybackRequest &request, const QString &error)
{
    if (!m_active || m_current < 0 || m_current >= count()
        || m_items.at(m_current).request != request)
        return;
    if (!error.isEmpty())
        Q_EMIT itemFailed(m_current, error);
    m_gap.start();
}

void PlayQueue::onStopped(const PlaybackRequest &request)
{
    Q_UNUSED(request);
    m_gap.stop();
    m_active = false;
}

void PlayQueue::advance()
{
    if (!m_active)
        return;
    if (m_current + 1 < count()) {
        playAt(m_current + 1);
        return;
    }
    m_active = false;
    Q_EMIT queueFinished();
}
