#pragma once

#include "Importer.h"

// Imports the bundled sample (the seed episode page, its sidecar and a synthesized narration)
// so a new user sees a complete episode at once. The narration is copied beside the library.
namespace SampleLibrary {
ImportResult import(Database &database);
// The folder beside the library that holds the sample's audio.
QString mediaDir(const QString &libraryPath);
} // namespace SampleLibrary
