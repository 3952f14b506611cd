#pragma once

#include "Bookmark.h"

#include "domain/EpisodeContent.h"

#include <optional>

// New bookmarks made from what the episode page shows, anchored and quoted the same way wherever
// the user makes them (a citation chip, a clip, a topic, the timeline, the CLI). Each is a draft
// for BookmarkStore::add() or AddBookmarkCommand: no id, uid or times yet.
namespace BookmarkDrafts {
// One sentence of a topic with its citation: the sentence quoted, the clip's span when it has one.
Bookmark insight(const EpisodeContent &content, int topicIndex, int citationIndex);
// The first citation marked `number` on the page (the CLI's --citation N); nullopt if none.
std::optional<Bookmark> insightForCitation(const EpisodeContent &content, int number);
// A clip: the highlight's or question's text, the citation's sentence, or the clip's title quoted.
Bookmark clip(const EpisodeContent &content, const Clip &clip);
// A whole topic: its summary quoted; its span covers its citations' clips, if any have times.
Bookmark topic(const EpisodeContent &content, int topicIndex);
Bookmark episode(const Episode &episode);
// Any span: quotes the clip with exactly that span, else the sentences whose clips it overlaps.
Bookmark range(const EpisodeContent &content, qint64 startMs, qint64 endMs);
} // namespace BookmarkDrafts
