#include "BookmarkImporter.h"

#include "BookmarkJson.h"

#include <QFile>

namespace {

ImportError fileError(const QString &path, const QString &message)
{
    ImportError error;
    error.file = path;
    error.message = message;
    return error;
}

} // namespace

BookmarkImporter::BookmarkImporter(BookmarkStore &store)
    : m_store(store)
{ }

BookmarkImporter::Result BookmarkImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = fileError(path, tr("cannot read the file: %1").arg(file.errorString()));
        return result;
    }
    return importData(file.readAll(), path);
}

BookmarkImporter::Result BookmarkImporter::importData(const QByteArray &json,
                                                      const QString &displayName)
{
    Result result;
    const Parsed<QVector<Bookmark>> parsed = BookmarkJson::parse(json, displayName);
    if (!parsed.ok) {
        result.error = parsed.error;
        return result;
    }
    const std::optional<BookmarkStore::ImportCounts> counts = m_store.importBookmarks(parsed.value);
    if (!counts) {
        result.error = fileError(
                displayName, tr("could not save to the library: %1").arg(m_store.errorString()));
        return result;
    }
    result.counts = *counts;
    result.ok = true;
    return result;
}
