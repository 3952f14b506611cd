#pragma once

#include <QString>
#include <QVector>
#include <QtGlobal>

// One chapter of an episode, wherever it came from (chapters JSON, Podlove chapters in the feed,
// ID3 CHAP frames, MP4 or Vorbis-comment chapters): a titled point in the audio.
struct Chapter
{
    qint64 startMs = 0;
    qint64 endMs = -1; // -1 when the source gives no end (the next chapter's start ends it)
    QString title;
    QString image;   // URL of the chapter's artwork; empty when none
    QString url;     // a link the chapter points to; empty when none
    bool toc = true; // false: a silent marker that the chapters JSON hides from the table of
                     // contents

    bool operator==(const Chapter &other) const
    {
        return startMs == other.startMs && endMs == other.endMs && title == other.title
                && image == other.image && url == other.url && toc == other.toc;
    }
};

using ChapterList = QVector<Chapter>;
