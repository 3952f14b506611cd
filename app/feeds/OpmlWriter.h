#pragma once

#include "Opml.h"

#include <QByteArray>

// Writes subscriptions as OPML 2.0 (UTF-8, folders as nested outlines), the format every podcast
// app imports.
namespace OpmlWriter {
QByteArray write(const OpmlDocument &document);
} // namespace OpmlWriter
