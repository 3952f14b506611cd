#pragma once

#include "import/Importer.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Attaches a chapters file (Podcasting 2.0 JSON) or a transcript (SRT, WebVTT, JSON, HTML) that
// the user has as a file to an episode already in the library, named by id or guid. The chapters
// replace the episode's chapter clips, the transcript its transcript; one transaction each.
class EpisodeAttachmentImport
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeAttachmentImport)

public:
    explicit EpisodeAttachmentImport(Database &database);

    ImportResult importChapters(const QByteArray &bytes, const QString &path,
                                const QString &episode);
    ImportResult importTranscript(const QByteArray &bytes, const QString &path,
                                  const QString &episode);

private:
    // The episode's id, or 0 with `result->error` set.
    qint64 findEpisode(const QString &episode, ImportResult *result);

    Database &m_database;
};
