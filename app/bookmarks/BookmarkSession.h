#pragma once

#include "Bookmark.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

class BookmarkStore;
class OpenEpisode;
class QUndoStack;
struct PlaybackRequest;

// What "bookmark this" means where the user is: the insight of a citation, a clip, a topic, the
// episode, a selected range, the last 30 seconds, or whatever plays now; and keeping, editing and
// deleting bookmarks through the undo stack, so every change can be taken back.
class BookmarkSession : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 RecentSpanMs = 30000;

    BookmarkSession(BookmarkStore &store, QUndoStack &undo, OpenEpisode &episode,
                    QObject *parent = nullptr);

    std::optional<Bookmark> draftForCitation(int topicIndex, int citationIndex) const;
    std::optional<Bookmark> draftForClip(qint64 clipId) const;
    std::optional<Bookmark> draftForTopic(int topicIndex) const;
    std::optional<Bookmark> draftForEpisode() const;
    std::optional<Bookmark> draftForRange(qint64 startMs, qint64 endMs) const;
    // What plays: its citation's insight, its clip, or the span heard so far; nullopt with `why`
    // when nothing of the open episode plays.
    std::optional<Bookmark> draftForPlaying(const PlaybackRequest &playing, qint64 positionMs,
                                            QString *why) const;
    // The 30 seconds up to `positionMs`.
    std::optional<Bookmark> draftForRecent(qint64 positionMs) const;

    // Keeps `bookmark` (undoable); false with `why` when the library refuses.
    bool add(const Bookmark &bookmark, QString *why);
    bool edit(const Bookmark &before, const Bookmark &after, QString *why);
    bool remove(qint64 bookmarkId, QString *why);
    // The open episode's bookmarks, for the timeline lane.
    QVector<Bookmark> bookmarksOfOpenEpisode() const;

    BookmarkStore &store() const { return m_store; }
    QUndoStack &undoStack() const { return m_undo; }

private:
    BookmarkStore &m_store;
    QUndoStack &m_undo;
    OpenEpisode &m_episode;
};
