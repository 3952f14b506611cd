#pragma once

#include "JsonPath.h"

#include <QByteArray>

// Finds where a value of a parsed JSON document sits in its text, so that a problem found in the
// tree (a wrong type, a missing field) is reported at a line and column the user can go to.
namespace JsonLocator {

// Byte offset in `json` of the first character of the value at `path`. When the path names a
// member or item that does not exist, the offset of the deepest value on the path that does (the
// object or array that lacks it). Like QJsonDocument, the last of duplicate keys counts.
// -1 when `json` holds no value at all.
qsizetype offsetOf(const QByteArray &json, const JsonPath &path);

struct TextPosition
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters (code points); a leading BOM does not count
};

// Where byte `offset` of `json` is, as a user's editor counts it. "\n", "\r\n" and "\r" end lines.
TextPosition positionAt(const QByteArray &json, qsizetype offset);

} // namespace JsonLocator
