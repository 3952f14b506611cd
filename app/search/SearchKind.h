#pragma once

#include <QString>

#include <optional>

// What a search hit is; the values are the `kind` column of search_index (migration 005), so
// they never change.
enum class SearchKind : int {
    Episode = 1,
    Show = 2,
    Guest = 3,
    Topic = 4,
    Clip = 5, // a clip with a title: popular clip, chapter, soundbite
    Highlight = 6,
    Question = 7,
    Transcript = 8,
    Bookmark = 9,
};

namespace SearchKinds {
// Every kind, in the order result groups are shown.
constexpr SearchKind all[] = {SearchKind::Episode,  SearchKind::Show,       SearchKind::Guest,
                              SearchKind::Topic,    SearchKind::Clip,       SearchKind::Highlight,
                              SearchKind::Question, SearchKind::Transcript, SearchKind::Bookmark};
// The stable lower-case name used in JSON ("episode", "transcript", ...).
QString name(SearchKind kind);
std::optional<SearchKind> fromValue(int value);
// The heading of a group of results ("Episodes", "Transcripts", ...).
QString groupLabel(SearchKind kind);
} // namespace SearchKinds
