#pragma once

#include "domain/EpisodeContent.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <initializer_list>
#include <map>

// Writes imported episodes into the library, updating in place by guid so that a re-import keeps
// every row id (and play counts) and never duplicates. Call inside a Transaction.
class EpisodeWriter
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeWriter)

public:
    // `libraryPath` locates the library file, so audio inside its folder is stored relatively.
    EpisodeWriter(QSqlDatabase db, QString libraryPath);

    // Returns the episode's id, or 0 with errorString() set.
    qint64 write(const EpisodeContent &content);

    // A page and a feed describe the same episode in different parts: a page owns its topics,
    // highlights, questions, related episodes, guests and the page clip kinds (citation, popular,
    // highlight, question); a feed owns its chapters, soundbites and persons. Each write leaves
    // the other's parts alone. By default a write is a page's; stale clips are deleted only when
    // of a kind in `kinds`.
    void setReplacedClipKinds(const QVector<ClipKind> &kinds);
    void setKeepsPageContent(bool keep); // true: topics, highlights... stay as stored
    QString errorString() const { return m_error; }

private:
    qint64 writeContent(const EpisodeContent &content);
    // Sql::exec with each statement prepared once (kept in m_statements) and re-bound after.
    bool run(QSqlQuery *&query, const QString &sql, std::initializer_list<QVariant> values,
             QString *error);
    qint64 showId(const QString &title);
    qint64 findEpisodeForWrite(const Episode &episode);
    qint64 writeEpisodeRow(const Episode &episode, qint64 existingId);
    bool writePeople(qint64 episodeId, const Episode &episode);
    bool writeClips(qint64 episodeId, const QVector<Clip> &clips, QHash<QString, qint64> *idsByKey);
    bool writeTopics(qint64 episodeId, const QVector<Topic> &topics,
                     const QHash<QString, qint64> &clipIds);
    bool writeCitations(qint64 topicId, const QVector<Citation> &citations,
                        const QHash<QString, qint64> &clipIds);
    bool writeHighlights(qint64 episodeId, const QVector<Highlight> &highlights,
                         const QHash<QString, qint64> &clipIds);
    bool writeQuestions(qint64 episodeId, const QVector<Question> &questions,
                        const QHash<QString, qint64> &clipIds);
    bool writeRelated(qint64 episodeId, const QVector<RelatedEpisode> &related);
    qint64 relatedTarget(const RelatedEpisode &related);
    // Ids of the rows of `table` belonging to `parentColumn` = `parentId`, by position.
    QVector<qint64> idsByPosition(const QString &table, const QString &parentColumn,
                                  qint64 parentId);
    bool deleteFromPosition(const QString &table, const QString &parentColumn, qint64 parentId,
                            int firstPosition);
    QString storedAudioLocation(const AudioSource &audio) const;

    QSqlDatabase m_db;
    QString m_libraryPath;
    QString m_error;
    QVector<ClipKind> m_replacedClipKinds
            = {ClipKind::Citation, ClipKind::Popular, ClipKind::Highlight, ClipKind::Question};
    bool m_keepsPageContent = false;
    std::map<QString, QSqlQuery> m_statements; // by SQL text; a map keeps references stable
};
