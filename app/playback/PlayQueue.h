#pragma once

#include "QueueItem.h"

#include <QObject>
#include <QTimer>
#include <QVector>

class ClipPlayer;

// The rules of playing clips one after another ("play all citations"), in a plain QObject driving
// a ClipPlayer and testable without a sound card: when the current item ends, the next one plays
// after a short gap; an item that fails is reported and skipped; stopping the player stops the
// queue where it is (nothing advances), and a clip played from elsewhere takes over the player.
class PlayQueue : public QObject
{
    Q_OBJECT

public:
    // The pause between one item's end and the next one's start.
    static constexpr int DefaultGapMs = 250;

    explicit PlayQueue(ClipPlayer &player, QObject *parent = nullptr);

    // Replaces the queue and plays items[startAt].
    void playAll(const QVector<QueueItem> &items, int startAt = 0);
    // A queue of one.
    void playSingle(const QueueItem &item);
    void append(const QueueItem &item);
    // Removing the item that plays goes on with the one after it.
    void remove(int index);
    void move(int from, int to);
    // Empties the queue, stopping what it plays.
    void clear();
    void playAt(int index);
    // Within the queue; false (and nothing changes) at its end or start.
    bool next();
    bool previous();

    int currentIndex() const { return m_current; }
    const QVector<QueueItem> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    int count() const { return int(m_items.size()); }
    // Whether the player plays (or is about to play) the queue's current item.
    bool isActive() const { return m_active; }
    void setGapMs(int ms) { m_gap.setInterval(qMax(ms, 0)); }

Q_SIGNALS:
    void itemsChanged();
    void currentIndexChanged(int index);
    // The last item ended (or failed) and nothing follows.
    void queueFinished();
    // Item `index` could not be played; the queue goes on with the next.
    void itemFailed(int index, const QString &message);

    // What PlayQueueModel turns into row changes; itemsChanged follows each.
    void itemsAboutToBeInserted(int first, int last);
    void itemsInserted();
    void itemAboutToBeRemoved(int index);
    void itemRemoved();
    void itemAboutToBeMoved(int from, int to);
    void itemMoved();
    void aboutToBeReset();
    void wasReset();

private:
    void setCurrent(int index);
    void onStarted(const PlaybackRequest &request);
    void onEnded(const PlaybackRequest &request, const QString &error);
    void onStopped(const PlaybackRequest &request);
    void advance();

    ClipPlayer &m_player;
    QVector<QueueItem> m_items;
    int m_current = -1;
    bool m_active = false;
    QTimer m_gap;
};
