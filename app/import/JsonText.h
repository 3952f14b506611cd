#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

// Checks on JSON text before it becomes a tree: is it UTF-8, and where and why does it fail to
// parse, in words a user who edits the file by hand can act on.
namespace JsonText {

struct Problem
{
    qsizetype offset = -1; // byte offset of the offending character; -1 when there is none
    QString message;

    bool isNull() const { return offset < 0; }
};

// The first byte that is not part of well-formed UTF-8 (a leading BOM is allowed).
Problem checkUtf8(const QByteArray &json);
// Where QJsonDocument::fromJson's `error` points, moved onto the offending character, with a
// readable message ("JSON syntax error: expected \",\" or \"}\"").
Problem syntaxProblem(const QByteArray &json, const QJsonParseError &error);

} // namespace JsonText
