#include "EpisodeAttachmentImport.h"

#include "ChaptersJsonParser.h"
#include "FeedToEpisodes.h"
#include "LibraryFeedFields.h"
#include "LibraryTranscripts.h"
#include "TranscriptParser.h"

#include "storage/Database.h"
#include "storage/EpisodeReader.h"
#include "storage/EpisodeWriter.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QUrl>

namespace {

ImportError fileError(const QString &path, const QString &message)
{
    ImportError error;
    error.file = path;
    error.message = message;
    return error;
}

QString fileUrl(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString();
}

} // namespace

EpisodeAttachmentImport::EpisodeAttachmentImport(Database &database)
    : m_database(database)
{ }

qint64 EpisodeAttachmentImport::findEpisode(const QString &episode, ImportResult *result)
{
    if (episode.isEmpty()) {
        result->error = fileError(
                result->path,
                tr("name the episode it belongs to with --episode EPISODE (an id or guid from "
                   "`citecast episodes --json`)"));
        return 0;
    }
    EpisodeReader reader(m_database.connection(), m_database.path());
    const std::optional<Episode> found = reader.findEpisode(episode);
    if (!found) {
        result->error = fileError(result->path,
                                  tr("no episode \u201c%1\u201d in the library").arg(episode));
        return 0;
    }
    return found->id;
}

ImportResult EpisodeAttachmentImport::importChapters(const QByteArray &bytes, const QString &path,
                                                     const QString &episode)
{
    ImportResult result;
    result.path = path;
    result.format = QStringLiteral("chapters");
    const Parsed<ChapterList> chapters = ChaptersJsonParser::parse(bytes, path);
    if (!chapters.ok) {
        result.error = chapters.error;
        return result;
    }
    const qint64 id = findEpisode(episode, &result);
    if (id == 0)
        return result;

    Transaction transaction(m_database.connection());
    EpisodeReader reader(m_database.connection(), m_database.path());
    std::optional<EpisodeContent> content = reader.content(id);
    if (!transaction.isActive() || !content) {
        result.error = fileError(
                path, tr("the library is busy or read-only: %1").arg(transaction.errorString()));
        return result;
    }
    // Written back through the writer with only the chapter clips replaced.
    content->episode.audio.location = reader.resolvedAudio(content->episode.audio);
    QVector<Clip> clips;
    for (const Clip &clip : std::as_const(content->clips)) {
        if (clip.kind != ClipKind::Chapter)
            clips << clip;
    }
    QVector<ChapterLink> links;
    const QVector<Clip> chapterClips
            = FeedToEpisodes::chapterClips(chapters.value, content->episode.durationMs, &links);
    if (chapterClips.isEmpty() && !chapters.value.isEmpty()) {
        result.error = fileError(path,
                                 tr("the last chapter has no end and the episode's "
                                    "duration is unknown"));
        return result;
    }
    content->clips = clips + chapterClips;
    EpisodeWriter writer(m_database.connection(), m_database.path());
    writer.setKeepsPageContent(true);
    writer.setReplacedClipKinds({ClipKind::Chapter});
    LibraryFeedFields fields(m_database.connection());
    if (writer.write(*content) != id || !fields.write(id, content->episode, fileUrl(path))
        || !fields.writeChapterLinks(id, links) || !transaction.commit()) {
        result.error = fileError(path,
                                 tr("could not save the chapters: %1")
                                         .arg(writer.errorString() + fields.errorString()
                                              + transaction.errorString()));
        return result;
    }
    result.episodeIds << id;
    result.ok = true;
    return result;
}

ImportResult EpisodeAttachmentImport::importTranscript(const QByteArray &bytes, const QString &path,
                                                       const QString &episode)
{
    ImportResult result;
    result.path = path;
    result.format = QStringLiteral("transcript");
    const TranscriptParser::Format format = TranscriptParser::detect(QString(), path, bytes);
    const Parsed<Transcript> transcript = TranscriptParser::parse(bytes, path, format);
    if (!transcript.ok) {
        result.error = transcript.error;
        return result;
    }
    if (transcript.value.isEmpty()) {
        result.error = fileError(path, tr("the transcript has no timed cues"));
        return result;
    }
    const qint64 id = findEpisode(episode, &result);
    if (id == 0)
        return result;
    Transaction transaction(m_database.connection());
    LibraryTranscripts transcripts(m_database.connection());
    FetchedTranscript stored;
    stored.url = fileUrl(path);
    stored.format = LibraryTranscripts::formatName(format);
    stored.segments = transcript.value;
    if (!transaction.isActive() || !transcripts.write(id, stored) || !transaction.commit()) {
        result.error
                = fileError(path,
                            tr("could not save the transcript: %1")
                                    .arg(transaction.errorString() + transcripts.errorString()));
        return result;
    }
    result.episodeIds << id;
    result.ok = true;
    return result;
}
