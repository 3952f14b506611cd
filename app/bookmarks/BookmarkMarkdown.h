#pragma once

#include "Bookmark.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// Bookmarks as Markdown notes for Obsidian and the like (docs/BOOKMARKS.md): YAML front matter
// (title, show, episode guid, tags, created), then each bookmark with its quote as a block quote,
// its note, its tags as #tags, and its span as a citecast:// link. Pure functions: the same
// bookmarks always give the same bytes (UTF-8, "\n" line ends).
namespace BookmarkMarkdown {

struct File
{
    QString fileName; // "Episode title.md", safe on every file system
    QByteArray bytes;
};

// One note with every bookmark, grouped by episode.
QByteArray singleFile(const QVector<Bookmark> &bookmarks);
// One note per episode, named after it; names are unique (" (2)" is added when needed).
QVector<File> perEpisode(const QVector<Bookmark> &bookmarks);
// The episode's title as a file name: characters file systems or Obsidian links reject removed.
QString fileNameFor(const QString &title, const QString &guid);

} // namespace BookmarkMarkdown
