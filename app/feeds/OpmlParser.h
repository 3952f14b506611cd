#pragma once

#include "Opml.h"

#include "import/ImportError.h"

#include <QByteArray>

// Reads OPML 1.0 and 2.0 subscription lists, as podcast apps export them. Feed addresses are
// normalised (feed://, itpc:// → http://); outlines without a feed URL and without children are
// dropped. A file that is not OPML or not well-formed gives one located error.
namespace OpmlParser {
Parsed<OpmlDocument> parse(const QByteArray &bytes, const QString &fileName);
} // namespace OpmlParser
