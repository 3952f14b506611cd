#include "BookmarkExporter.h"

#include "BookmarkCsv.h"
#include "BookmarkJson.h"
#include "BookmarkMarkdown.h"
#include "BookmarkSoundbites.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

std::optional<BookmarkExporter::Format> BookmarkExporter::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return Format::Markdown;
    if (lower == QLatin1String("json"))
        return Format::Json;
    if (lower == QLatin1String("csv"))
        return Format::Csv;
    if (lower == QLatin1String("soundbite") || lower == QLatin1String("soundbites"))
        return Format::Soundbite;
    return std::nullopt;
}

QByteArray BookmarkExporter::document(const QVector<Bookmark> &bookmarks, Format format,
                                      const Options &options)
{
    switch (format) {
    case Format::Markdown:
        return BookmarkMarkdown::singleFile(bookmarks);
    case Format::Json:
        return BookmarkJson::exportDocument(bookmarks);
    case Format::Csv:
        return BookmarkCsv::exportDocument(bookmarks, {options.csvByteOrderMark});
    case Format::Soundbite:
        return BookmarkSoundbites::exportDocument(bookmarks);
    }
    return QByteArray();
}

bool BookmarkExporter::write(const QVector<Bookmark> &bookmarks, Format format, const QString &path,
                             const Options &options)
{
    m_written.clear();
    m_error.clear();
    const bool oneNote = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive);
    if (format != Format::Markdown || oneNote)
        return writeFile(path, document(bookmarks, format, options));

    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        m_error = tr("%1 is a file: name a folder for one note per episode, or a file ending in "
                     ".md for one note.")
                          .arg(path);
        return false;
    }
    if (!QDir().mkpath(path)) {
        m_error = tr("Cannot create the folder %1.").arg(path);
        return false;
    }
    const QDir dir(path);
    for (const BookmarkMarkdown::File &file : BookmarkMarkdown::perEpisode(bookmarks)) {
        if (!writeFile(dir.filePath(file.fileName), file.bytes))
            return false;
    }
    return true;
}

bool BookmarkExporter::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    m_written << path;
    return true;
}
