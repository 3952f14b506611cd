#pragma once

#include "ImportError.h"

#include "domain/EpisodeContent.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// Reads Citecast's own JSON formats (docs/FORMATS.md): the pack, which carries whole episodes
// with their clip times, and the sidecar, which adds what a page text lacks. Pure functions from
// bytes to domain values; a problem comes back as one ImportError at its line and column.
namespace PackParser {

// The pack format version this Citecast reads (the "citecastPack" and "citecastSidecar" value).
constexpr int FormatVersion = 1;

// `fileName` is only used in error messages (ImportError::file). Audio paths come back as
// written; resolving them against the pack's folder is the importer's job.
Parsed<QVector<EpisodeContent>> parsePack(const QByteArray &json, const QString &fileName);
// A sidecar's episode: no title, topics or related episodes, number -1 and guid empty when
// absent; the page importer merges it into what the page gives.
Parsed<EpisodeContent> parseSidecar(const QByteArray &json, const QString &fileName);

} // namespace PackParser
