#pragma once

#include "domain/EpisodeContent.h"
#include "import/Importer.h"

#include <QJsonObject>

// The JSON shapes scripts rely on (docs/CLI.md); field names here never change, fields may be
// added.
namespace EpisodeJson {
QJsonObject summary(const Episode &episode);
QJsonObject content(const EpisodeContent &content, const QString &audio);
QJsonObject importResult(const ImportResult &result);
} // namespace EpisodeJson
