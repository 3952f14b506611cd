#pragma once

#include <QByteArray>
#include <QString>

// Tells what a file given to `citecast import` is, from its first bytes (and its name when the
// bytes alone cannot tell): an episode page, a Citecast pack, a podcast feed, an OPML list, a
// chapters file or a transcript.
namespace ImportFormats {

enum class Format { Page, Pack, Feed, Opml, Chapters, Transcript };

Format detect(const QByteArray &bytes, const QString &fileName);
// The name `citecast import --json` prints: "page", "pack", "feed", "opml", "chapters",
// "transcript".
QString name(Format format);

} // namespace ImportFormats
