#pragma once

#include "FeedEpisode.h"

#include <QString>
#include <QVector>

// Picks the transcript to fetch among an episode's podcast:transcript links. Preference, best
// first: Podcasting 2.0 JSON (speakers and exact times), WebVTT (voices and times), SRT (times),
// HTML (times per paragraph); plain text and unknown types are never picked, since they cannot
// follow the audio. A link in the wanted language beats any link in another; among equals the
// feed's order decides.
namespace TranscriptChooser {
// Index into `links`, or -1 when none is usable. `language` ("en", "de-AT") may be empty.
int best(const QVector<TranscriptLink> &links, const QString &language = QString());
// 4 for JSON down to 1 for HTML, 0 for what cannot be synced.
int rank(const QString &mimeType);
} // namespace TranscriptChooser
