#pragma once

#include "Bookmark.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

// Bookmarks as CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, fields with a
// comma, quote or line break quoted, quotes doubled), UTF-8 with an optional byte order mark (which
// Excel needs to read UTF-8), and spreadsheet-safe: a cell that starts with = + - @ tab or CR gets
// a leading ' so no spreadsheet runs it as a formula. Pure functions.
namespace BookmarkCsv {

struct Options
{
    bool byteOrderMark = false;
};

// The header row's column names, in order.
QStringList columns();
QByteArray exportDocument(const QVector<Bookmark> &bookmarks, const Options &options = {});
// One cell as written: neutralised, then quoted when needed.
QString cell(const QString &value);

} // namespace BookmarkCsv
