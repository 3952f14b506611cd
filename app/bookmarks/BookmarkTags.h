#pragma once

#include <QString>
#include <QStringList>

// One way to clean tags as the user types them and to write them where a tag must be one word.
namespace BookmarkTags {
// Trimmed, inner white space collapsed, a leading '#' dropped, empty ones and case-insensitive
// duplicates removed; the first spelling and the order are kept.
QStringList normalized(const QStringList &tags);
// The tag as one Obsidian-friendly word: white space becomes '-', characters other than letters,
// digits, '_', '-' and '/' are dropped, and an all-digit tag gets a leading '_'.
QString safeWord(const QString &tag);
// "#ai #open-source" for Markdown.
QString hashtags(const QStringList &tags);
// True when `tags` holds `tag`, compared case-insensitively.
bool contains(const QStringList &tags, const QString &tag);
} // namespace BookmarkTags
