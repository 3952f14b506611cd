#pragma once

#include "PackObject.h"

#include "domain/EpisodeContent.h"

// Turns one episode object of a Citecast pack, or a sidecar, into EpisodeContent under the pack
// format's rules (clips inside the episode, one clip per citation, a stable key for every clip),
// so both files mean exactly the same thing field by field.
namespace PackEpisodeReader {

enum class Source {
    Pack,    // title and topics required, guid derived from the title when absent
    Sidecar, // no title, topics or related episodes (the page has them); no derived guid
};

// Problems go to the PackProblems behind `object`; the result means something only when none
// were found.
EpisodeContent read(const PackObject &object, Source source);

// A highlight or question text as a clip title: at most 80 characters, cut at a word with "…".
QString clipTitleFor(const QString &text);

} // namespace PackEpisodeReader
