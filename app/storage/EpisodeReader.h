#pragma once

#include "domain/EpisodeContent.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

// Reads episodes back from the library: the list, one episode's whole page, its audio path.
class EpisodeReader
{
public:
    EpisodeReader(QSqlDatabase db, QString libraryPath);

    // Every episode, numbered ones first by number, then by title; known-only-by-title ones last.
    QVector<Episode> episodes();
    // The same episodes in the same order with only what the episode list shows (id, guid, show,
    // number, title, guests, published, duration, questions, audio): a fraction of the reading at
    // start-up with thousands of episodes.
    QVector<Episode> episodeList();
    // Rows [offset, offset + limit) of episodeList() (limit < 0: to the end), guests read for
    // those rows only; fewer than `limit` rows means the list ends there.
    QVector<Episode> episodeList(int offset, int limit);
    // The ids of the episodes that have a transcript, in one query (for the episode list).
    QSet<qint64> episodesWithTranscript();
    std::optional<Episode> episode(qint64 id);
    // Accepts a numeric id or a guid, as printed by `citecast episodes --json`.
    std::optional<Episode> findEpisode(const QString &idOrGuid);
    // The episode with its topics, citations, clips, highlights, questions and related episodes;
    // for feed episodes also its persons, chapter links and whether it has a transcript.
    std::optional<EpisodeContent> content(qint64 id);
    // The audio as a local absolute path or URL string; empty when the episode has none.
    QString resolvedAudio(const AudioSource &audio) const;
    QString errorString() const { return m_error; }

private:
    std::optional<Episode> episodeWhere(const QString &condition, const QVariant &value);
    QVector<Topic> topics(qint64 episodeId);
    QVector<Clip> clips(qint64 episodeId);
    QVector<EpisodePerson> persons(qint64 episodeId);
    QVector<ChapterLink> chapterLinks(qint64 episodeId);
    TranscriptInfo transcript(qint64 episodeId);

    QSqlDatabase m_db;
    QString m_libraryPath;
    QString m_error;
};
