#include "BookmarkSession.h"

#include "AddBookmarkCommand.h"
#include "BookmarkDrafts.h"
#include "BookmarkStore.h"
#include "EditBookmarkCommand.h"
#include "RemoveBookmarkCommand.h"
#include "library/OpenEpisode.h"
#include "playback/PlaybackRequest.h"

#include <QUndoStack>

BookmarkSession::BookmarkSession(BookmarkStore &store, QUndoStack &undo, OpenEpisode &episode,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undo(undo)
    , m_episode(episode)
{ }

std::optional<Bookmark> BookmarkSession::draftForCitation(int topicIndex, int citationIndex) const
{
    if (!m_episode.isOpen() || topicIndex < 0 || topicIndex >= m_episode.content().topics.size()
        || citationIndex < 0
        || citationIndex >= m_episode.content().topics.at(topicIndex).citations.size())
        return std::nullopt;
    return BookmarkDrafts::insight(m_episode.content(), topicIndex, citationIndex);
}

std::optional<Bookmark> BookmarkSession::draftForClip(qint64 clipId) const
{
    const Clip *clip = m_episode.isOpen() ? m_episode.content().clipById(clipId) : nullptr;
    if (!clip)
        return std::nullopt;
    // A citation's clip is best kept as the insight it backs.
    if (clip->kind == ClipKind::Citation) {
        const QVector<Topic> &topics = m_episode.content().topics;
        for (int t = 0; t < topics.size(); ++t) {
            for (int c = 0; c < topics.at(t).citations.size(); ++c) {
                if (topics.at(t).citations.at(c).clipId == clipId)
                    return draftForCitation(t, c);
            }
        }
    }
    return BookmarkDrafts::clip(m_episode.content(), *clip);
}

std::optional<Bookmark> BookmarkSession::draftForTopic(int topicIndex) const
{
    if (!m_episode.isOpen() || topicIndex < 0 || topicIndex >= m_episode.content().topics.size())
        return std::nullopt;
    return BookmarkDrafts::topic(m_episode.content(), topicIndex);
}

std::optional<Bookmark> BookmarkSession::draftForEpisode() const
{
    if (!m_episode.isOpen())
        return std::nullopt;
    return BookmarkDrafts::episode(m_episode.content().episode);
}

std::optional<Bookmark> BookmarkSession::draftForRange(qint64 startMs, qint64 endMs) const
{
    if (!m_episode.isOpen() || startMs < 0 || endMs <= startMs)
        return std::nullopt;
    return BookmarkDrafts::range(m_episode.content(), startMs, endMs);
}

std::optional<Bookmark> BookmarkSession::draftForPlaying(const PlaybackRequest &playing,
                                                         qint64 positionMs, QString *why) const
{
    if (playing.isNull() || !m_episode.isOpen()
        || playing.episodeId != m_episode.content().episode.id) {
        *why = tr("Nothing of this episode plays: play a clip, or select a range on the timeline "
                  "(Ctrl+B).");
        return std::nullopt;
    }
    if (playing.clipId != 0) {
        if (std::optional<Bookmark> draft = draftForClip(playing.clipId))
            return draft;
    }
    if (playing.endMs > playing.startMs)
        return draftForRange(playing.startMs, playing.endMs);
    return draftForRecent(positionMs);
}

std::optional<Bookmark> BookmarkSession::draftForRecent(qint64 positionMs) const
{
    const qint64 end = std::max<qint64>(positionMs, 1000);
    return draftForRange(std::max<qint64>(0, end - RecentSpanMs), end);
}

bool BookmarkSession::add(const Bookmark &bookmark, QString *why)
{
    auto *command = new AddBookmarkCommand(&m_store, bookmark);
    const int before = m_undo.index();
    // push() runs redo(); a command that failed makes itself obsolete and is dropped, so the
    // stack's index only moves on success.
    m_undo.push(command);
    if (m_undo.index() > before)
        return true;
    *why = tr("The bookmark could not be saved: %1").arg(m_store.errorString());
    return false;
}

bool BookmarkSession::edit(const Bookmark &before, const Bookmark &after, QString *why)
{
    const int count = m_undo.index();
    m_undo.push(new EditBookmarkCommand(&m_store, before, after));
    if (m_undo.index() > count)
        return true;
    *why = tr("The bookmark could not be changed: %1").arg(m_store.errorString());
    return false;
}

bool BookmarkSession::remove(qint64 bookmarkId, QString *why)
{
    auto *command = new RemoveBookmarkCommand(&m_store, bookmarkId);
    const int before = m_undo.index();
    m_undo.push(command);
    if (m_undo.index() > before)
        return true;
    *why = tr("The bookmark could not be deleted: %1").arg(m_store.errorString());
    return false;
}

QVector<Bookmark> BookmarkSession::bookmarksOfOpenEpisode() const
{
    if (!m_episode.isOpen())
        return {};
    BookmarkFilter filter;
    filter.episodeGuid = m_episode.content().episode.guid;
    return m_store.bookmarks(filter);
}
