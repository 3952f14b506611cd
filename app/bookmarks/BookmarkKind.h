#pragma once

#include <QString>

#include <optional>

// What a bookmark points at; persisted as its integer value, so the values never change.
enum class BookmarkKind : int {
    Insight = 1, // one sentence of a topic summary with its citation's clip
    Clip = 2,    // a clip: citation, popular clip, highlight, question's answer
    Topic = 3,   // a whole topic section
    Episode = 4, // the episode itself
    Range = 5,   // any span the user selected on the timeline
};

// The stable lower-case name used in exports, JSON output and the CLI ("insight", "clip", ...).
QString bookmarkKindName(BookmarkKind kind);
std::optional<BookmarkKind> bookmarkKindFromName(const QString &name);
std::optional<BookmarkKind> bookmarkKindFromValue(int value);
// A human label for headings and lists ("Insight", "Clip", ...).
QString bookmarkKindLabel(BookmarkKind kind);
