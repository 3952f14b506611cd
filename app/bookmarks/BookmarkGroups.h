#pragma once

#include "Bookmark.h"

#include <QVector>

// Bookmarks grouped by episode in the order every export writes them: episodes by title (then
// guid); within one, bookmarks without a span first, then by start, then by creation.
namespace BookmarkGroups {
QVector<QVector<Bookmark>> byEpisode(const QVector<Bookmark> &bookmarks);
} // namespace BookmarkGroups
