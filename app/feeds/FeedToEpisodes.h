#pragma once

#include "Feed.h"
#include "FeedAttachments.h"

#include "domain/EpisodeContent.h"

#include <QVector>

#include <optional>

// One feed item as the library keeps it: the episode (row, persons, enclosure as its audio), its
// soundbites and chapters as clips, and what was read for it beside the feed.
struct FeedLibraryEpisode
{
    EpisodeContent content; // content.episode.guid is the feed's guid; the library may keep another
    // True when the chapters are known: then content's chapter clips replace the stored ones.
    // False when the item names a chapters file that was not read this time: the stored chapters
    // stay, and `fallbackChapters` (the feed's or the audio file's) serve only when none are
    // stored.
    bool chaptersKnown = true;
    QString chaptersUrl; // where the chapters came from ('' for the feed or the audio file)
    QVector<Clip> fallbackChapters;
    QVector<ChapterLink> fallbackChapterLinks;
    std::optional<FetchedTranscript> transcript; // a transcript to store, when one was read
};

// Maps a parsed feed onto library episodes: a pure function, no library and no network. Chapters
// come from the chapters file when it was read, else the feed's inline chapters, else the audio
// file's; chapters marked toc=false are silent markers and skipped; a chapter without an end ends
// where the next begins (the last at the episode's end, or it is dropped when that is unknown).
// Persons are the item's only: the channel's (the show's hosts) are the show's (show_people).
namespace FeedToEpisodes {
QVector<FeedLibraryEpisode> map(const Feed &feed, const FeedAttachments &attachments);
// Chapter clips (keys "chapter:<startMs>") and their links, for a chapter list read on its own.
QVector<Clip> chapterClips(const ChapterList &chapters, qint64 durationMs,
                           QVector<ChapterLink> *links = nullptr);
// The audio an enclosure URL plays: a file:// URL is a local file, anything else a URL.
AudioSource audioFor(const QString &enclosureUrl);
} // namespace FeedToEpisodes
