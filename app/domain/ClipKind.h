#pragma once

#include <QString>

#include <optional>

// What a clip is for; persisted as its integer value, so the values never change.
enum class ClipKind : int {
    Citation = 1,
    Popular = 2,
    Highlight = 3,
    Question = 4,
    Chapter = 5,   // a chapter of a feed episode: shown like a topic section and in its own lane
    Soundbite = 6, // a span the publisher picked to share (podcast:soundbite)
};

// The stable lower-case name used in packs, JSON output and the CLI ("citation", "popular", ...).
QString clipKindName(ClipKind kind);
std::optional<ClipKind> clipKindFromName(const QString &name);
// A human label for headings and tooltips ("Citation", "Popular clip", ...).
QString clipKindLabel(ClipKind kind);
