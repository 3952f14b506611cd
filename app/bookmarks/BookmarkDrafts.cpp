#include "BookmarkDrafts.h"

namespace BookmarkDrafts {

namespace {

Bookmark forEpisode(const Episode &episode, BookmarkKind kind)
{
    Bookmark b;
    b.kind = kind;
    b.episodeGuid = episode.guid;
    b.episodeTitle = episode.title;
    b.show = episode.show;
    b.episodeId = episode.id;
    return b;
}

void setSpan(Bookmark *b, const Clip *clip)
{
    if (clip) {
        b->startMs = clip->startMs;
        b->endMs = clip->endMs;
    }
}

// The first citation sentence whose marker plays `clip`.
QString citationSentence(const EpisodeContent &content, const Clip &clip)
{
    for (const Topic &topic : content.topics) {
        for (const Citation &citation : topic.citations) {
            if (citationClipKey(citation.number) == clip.key)
                return citation.sentence;
        }
    }
    return QString();
}

} // namespace

Bookmark insight(const EpisodeContent &content, int topicIndex, int citationIndex)
{
    Bookmark b = forEpisode(content.episode, BookmarkKind::Insight);
    if (topicIndex < 0 || topicIndex >= content.topics.size())
        return b;
    const Topic &topic = content.topics.at(topicIndex);
    b.topicTitle = topic.title;
    if (citationIndex < 0 || citationIndex >= topic.citations.size())
        return b;
    const Citation &citation = topic.citations.at(citationIndex);
    b.sentence = citation.sentence;
    b.quote = citation.sentence;
    b.citationNumber = citation.number;
    const Clip *clip = content.citationClip(citation.number);
    setSpan(&b, clip);
    if (clip)
        b.clipKey = clip->key;
    return b;
}

std::optional<Bookmark> insightForCitation(const EpisodeContent &content, int number)
{
    for (int t = 0; t < content.topics.size(); ++t) {
        const QVector<Citation> &citations = content.topics.at(t).citations;
        for (int c = 0; c < citations.size(); ++c) {
            if (citations.at(c).number == number)
                return insight(content, t, c);
        }
    }
    return std::nullopt;
}

Bookmark clip(const EpisodeContent &content, const Clip &clip)
{
    Bookmark b = forEpisode(content.episode, BookmarkKind::Clip);
    b.clipKey = clip.key;
    setSpan(&b, &clip);
    for (const Highlight &highlight : content.highlights) {
        if (highlight.clipKey == clip.key || (clip.id != 0 && highlight.clipId == clip.id))
            b.quote = highlight.text;
    }
    for (const Question &question : content.questions) {
        if (question.clipKey == clip.key || (clip.id != 0 && question.clipId == clip.id))
            b.quote = question.text;
    }
    if (b.quote.isEmpty() && clip.kind == ClipKind::Citation)
        b.quote = citationSentence(content, clip);
    if (b.quote.isEmpty())
        b.quote = clip.title;
    return b;
}

Bookmark topic(const EpisodeContent &content, int topicIndex)
{
    Bookmark b = forEpisode(content.episode, BookmarkKind::Topic);
    if (topicIndex < 0 || topicIndex >= content.topics.size())
        return b;
    const Topic &topic = content.topics.at(topicIndex);
    b.topicTitle = topic.title;
    b.quote = topic.summary;
    for (const Citation &citation : topic.citations) {
        const Clip *clip = content.citationClip(citation.number);
        if (!clip)
            continue;
        b.startMs = b.startMs < 0 ? clip->startMs : qMin(b.startMs, clip->startMs);
        b.endMs = qMax(b.endMs, clip->endMs);
    }
    return b;
}

Bookmark episode(const Episode &episode)
{
    return forEpisode(episode, BookmarkKind::Episode);
}

Bookmark range(const EpisodeContent &content, qint64 startMs, qint64 endMs)
{
    Bookmark b = forEpisode(content.episode, BookmarkKind::Range);
    b.startMs = startMs;
    b.endMs = endMs;
    for (const Clip &c : content.clips) {
        if (c.startMs == startMs && c.endMs == endMs) {
            b.quote = clip(content, c).quote;
            return b;
        }
    }
    QStringList sentences;
    for (const Topic &topic : content.topics) {
        for (const Citation &citation : topic.citations) {
            const Clip *c = content.citationClip(citation.number);
            if (c && c->startMs < endMs && c->endMs > startMs
                && !sentences.contains(citation.sentence))
                sentences << citation.sentence;
        }
    }
    b.quote = sentences.join(QLatin1Char(' '));
    return b;
}

} // namespace BookmarkDrafts
