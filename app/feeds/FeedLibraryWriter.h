#pragma once

#include "Feed.h"
#include "FeedAttachments.h"
#include "domain/Episode.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>

// Writes a parsed feed into the library, inside the caller's transaction (one per feed: all of it
// or nothing). The show is found and updated; each item is matched to the episode it already is
// (LibraryEpisodeMatcher) and written through EpisodeWriter in place, keeping ids, guids and play
// counts, and leaving a page's topics, citations and clips alone. Items that left the feed stay in
// the library. Re-importing the same feed changes nothing.
class FeedLibraryWriter
{
    Q_DECLARE_TR_FUNCTIONS(FeedLibraryWriter)

public:
    struct Source
    {
        QString feedUrl;    // where the feed lives (http(s)); empty for a feed read from a file
        QString sourcePath; // recorded on each episode: the URL, or the file's absolute path
        qint64 showId = 0;  // the subscription's show, when it has one
    };
    // What the library already holds for an item: where its chapters and transcript came from.
    struct StoredAttachments
    {
        qint64 episodeId = 0;
        QString chaptersUrl;
        QString transcriptUrl;
    };

    FeedLibraryWriter(QSqlDatabase db, QString libraryPath);

    // By the feed's guid, for items already in the library: so that only new or changed chapters
    // files and transcripts are fetched.
    QHash<QString, StoredAttachments> storedAttachments(const Feed &feed, const Source &source);
    // Called after each item is written (for progress, and the durability test's pause).
    void setProgressCallback(std::function<void(int written, int total)> callback);

    bool write(const Feed &feed, const FeedAttachments &attachments, const Source &source);
    qint64 showId() const { return m_showId; }
    // The items' episodes in feed order.
    QVector<qint64> episodeIds() const { return m_episodeIds; }
    QString errorString() const { return m_error; }

private:
    QVector<EpisodePerson> storedPersons(qint64 episodeId);

    QSqlDatabase m_db;
    QString m_libraryPath;
    std::function<void(int, int)> m_progress;
    qint64 m_showId = 0;
    QVector<qint64> m_episodeIds;
    QString m_error;
};
