#pragma once

#include "Bookmark.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// How an export is written, beside its format.
struct BookmarkExportOptions
{
    bool csvByteOrderMark = false;
};

// Writes bookmarks in one of the export formats to a file or, for Markdown, to a folder with one
// note per episode: what `citecast bookmarks export` and the window's Export dialog share. Files
// are replaced whole (written aside, then renamed), never left half-written.
class BookmarkExporter
{
    Q_DECLARE_TR_FUNCTIONS(BookmarkExporter)

public:
    enum class Format { Markdown, Json, Csv, Soundbite };

    using Options = BookmarkExportOptions;

    // "md", "json", "csv", "soundbite" (the CLI's --format); nullopt for anything else.
    static std::optional<Format> formatFromName(const QString &name);
    // The whole export as one document (Markdown: one note with every episode).
    static QByteArray document(const QVector<Bookmark> &bookmarks, Format format,
                               const Options &options = {});
    // Markdown goes to one note when `path` ends in ".md", else into the folder `path` (created
    // when missing), one note per episode; the other formats go to the file `path`.
    bool write(const QVector<Bookmark> &bookmarks, Format format, const QString &path,
               const Options &options = {});

    // The files the last write() made.
    QStringList writtenFiles() const { return m_written; }
    QString errorString() const { return m_error; }

private:
    bool writeFile(const QString &path, const QByteArray &bytes);

    QStringList m_written;
    QString m_error;
};
