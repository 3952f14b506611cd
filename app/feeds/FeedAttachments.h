#pragma once

#include "Chapter.h"
#include "TranscriptSegment.h"

#include <QHash>
#include <QString>

// A chapters file (podcast:chapters) as read for one item.
struct FetchedChapters
{
    QString url; // where it was read from
    ChapterList chapters;
};

// A transcript as read for one item (the link TranscriptChooser picked, or a file given by hand).
struct FetchedTranscript
{
    QString url;      // where it was read from
    QString format;   // "json", "vtt", "srt" or "html" (LibraryTranscripts::formatName)
    QString mimeType; // as the feed gave it; empty for a file
    QString language;
    Transcript segments;

    bool operator==(const FetchedTranscript &other) const
    {
        return url == other.url && format == other.format && mimeType == other.mimeType
                && language == other.language && segments == other.segments;
    }
};

// What was read besides the feed itself, by the feed's guid of the item it belongs to: chapters
// files, transcripts, and chapters found inside local audio files. An item missing here had
// nothing to read, or its file could not be read this time (then the library keeps what it has).
struct FeedAttachments
{
    QHash<QString, FetchedChapters> chapters;
    QHash<QString, FetchedTranscript> transcripts;
    QHash<QString, ChapterList> audioChapters;
};
