#include "FeedLibraryWriter.h"

#include "FeedToEpisodes.h"
#include "LibraryEpisodeMatcher.h"
#include "LibraryFeedFields.h"
#include "LibraryShows.h"
#include "LibraryTranscripts.h"

#include "storage/EpisodeWriter.h"
#include "storage/SqlHelpers.h"

#include <QDir>
#include <QFileInfo>

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

const QVector<ClipKind> soundbitesOnly = {ClipKind::Soundbite};
const QVector<ClipKind> chaptersAndSoundbites = {ClipKind::Chapter, ClipKind::Soundbite};

QSet<QString> guidsOf(const Feed &feed)
{
    QSet<QString> guids;
    for (const FeedEpisode &item : feed.episodes)
        guids.insert(item.guid);
    return guids;
}

// Items sharing an enclosure cannot be told apart by it.
QHash<QString, int> enclosureCounts(const Feed &feed)
{
    QHash<QString, int> counts;
    for (const FeedEpisode &item : feed.episodes) {
        if (!item.enclosure.url.isEmpty())
            ++counts[item.enclosure.url];
    }
    return counts;
}

} // namespace

FeedLibraryWriter::FeedLibraryWriter(QSqlDatabase db, QString libraryPath)
    : m_db(std::move(db))
    , m_libraryPath(std::move(libraryPath))
{ }

void FeedLibraryWriter::setProgressCallback(std::function<void(int, int)> callback)
{
    m_progress = std::move(callback);
}

QHash<QString, FeedLibraryWriter::StoredAttachments>
FeedLibraryWriter::storedAttachments(const Feed &feed, const Source &source)
{
    QHash<QString, StoredAttachments> result;
    LibraryShows shows(m_db);
    const qint64 showId = shows.find(feed, source.feedUrl, source.showId);
    LibraryEpisodeMatcher matcher(m_db);
    if (!matcher.load(showId, guidsOf(feed))) {
        m_error = matcher.errorString();
        return result;
    }
    const QHash<QString, int> enclosures = enclosureCounts(feed);
    for (const FeedEpisode &item : feed.episodes) {
        const LibraryEpisodeMatcher::Stored stored = matcher.match(
                item.guid, item.enclosure.url, enclosures.value(item.enclosure.url) == 1);
        if (stored.id != 0)
            result.insert(item.guid, {stored.id, stored.chaptersUrl, stored.transcriptUrl});
    }
    return result;
}

QVector<EpisodePerson> FeedLibraryWriter::storedPersons(qint64 episodeId)
{
    QVector<EpisodePerson> persons;
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT name, role, person_group, href, image_url FROM "
                                  "episode_people WHERE episode_id = ? ORDER BY position"),
                   {episodeId}, &m_error))
        return persons;
    while (query.next()) {
        persons << EpisodePerson {query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toString(),
                                  query.value(4).toString()};
    }
    return persons;
}

bool FeedLibraryWriter::write(const Feed &feed, const FeedAttachments &attachments,
                              const Source &source)
{
    m_error.clear();
    m_episodeIds.clear();
    LibraryShows shows(m_db);
    const qint64 existingShow = shows.find(feed, source.feedUrl, source.showId);
    if (!shows.errorString().isEmpty()
        || (m_showId = shows.write(feed.show, source.feedUrl, existingShow)) == 0) {
        m_error = tr("could not save the show: %1").arg(shows.errorString());
        return false;
    }
    const QString showTitle = shows.title(m_showId);

    LibraryEpisodeMatcher matcher(m_db);
    if (!matcher.load(m_showId, guidsOf(feed))) {
        m_error = matcher.errorString();
        return false;
    }
    const QHash<QString, int> enclosures = enclosureCounts(feed);
    QVector<FeedLibraryEpisode> mapped = FeedToEpisodes::map(feed, attachments);
    EpisodeWriter writer(m_db, m_libraryPath);
    writer.setKeepsPageContent(true);
    LibraryFeedFields fields(m_db);
    LibraryTranscripts transcripts(m_db);
    const QDir libraryDir = QFileInfo(m_libraryPath).absoluteDir();

    for (int i = 0; i < mapped.size(); ++i) {
        FeedLibraryEpisode &item = mapped[i];
        Episode &episode = item.content.episode;
        const LibraryEpisodeMatcher::Stored stored
                = matcher.match(episode.feedGuid, episode.enclosureUrl,
                                enclosures.value(episode.enclosureUrl) == 1);
        if (!matcher.errorString().isEmpty()) {
            m_error = matcher.errorString();
            return false;
        }
        episode.guid = stored.guid;
        episode.show = showTitle;
        episode.sourcePath = source.sourcePath;
        if (stored.id != 0) {
            // What the feed leaves unknown, the library may know (a page's number, say).
            const Episode &known = stored.episode;
            if (episode.number < 0)
                episode.number = known.number;
            if (episode.durationMs < 0)
                episode.durationMs = known.durationMs;
            if (!episode.published.isValid())
                episode.published = known.published;
            episode.questionsAnswered = known.questionsAnswered;
            if (episode.description.isEmpty())
                episode.description = known.description;
            if (episode.audio.isNull() && !known.audio.isNull()) {
                episode.audio = known.audio;
                if (episode.audio.kind == AudioSource::Kind::File)
                    episode.audio.location = libraryDir.absoluteFilePath(episode.audio.location);
            }
            if (episode.persons.isEmpty()) {
                episode.persons = storedPersons(stored.id);
                for (const EpisodePerson &person : std::as_const(episode.persons)) {
                    if (person.role == QLatin1String("guest"))
                        episode.guests << person.name;
                }
            }
        }

        // Chapters: replaced when known; a chapters file that could not be read this time keeps
        // the stored ones (or uses the feed's own when none came from a file); chapters a user
        // attached from a file stay while the feed offers none.
        QString chaptersUrl = item.chaptersUrl;
        bool replaceChapters = item.chaptersKnown;
        if (!item.chaptersKnown && stored.chaptersUrl.isEmpty()) {
            item.content.clips += item.fallbackChapters;
            item.content.chapterLinks = item.fallbackChapterLinks;
            replaceChapters = true;
        } else if (!item.chaptersKnown) {
            chaptersUrl = stored.chaptersUrl;
        } else if (chaptersUrl.isEmpty() && stored.chaptersUrl.startsWith(QLatin1String("file:"))
                   && std::none_of(
                           item.content.clips.cbegin(), item.content.clips.cend(),
                           [](const Clip &clip) { return clip.kind == ClipKind::Chapter; })) {
            chaptersUrl = stored.chaptersUrl;
            replaceChapters = false;
        }
        writer.setReplacedClipKinds(replaceChapters ? chaptersAndSoundbites : soundbitesOnly);
        const qint64 id = writer.write(item.content);
        if (id == 0 || !fields.write(id, episode, chaptersUrl)
            || (replaceChapters && !fields.writeChapterLinks(id, item.content.chapterLinks))
            || (item.transcript && !transcripts.write(id, *item.transcript))) {
            m_error = tr("could not save \u201c%1\u201d: %2")
                              .arg(episode.title,
                                   !writer.errorString().isEmpty() ? writer.errorString()
                                           : !fields.errorString().isEmpty()
                                           ? fields.errorString()
                                           : transcripts.errorString());
            return false;
        }
        m_episodeIds << id;
        if (m_progress)
            m_progress(i + 1, int(mapped.size()));
    }
    return true;
}
