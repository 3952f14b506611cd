#pragma once

#include <QString>

// Where the audio of remote episodes is kept for offline use, one file per URL:
// CacheLocation/audio/<sha1 of the URL>.<extension>. A file appears there only once it is
// complete and known to be audio (AudioDownloader writes NAME.part first).
namespace AudioCache {
QString folder();
// Where `url` is (or would be) cached.
QString pathFor(const QString &url);
// The complete cached copy of `url`, empty when there is none.
QString cachedFile(const QString &url);
// What to decode for `source`: the cached copy of a URL when there is one, else `source`.
QString localSource(const QString &source);
} // namespace AudioCache
