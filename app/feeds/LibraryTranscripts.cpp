#include "LibraryTranscripts.h"

#include "storage/SqlHelpers.h"

#include <QSqlQuery>

LibraryTranscripts::LibraryTranscripts(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString LibraryTranscripts::formatName(TranscriptParser::Format format)
{
    switch (format) {
    case TranscriptParser::Format::Json:
        return QStringLiteral("json");
    case TranscriptParser::Format::WebVtt:
        return QStringLiteral("vtt");
    case TranscriptParser::Format::Srt:
        return QStringLiteral("srt");
    case TranscriptParser::Format::Html:
        return QStringLiteral("html");
    case TranscriptParser::Format::Unknown:
        break;
    }
    return QString();
}

Transcript LibraryTranscripts::read(qint64 episodeId)
{
    Transcript segments;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT start_ms, end_ms, speaker, text FROM transcript_segments "
                                  "WHERE episode_id = ? ORDER BY position"),
                   {episodeId}, &m_error))
        return segments;
    while (query.next()) {
        segments << TranscriptSegment {query.value(0).toLongLong(), query.value(1).toLongLong(),
                                       query.value(2).toString(), query.value(3).toString()};
    }
    return segments;
}

std::optional<FetchedTranscript> LibraryTranscripts::stored(qint64 episodeId)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT source_url, format, mime_type, language FROM transcripts "
                                  "WHERE episode_id = ?"),
                   {episodeId}, &m_error)
        || !query.next())
        return std::nullopt;
    FetchedTranscript transcript;
    transcript.url = query.value(0).toString();
    transcript.format = query.value(1).toString();
    transcript.mimeType = query.value(2).toString();
    transcript.language = query.value(3).toString();
    transcript.segments = read(episodeId);
    return transcript;
}

bool LibraryTranscripts::remove(qint64 episodeId)
{
    QSqlQuery query(m_db);
    return Sql::exec(query, QStringLiteral("DELETE FROM transcript_segments WHERE episode_id = ?"),
                     {episodeId}, &m_error)
            && Sql::exec(query, QStringLiteral("DELETE FROM transcripts WHERE episode_id = ?"),
                         {episodeId}, &m_error);
}

bool LibraryTranscripts::write(qint64 episodeId, const FetchedTranscript &transcript)
{
    const std::optional<FetchedTranscript> current = stored(episodeId);
    if (current && *current == transcript)
        return true;
    if (!remove(episodeId))
        return false;
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO transcripts (episode_id, source_url, format, "
                                  "mime_type, language) VALUES (?, ?, ?, ?, ?)"),
                   {episodeId, transcript.url, transcript.format, transcript.mimeType,
                    transcript.language},
                   &m_error))
        return false;
    for (int i = 0; i < transcript.segments.size(); ++i) {
        const TranscriptSegment &segment = transcript.segments.at(i);
        if (!Sql::exec(query,
                       QStringLiteral("INSERT INTO transcript_segments (episode_id, position, "
                                      "start_ms, end_ms, speaker, text) VALUES (?, ?, ?, ?, ?, ?)"),
                       {episodeId, i, qMax<qint64>(0, segment.startMs),
                        qMax(segment.endMs, qMax<qint64>(0, segment.startMs)), segment.speaker,
                        segment.text},
                       &m_error))
            return false;
    }
    return true;
}
