#pragma once

#include "FeedAttachments.h"
#include "TranscriptParser.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// Keeps an episode's transcript in the library, cue by cue, and reads it back for the synced
// transcript pane (the current cue while playing, click a cue to play from there, find).
class LibraryTranscripts
{
public:
    explicit LibraryTranscripts(QSqlDatabase db);

    // The episode's cues in order; empty when it has no transcript.
    Transcript read(qint64 episodeId);
    // The stored transcript with its source, or nullopt when there is none.
    std::optional<FetchedTranscript> stored(qint64 episodeId);
    // Replaces the episode's transcript; leaves the rows alone when it is the same.
    bool write(qint64 episodeId, const FetchedTranscript &transcript);
    bool remove(qint64 episodeId);
    QString errorString() const { return m_error; }

    // "json", "vtt", "srt", "html"; empty for Unknown.
    static QString formatName(TranscriptParser::Format format);

private:
    QSqlDatabase m_db;
    QString m_error;
};
