#pragma once

#include "Bookmark.h"

#include "domain/EpisodeContent.h"

#include <QSqlDatabase>
#include <QString>

// Finds what a bookmark points at in the episode as the library holds it now: after a re-import
// the rows, clip ids and even clip times may have changed, but the guid, the topic's title and
// sentence, and the clip key have not. The window opens and plays what this returns.
class BookmarkResolver
{
public:
    // How the bookmark was found; the better matches come first.
    enum class Match : int {
        Anchor = 1,     // by its anchor: topic and sentence, clip key, topic title, span of a range
        SameSpan = 2,   // the anchor text changed, but a clip with the bookmark's span is there
        StoredSpan = 3, // nothing on the page matches: the span the bookmark stored
        EpisodeOnly = 4, // the episode is there, but nothing in it matches and there is no span
        Orphan = 5,      // the episode is not in the library (deleted, or from another library)
    };

    struct Resolution
    {
        Match match = Match::Orphan;
        qint64 episodeId = 0;
        qint64 clipId = 0;      // the clip that plays it now, 0 when none
        int topicIndex = -1;    // into EpisodeContent::topics
        int citationIndex = -1; // into that topic's citations (insights)
        int citationNumber = 0;
        qint64 startMs = -1; // the span to play now; -1 when there is none
        qint64 endMs = -1;

        bool hasSpan() const { return startMs >= 0 && endMs > startMs; }
    };

    BookmarkResolver(QSqlDatabase db, QString libraryPath);

    // Reads the bookmark's episode (by guid, else the row it was last seen in) and resolves in it.
    Resolution resolve(const Bookmark &bookmark);
    // The same against content already read (the open episode page).
    static Resolution resolveIn(const Bookmark &bookmark, const EpisodeContent &content);

private:
    QSqlDatabase m_db;
    QString m_libraryPath;
};
