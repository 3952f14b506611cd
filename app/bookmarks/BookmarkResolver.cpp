#include "BookmarkResolver.h"

#include "domain/EpisodeIdentity.h"
#include "storage/EpisodeReader.h"
#include "storage/SqlHelpers.h"

namespace {

using Resolution = BookmarkResolver::Resolution;
using Match = BookmarkResolver::Match;

bool sameText(const QString &a, const QString &b)
{
    return a == b
            || (!a.isEmpty()
                && EpisodeIdentity::normalizedTitle(a) == EpisodeIdentity::normalizedTitle(b));
}

void useClip(Resolution *r, const Clip *clip)
{
    if (!clip)
        return;
    r->clipId = clip->id;
    r->startMs = clip->startMs;
    r->endMs = clip->endMs;
}

int topicByTitle(const EpisodeContent &content, const QString &title)
{
    for (int t = 0; t < content.topics.size(); ++t) {
        if (sameText(content.topics.at(t).title, title))
            return t;
    }
    return -1;
}

// The citation carrying the bookmark's sentence: in the topic of the same title when there is one,
// then the one with the same marker number, then the first.
bool findSentence(const Bookmark &b, const EpisodeContent &content, Resolution *r)
{
    int bestScore = -1;
    for (int t = 0; t < content.topics.size(); ++t) {
        const Topic &topic = content.topics.at(t);
        for (int c = 0; c < topic.citations.size(); ++c) {
            const Citation &citation = topic.citations.at(c);
            if (!sameText(citation.sentence, b.sentence))
                continue;
            const int score = (sameText(topic.title, b.topicTitle) ? 2 : 0)
                    + (citation.number == b.citationNumber ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                r->topicIndex = t;
                r->citationIndex = c;
                r->citationNumber = citation.number;
            }
        }
    }
    return bestScore >= 0;
}

const Clip *clipWithSpan(const EpisodeContent &content, qint64 startMs, qint64 endMs,
                         std::optional<ClipKind> kind = std::nullopt)
{
    for (const Clip &clip : content.clips) {
        if (clip.startMs == startMs && clip.endMs == endMs && (!kind || clip.kind == *kind))
            return &clip;
    }
    return nullptr;
}

// A citation marked `number`, for an insight found by its clip's span.
void useCitationNumber(const EpisodeContent &content, int number, Resolution *r)
{
    for (int t = 0; t < content.topics.size(); ++t) {
        const QVector<Citation> &citations = content.topics.at(t).citations;
        for (int c = 0; c < citations.size(); ++c) {
            if (citations.at(c).number == number) {
                r->topicIndex = t;
                r->citationIndex = c;
                r->citationNumber = number;
                return;
            }
        }
    }
}

} // namespace

BookmarkResolver::BookmarkResolver(QSqlDatabase db, QString libraryPath)
    : m_db(std::move(db))
    , m_libraryPath(std::move(libraryPath))
{ }

BookmarkResolver::Resolution BookmarkResolver::resolve(const Bookmark &bookmark)
{
    qint64 episodeId = 0;
    QSqlQuery query(m_db);
    QString error;
    if (Sql::exec(query, QStringLiteral("SELECT id FROM episodes WHERE guid = ?"),
                  {bookmark.episodeGuid}, &error)
        && query.next())
        episodeId = query.value(0).toLongLong();
    if (episodeId == 0)
        episodeId = bookmark.episodeId;
    EpisodeReader reader(m_db, m_libraryPath);
    const std::optional<EpisodeContent> content
            = episodeId != 0 ? reader.content(episodeId) : std::nullopt;
    if (!content) {
        Resolution orphan;
        orphan.startMs = bookmark.hasSpan() ? bookmark.startMs : -1;
        orphan.endMs = bookmark.hasSpan() ? bookmark.endMs : -1;
        return orphan;
    }
    return resolveIn(bookmark, *content);
}

BookmarkResolver::Resolution BookmarkResolver::resolveIn(const Bookmark &b,
                                                         const EpisodeContent &content)
{
    Resolution r;
    r.episodeId = content.episode.id;
    r.match = Match::Anchor;
    if (b.hasSpan()) {
        r.startMs = b.startMs;
        r.endMs = b.endMs;
    }

    switch (b.kind) {
    case BookmarkKind::Insight:
        if (findSentence(b, content, &r)) {
            useClip(&r, content.citationClip(r.citationNumber));
            return r;
        }
        if (b.hasSpan()) {
            if (const Clip *clip = clipWithSpan(content, b.startMs, b.endMs, ClipKind::Citation)) {
                useClip(&r, clip);
                useCitationNumber(content, clip->citationNumber, &r);
                r.match = Match::SameSpan;
                return r;
            }
        }
        break;
    case BookmarkKind::Clip:
        if (const Clip *clip = content.clipByKey(b.clipKey)) {
            useClip(&r, clip);
            return r;
        }
        if (b.hasSpan()) {
            if (const Clip *clip = clipWithSpan(content, b.startMs, b.endMs)) {
                useClip(&r, clip);
                r.match = Match::SameSpan;
                return r;
            }
        }
        break;
    case BookmarkKind::Topic:
        r.topicIndex = topicByTitle(content, b.topicTitle);
        if (r.topicIndex >= 0)
            return r;
        break;
    case BookmarkKind::Range:
        if (b.hasSpan()) {
            // A range is anchored by its span; a clip with exactly that span is worth knowing.
            if (const Clip *clip = clipWithSpan(content, b.startMs, b.endMs))
                r.clipId = clip->id;
            return r;
        }
        break;
    case BookmarkKind::Episode:
        return r;
    }
    r.match = b.hasSpan() ? Match::StoredSpan : Match::EpisodeOnly;
    return r;
}
