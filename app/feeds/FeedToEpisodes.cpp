#include "FeedToEpisodes.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

namespace FeedToEpisodes {

namespace {

// A key unique within the episode; a second clip on the same spot gets ":2", ":3"...
QString uniqueKey(const QString &base, QSet<QString> *used)
{
    QString key = base;
    for (int n = 2; used->contains(key); ++n)
        key = base + QLatin1Char(':') + QString::number(n);
    used->insert(key);
    return key;
}

Episode::Type episodeType(EpisodeType type)
{
    switch (type) {
    case EpisodeType::Trailer:
        return Episode::Type::Trailer;
    case EpisodeType::Bonus:
        return Episode::Type::Bonus;
    case EpisodeType::Full:
        break;
    }
    return Episode::Type::Full;
}

QVector<EpisodePerson> persons(const QVector<FeedPerson> &feedPersons)
{
    QVector<EpisodePerson> result;
    for (const FeedPerson &person : feedPersons) {
        if (!person.name.trimmed().isEmpty())
            result << EpisodePerson {person.name.trimmed(), person.role, person.group, person.href,
                                     person.img};
    }
    return result;
}

QVector<Clip> soundbiteClips(const QVector<Soundbite> &soundbites)
{
    QVector<Clip> clips;
    QSet<QString> used;
    for (const Soundbite &soundbite : soundbites) {
        if (soundbite.startMs < 0 || soundbite.durationMs <= 0)
            continue;
        Clip clip;
        clip.kind = ClipKind::Soundbite;
        clip.startMs = soundbite.startMs;
        clip.endMs = soundbite.startMs + soundbite.durationMs;
        clip.title = soundbite.title.trimmed();
        clip.key = uniqueKey(QStringLiteral("soundbite:%1-%2").arg(clip.startMs).arg(clip.endMs),
                             &used);
        clips << clip;
    }
    return clips;
}

Episode episodeOf(const Feed &feed, const FeedEpisode &item)
{
    Episode episode;
    episode.guid = item.guid;
    episode.feedGuid = item.guid;
    episode.show = feed.show.title.trimmed();
    episode.number = item.number;
    episode.season = item.season;
    episode.title = item.title;
    episode.description = item.descriptionText;
    episode.descriptionHtml = item.descriptionHtml;
    episode.published = item.published;
    episode.durationMs = item.durationMs;
    episode.link = item.link;
    episode.imageUrl = item.image;
    episode.type = episodeType(item.type);
    episode.enclosureUrl = item.enclosure.url;
    episode.enclosureType = item.enclosure.type;
    episode.enclosureLength = item.enclosure.isNull() ? -1 : item.enclosure.length;
    episode.audio = audioFor(item.enclosure.url);
    episode.persons = persons(item.persons);
    for (const EpisodePerson &person : std::as_const(episode.persons)) {
        if (person.role == QLatin1String("guest"))
            episode.guests << person.name;
    }
    return episode;
}

} // namespace

AudioSource audioFor(const QString &enclosureUrl)
{
    AudioSource audio;
    if (enclosureUrl.isEmpty())
        return audio;
    const QUrl url(enclosureUrl);
    if (url.isLocalFile()) {
        audio.kind = AudioSource::Kind::File;
        audio.location = url.toLocalFile();
    } else {
        audio.kind = AudioSource::Kind::Url;
        audio.location = enclosureUrl;
    }
    return audio;
}

QVector<Clip> chapterClips(const ChapterList &chapters, qint64 durationMs,
                           QVector<ChapterLink> *links)
{
    ChapterList listed;
    for (const Chapter &chapter : chapters) {
        if (chapter.toc && chapter.startMs >= 0)
            listed << chapter;
    }
    std::stable_sort(listed.begin(), listed.end(),
                     [](const Chapter &a, const Chapter &b) { return a.startMs < b.startMs; });
    QVector<Clip> clips;
    QSet<QString> used;
    for (int i = 0; i < listed.size(); ++i) {
        const Chapter &chapter = listed.at(i);
        qint64 end = chapter.endMs;
        if (end <= chapter.startMs) {
            // Open-ended: until the next chapter that starts later, else the episode's end.
            end = -1;
            for (int next = i + 1; next < listed.size() && end < 0; ++next) {
                if (listed.at(next).startMs > chapter.startMs)
                    end = listed.at(next).startMs;
            }
            if (end < 0 && durationMs > chapter.startMs)
                end = durationMs;
        }
        if (end <= chapter.startMs)
            continue; // no end known: nothing to play
        Clip clip;
        clip.kind = ClipKind::Chapter;
        clip.startMs = chapter.startMs;
        clip.endMs = end;
        clip.title = chapter.title.trimmed();
        clip.key = uniqueKey(QStringLiteral("chapter:%1").arg(chapter.startMs), &used);
        clips << clip;
        if (links && (!chapter.url.isEmpty() || !chapter.image.isEmpty()))
            links->append(ChapterLink {clip.key, chapter.url, chapter.image});
    }
    return clips;
}

QVector<FeedLibraryEpisode> map(const Feed &feed, const FeedAttachments &attachments)
{
    QVector<FeedLibraryEpisode> result;
    result.reserve(feed.episodes.size());
    for (const FeedEpisode &item : feed.episodes) {
        FeedLibraryEpisode mapped;
        mapped.content.episode = episodeOf(feed, item);
        mapped.content.clips = soundbiteClips(item.soundbites);

        // Chapters: the chapters file, else the feed's own, else the audio file's.
        QVector<ChapterLink> links;
        QVector<Clip> chapters;
        const auto fetched = attachments.chapters.constFind(item.guid);
        if (fetched != attachments.chapters.constEnd()) {
            chapters = chapterClips(fetched->chapters, item.durationMs, &links);
            mapped.chaptersUrl = fetched->url;
        } else if (!item.chapters.isEmpty()) {
            chapters = chapterClips(item.chapters, item.durationMs, &links);
        } else {
            chapters = chapterClips(attachments.audioChapters.value(item.guid), item.durationMs,
                                    &links);
        }
        if (fetched == attachments.chapters.constEnd() && !item.chaptersLink.isNull()) {
            mapped.chaptersKnown = false;
            mapped.fallbackChapters = chapters;
            mapped.fallbackChapterLinks = links;
        } else {
            mapped.content.clips += chapters;
            mapped.content.chapterLinks = links;
        }
        const auto transcript = attachments.transcripts.constFind(item.guid);
        if (transcript != attachments.transcripts.constEnd())
            mapped.transcript = *transcript;
        result << mapped;
    }
    return result;
}

} // namespace FeedToEpisodes
