#pragma once

#include "Bookmark.h"

#include <QString>
#include <QVector>

// Bookmarks as plain text for a terminal (`citecast bookmarks list`): per bookmark a line with
// id, star, kind, span and episode, then the quote and the note's first line with the tags.
namespace BookmarkListing {
QString text(const QVector<Bookmark> &bookmarks);
} // namespace BookmarkListing
