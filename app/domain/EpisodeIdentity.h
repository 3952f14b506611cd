#pragma once

#include <QString>

// Stable identities for episodes whose source gives no guid (pages, related-episode titles).
namespace EpisodeIdentity {
// "title:<sha1 of the normalised title>"; the same title always gives the same guid, so a page
// imported later lands on the episode its title was first seen under.
QString guidForTitle(const QString &title);
// Lower-case, whitespace collapsed, typographic quotes and dashes folded.
QString normalizedTitle(const QString &title);
} // namespace EpisodeIdentity
