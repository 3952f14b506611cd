#pragma once

#include "import/ImportError.h"
#include "import/JsonPath.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

// Located errors for the JSON files the feeds point to (chapters, transcripts), built on the
// pack parser's JsonText and JsonLocator so every JSON error in Citecast reads the same.
namespace JsonFileErrors {
// The document, or the first encoding or syntax problem with its line and column.
std::optional<QJsonDocument> read(const QByteArray &json, const QString &fileName,
                                  ImportError *error);
// A problem with the value at `path` ("chapters[3].startTime"), located in `json`.
ImportError at(const QByteArray &json, const QString &fileName, const JsonPath &path,
               const QString &message);
} // namespace JsonFileErrors
