#pragma once

#include "Bookmark.h"

#include "import/ImportError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QVector>

// Bookmarks as JSON: the lossless, versioned export (`{"citecastBookmarks": 1, "bookmarks":
// [...]}`, docs/BOOKMARKS.md) and its reader, and the objects `citecast bookmarks list --json`
// prints. Pure functions; field names never change, fields may be added.
namespace BookmarkJson {

// The export format version this Citecast writes and reads.
constexpr int FormatVersion = 1;

// One bookmark: every stored field, times as ISO 8601 UTC with milliseconds, spans in ms (null
// when none), and its citecast:// link. `withLibraryIds` adds "id" and "episodeId" (null for an
// orphan), which mean something only in this library.
QJsonObject toObject(const Bookmark &bookmark, bool withLibraryIds);
// The export document, indented, keys sorted: the same bookmarks give the same bytes.
QByteArray exportDocument(const QVector<Bookmark> &bookmarks);
// Reads an export back: bookmarks with id 0 and every other field as written. One located error
// (file, line, column, JSON path) for the first problem in the text, and then no bookmarks.
Parsed<QVector<Bookmark>> parse(const QByteArray &json, const QString &fileName);

} // namespace BookmarkJson
