#pragma once

#include "ImportError.h"
#include "domain/EpisodeContent.h"

#include <QByteArray>
#include <QString>

// Reads an episode page saved as text (see docs/FORMATS.md, "The episode page text"): the title,
// topic sections whose sentences end in citation numbers, and related episodes.
namespace EpisodePageParser {
// True when `bytes` look like a page rather than JSON or XML (used to pick an importer).
bool looksLikePage(const QByteArray &bytes);
// `fileName` is only used in error messages.
Parsed<EpisodeContent> parse(const QByteArray &bytes, const QString &fileName);
} // namespace EpisodePageParser
