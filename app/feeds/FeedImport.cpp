#include "FeedImport.h"

#include "AudioChapters.h"
#include "ChaptersJsonParser.h"
#include "FeedParser.h"
#include "LibraryTranscripts.h"
#include "TranscriptChooser.h"
#include "TranscriptParser.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#include <cstdio>

namespace {

ImportError fileError(const QString &path, const QString &message)
{
    ImportError error;
    error.file = path;
    error.message = message;
    return error;
}

std::optional<QByteArray> readLocal(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isLocalFile())
        return std::nullopt;
    QFile file(parsed.toLocalFile());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

FeedImport::FeedImport(Database &database)
    : m_database(database)
{ }

void FeedImport::pauseForTestsIfAsked(int written, int total)
{
    static const int pauseMs
            = qEnvironmentVariableIntValue("CITECAST_TEST_PAUSE_IN_FEED_IMPORT_MS");
    if (pauseMs <= 0 || written != qMax(1, total / 2))
        return;
    std::fprintf(stderr, "citecast: test hook: paused inside the feed transaction (%d of %d)\n",
                 written, total);
    std::fflush(stderr);
    QThread::msleep(static_cast<unsigned long>(pauseMs));
}

FeedAttachments FeedImport::readLocalAttachments(const Feed &feed)
{
    FeedAttachments attachments;
    for (const FeedEpisode &item : feed.episodes) {
        if (!item.chaptersLink.isNull()) {
            if (const std::optional<QByteArray> bytes = readLocal(item.chaptersLink.url)) {
                const Parsed<ChapterList> chapters
                        = ChaptersJsonParser::parse(*bytes, item.chaptersLink.url);
                if (chapters.ok)
                    attachments.chapters.insert(item.guid, {item.chaptersLink.url, chapters.value});
            }
        } else if (item.chapters.isEmpty() && QUrl(item.enclosure.url).isLocalFile()) {
            const QString audio = QUrl(item.enclosure.url).toLocalFile();
            if (QFileInfo::exists(audio)) {
                const Parsed<ChapterList> chapters = AudioChapters::read(audio);
                if (chapters.ok && !chapters.value.isEmpty())
                    attachments.audioChapters.insert(item.guid, chapters.value);
            }
        }
        const int best = TranscriptChooser::best(item.transcripts);
        if (best < 0)
            continue;
        const TranscriptLink &link = item.transcripts.at(best);
        if (const std::optional<QByteArray> bytes = readLocal(link.url)) {
            const TranscriptParser::Format format
                    = TranscriptParser::detect(link.type, QUrl(link.url).fileName(), *bytes);
            const Parsed<Transcript> transcript = TranscriptParser::parse(*bytes, link.url, format);
            if (transcript.ok && !transcript.value.isEmpty())
                attachments.transcripts.insert(item.guid,
                                               {link.url, LibraryTranscripts::formatName(format),
                                                link.type, link.language, transcript.value});
        }
    }
    return attachments;
}

bool FeedImport::writeFeed(Database &database, const Feed &feed, const FeedAttachments &attachments,
                           const FeedLibraryWriter::Source &source, QVector<qint64> *episodeIds,
                           QString *error)
{
    Transaction transaction(database.connection());
    if (!transaction.isActive()) {
        *error = tr("the library is busy or read-only: %1").arg(transaction.errorString());
        return false;
    }
    FeedLibraryWriter writer(database.connection(), database.path());
    writer.setProgressCallback(&FeedImport::pauseForTestsIfAsked);
    if (!writer.write(feed, attachments, source)) {
        *error = writer.errorString();
        return false; // rolled back: nothing of this feed is kept
    }
    if (!transaction.commit()) {
        *error = tr("could not save to the library: %1").arg(transaction.errorString());
        return false;
    }
    *episodeIds = writer.episodeIds();
    return true;
}

ImportResult FeedImport::importFeed(const QByteArray &bytes, const QString &displayName,
                                    const QString &path)
{
    ImportResult result;
    result.path = displayName;
    result.format = QStringLiteral("feed");
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const Parsed<Feed> parsed
            = FeedParser::parse(bytes, displayName, {QUrl::fromLocalFile(absolute), 0});
    if (!parsed.ok) {
        result.error = parsed.error;
        return result;
    }
    FeedLibraryWriter::Source source;
    source.sourcePath = absolute;
    QString error;
    QVector<qint64> ids;
    if (!writeFeed(m_database, parsed.value, readLocalAttachments(parsed.value), source, &ids,
                   &error)) {
        result.error = fileError(displayName, error);
        return result;
    }
    result.episodeIds = ids;
    result.ok = true;
    return result;
}
