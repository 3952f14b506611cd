#pragma once

#include "Clip.h"
#include "Episode.h"
#include "Topic.h"

#include <QVector>

// A quotable line of the episode, optionally backed by a clip.
struct Highlight
{
    qint64 id = 0;
    QString text;
    QString clipKey; // links to Clip::key within the same episode; empty when no audio
    qint64 clipId = 0;
};

// A question the episode answers, optionally with the clip that answers it.
struct Question
{
    qint64 id = 0;
    QString text;
    QString clipKey;
    qint64 clipId = 0;
};

// An episode the page recommends, known by guid or, when not in the library, by title.
struct RelatedEpisode
{
    QString title;
    QString guid; // empty when only the title is known
    int number = -1;
    int questionsAnswered = -1;
    qint64 episodeId = 0; // the library's episode (possibly one known only by title), 0 if none
};

// What a chapter clip (ClipKind::Chapter, same key) points to beyond its span: a link, artwork.
struct ChapterLink
{
    QString clipKey;
    QString url;      // empty when none
    QString imageUrl; // empty when none; remote: load it only with the user's consent
};

// Whether an episode has a synced transcript and where it came from. The cues themselves are
// read on demand (LibraryTranscripts::read), as they can run to thousands.
struct TranscriptInfo
{
    QString sourceUrl; // http(s) URL, or file:// when attached from a file
    QString format;    // "json", "vtt", "srt" or "html"
    QString language;  // empty when not given
    int segmentCount = 0;

    bool isAvailable() const { return segmentCount > 0; }
};

// Everything an episode page holds: what importers produce and what the episode page shows.
struct EpisodeContent
{
    Episode episode;
    QVector<Topic> topics;
    QVector<Clip> clips;
    QVector<Highlight> highlights;
    QVector<Question> questions;
    QVector<RelatedEpisode> related;
    // Feed episodes: chapters and soundbites are `clips` of those kinds (a chapter's title,
    // start and end are its clip's); links and artwork of chapters, and the transcript, here.
    QVector<ChapterLink> chapterLinks;
    TranscriptInfo transcript;

    const Clip *clipByKey(const QString &key) const;
    const Clip *clipById(qint64 id) const;
    // The clip that citation marker `number` plays, or nullptr when it has no times.
    const Clip *citationClip(int number) const;
};
