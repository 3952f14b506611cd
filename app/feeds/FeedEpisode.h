#pragma once

#include "Chapter.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <QtGlobal>

// The audio file an episode offers for download.
struct Enclosure
{
    QString url;
    qint64 length = -1; // bytes; -1 when unknown (missing, zero or garbage in the feed)
    QString type;       // MIME type as the feed gives it; empty when missing

    bool isNull() const { return url.isEmpty(); }
};

// A chapters file to fetch (podcast:chapters): usually application/json+chapters.
struct ChaptersLink
{
    QString url;
    QString type;

    bool isNull() const { return url.isEmpty(); }
};

// A short, shareable span the publisher picked (podcast:soundbite); becomes a clip of that kind.
struct Soundbite
{
    qint64 startMs = 0;
    qint64 durationMs = 0;
    QString title; // empty when the feed gives none
};

// A transcript file to fetch (podcast:transcript).
struct TranscriptLink
{
    QString url;
    QString type;     // MIME type: text/vtt, application/x-subrip, application/json, text/html...
    QString language; // empty when not given
    QString rel;      // "captions" for closed captions, else empty
};

// Someone who takes part (podcast:person): a host, a guest...
struct FeedPerson
{
    QString name;
    QString role;  // lower case; "host" when the feed does not say
    QString group; // lower case; "cast" when the feed does not say
    QString href;
    QString img;
};

// What kind of episode (itunes:episodeType); persisted as its value.
enum class EpisodeType : int { Full = 0, Trailer = 1, Bonus = 2 };

// One item of a feed, as the feed describes it.
struct FeedEpisode
{
    QString guid;             // the feed's guid, or a derived one (see guidDerived)
    bool guidDerived = false; // true when the feed gave none (docs/FEEDS.md says how it is derived)
    QString title;
    QString descriptionHtml; // sanitized HTML: no scripts, styles or remote images; links kept
    QString descriptionText; // the same as plain text
    QDateTime published;     // UTC; invalid when missing or unreadable
    qint64 durationMs = -1;  // -1 when unknown
    Enclosure enclosure;     // null when the item has no media
    QString link;            // the episode's web page
    QString image;           // episode artwork URL; empty when none
    QString author;
    ChapterList chapters;      // inline chapters (Podlove Simple Chapters in the feed)
    ChaptersLink chaptersLink; // a chapters file to fetch
    QVector<Soundbite> soundbites;
    QVector<TranscriptLink> transcripts;
    QVector<FeedPerson> persons;
    int season = -1; // -1 when none
    int number = -1; // -1 when none
    EpisodeType type = EpisodeType::Full;
};
