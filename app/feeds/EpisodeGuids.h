#pragma once

#include "FeedEpisode.h"

#include <QString>
#include <QVector>

// Gives every episode without a guid a stable one, so refreshing the feed updates the same
// episode instead of adding a copy. In order: the item's link, when no other item has the same
// link; else its enclosure URL, when no other item has the same; else a hash of the show and the
// item's title, date and enclosure ("derived:" and 40 hex digits). guidDerived marks them all.
namespace EpisodeGuids {
void derive(QVector<FeedEpisode> &episodes, const QString &showKey);
} // namespace EpisodeGuids
