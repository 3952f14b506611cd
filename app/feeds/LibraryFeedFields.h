#pragma once

#include "domain/EpisodeContent.h"

#include <QSqlDatabase>
#include <QString>

// Writes what only feeds say about an episode — its feed guid, web page, artwork, season, type,
// HTML notes, enclosure, where its chapters came from — and its chapters' links and artwork.
// Pages never call it, so a page imported over a feed episode leaves these alone. Rows are
// touched only when something changed.
class LibraryFeedFields
{
public:
    explicit LibraryFeedFields(QSqlDatabase db);

    bool write(qint64 episodeId, const Episode &episode, const QString &chaptersUrl);
    // Replaces the links of the episode's chapter clips (matched by clip key).
    bool writeChapterLinks(qint64 episodeId, const QVector<ChapterLink> &links);
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};
