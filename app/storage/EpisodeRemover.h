#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Deletes an episode and everything its page brought (topics, citations, clips, highlights,
// questions, related episodes, people) in one transaction. Bookmarks are the user's, not the
// page's: they stay, as orphans anchored by the episode's guid, with the episode's title and show
// kept so they still read well, and they find their place again if the episode is imported anew.
class EpisodeRemover
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeRemover)

public:
    explicit EpisodeRemover(QSqlDatabase db);

    // False with errorString() set when there is no such episode or the library refuses; then
    // nothing changed.
    bool remove(qint64 episodeId);
    // How many bookmarks will be kept as orphans, for the question asked before deleting.
    int bookmarkCount(qint64 episodeId);
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};
