#pragma once

#include "ImportError.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <QVector>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcImport)

class Database;
struct EpisodeContent;

// What happened to one imported file; the CLI prints it as JSON and the window as a message.
struct ImportResult
{
    QString path;
    bool ok = false;
    QString format; // "page", "pack"
    QVector<qint64> episodeIds;
    std::optional<ImportError> error;
};

// Imports files into the library: detects the format, parses, and writes every episode of a file
// in one transaction, so a file imports completely or not at all.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Database &database);

    ImportResult importFile(const QString &path);
    // For content that is not a plain file (the bundled sample): `displayName` names it in errors,
    // relative audio paths resolve against `baseDir`, and `sidecar` completes a page.
    ImportResult importData(const QByteArray &bytes, const QString &displayName,
                            const QString &baseDir, const std::optional<QByteArray> &sidecar);

    // The sidecar that completes the page at `pagePath`: NAME.citecast.json beside NAME.txt.
    static QString sidecarPathFor(const QString &pagePath);

private:
    ImportResult write(ImportResult result, QVector<EpisodeContent> episodes,
                       const QString &baseDir);

    Database &m_database;
};
