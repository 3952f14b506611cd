#pragma once

#include "bookmarks/Bookmark.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

// How the bookmark widgets draw a bookmark's kind, span and star, so the editor, the pane and
// its delegate agree (Theme holds the window-wide colours; these are the bookmark-only ones).
namespace BookmarkLook {
// The kind's colour, taken from the clip kind it is closest to (an insight is a citation).
QColor kindColor(BookmarkKind kind);
// The star's gold.
QColor starColor();
// A gentle red for "the episode was deleted".
QColor orphanColor();
// "1:08–1:20" (m:ss, h:mm:ss past an hour); empty without a span.
QString span(qint64 startMs, qint64 endMs);
// "Episode title · 1:08–1:20", or only the title without a span.
QString source(const QString &episodeTitle, qint64 startMs, qint64 endMs);
// What a bookmark shows as its headline: the quote, else the topic, else the episode title.
QString headline(const Bookmark &bookmark);
// `text` cut at a word to at most `maxChars`, with an ellipsis when cut (every line kept).
QString shortened(const QString &text, int maxChars);
// A bookmark ribbon in the accent's lightest tint, for empty states.
QPixmap ribbon(const QSize &size, qreal devicePixelRatio);
// A small outlined ribbon in `color` for "Bookmark" buttons and menu entries.
QIcon ribbonIcon(const QColor &color);
} // namespace BookmarkLook
