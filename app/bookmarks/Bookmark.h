#pragma once

#include "BookmarkKind.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Something the user kept: what it points at (anchored by episode guid and span or topic title and
// sentence, so it survives re-imports), the quoted text, a note, tags, a star and its times.
struct Bookmark
{
    qint64 id = 0; // row id in this library once stored, 0 before; never exported
    QString uid;   // stable identity across libraries and exports (a UUID made at add time)
    BookmarkKind kind = BookmarkKind::Range;

    // The anchor. The guid is what counts; title and show are snapshots so a bookmark whose
    // episode was deleted (an orphan) still reads well.
    QString episodeGuid;
    QString episodeTitle;
    QString show;
    qint64 episodeId = 0; // the library's episode it resolves to now; 0 for an orphan (read only)
    qint64 startMs = -1;  // [startMs, endMs) of the episode's audio; both -1 when not a span
    qint64 endMs = -1;
    QString clipKey;        // Clip::key for clip bookmarks ("popular:0"), stable within the episode
    QString topicTitle;     // insight and topic bookmarks
    QString sentence;       // insight bookmarks: the topic sentence, without its citation number
    int citationNumber = 0; // insight bookmarks: the marker number when made (a hint only)

    // What the user keeps.
    QString quote;
    QString note; // multi-line
    QStringList tags;
    bool starred = false;
    qint64 createdMs = 0; // UTC milliseconds since the epoch
    qint64 updatedMs = 0;

    bool hasSpan() const { return startMs >= 0 && endMs > startMs; }
    qint64 durationMs() const { return hasSpan() ? endMs - startMs : 0; }
    bool isOrphan() const { return episodeId == 0; }

    // Every stored field, the row id included (episodeId is derived, so it does not count).
    bool operator==(const Bookmark &other) const
    {
        return id == other.id && uid == other.uid && kind == other.kind
                && episodeGuid == other.episodeGuid && episodeTitle == other.episodeTitle
                && show == other.show && startMs == other.startMs && endMs == other.endMs
                && clipKey == other.clipKey && topicTitle == other.topicTitle
                && sentence == other.sentence && citationNumber == other.citationNumber
                && quote == other.quote && note == other.note && tags == other.tags
                && starred == other.starred && createdMs == other.createdMs
                && updatedMs == other.updatedMs;
    }
    bool operator!=(const Bookmark &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(Bookmark)
