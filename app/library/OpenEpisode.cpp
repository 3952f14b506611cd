#include "OpenEpisode.h"

#include "storage/Database.h"
#include "storage/EpisodeReader.h"

#include <QSqlQuery>

OpenEpisode::OpenEpisode(Database &database)
    : m_database(database)
{ }

bool OpenEpisode::open(qint64 episodeId)
{
    EpisodeReader reader(m_database.connection(), m_database.path());
    m_content = reader.content(episodeId);
    m_audio = m_content ? reader.resolvedAudio(m_content->episode.audio) : QString();
    return m_content.has_value();
}

void OpenEpisode::close()
{
    m_content.reset();
    m_audio.clear();
}

QString OpenEpisode::labelForClip(qint64 clipId) const
{
    const Clip *clip = m_content ? m_content->clipById(clipId) : nullptr;
    if (!clip)
        return QString();
    if (clip->kind == ClipKind::Citation)
        return tr("Citation %1").arg(clip->citationNumber);
    return clipKindLabel(clip->kind);
}

std::optional<PlaybackRequest> OpenEpisode::requestForClip(qint64 clipId, QString *why) const
{
    const Clip *clip = m_content ? m_content->clipById(clipId) : nullptr;
    if (!clip) {
        *why = tr("That clip is not part of this episode.");
        return std::nullopt;
    }
    if (m_audio.isEmpty()) {
        *why = tr("\u201c%1\u201d has no audio yet.").arg(m_content->episode.title);
        return std::nullopt;
    }
    PlaybackRequest request;
    request.source = m_audio;
    request.startMs = clip->startMs;
    request.endMs = clip->endMs;
    request.title = clip->title;
    request.clipId = clip->id;
    request.episodeId = m_content->episode.id;
    return request;
}

std::optional<PlaybackRequest> OpenEpisode::requestForCitation(int topicIndex, int citationIndex,
                                                               QString *why) const
{
    if (!m_content || topicIndex < 0 || topicIndex >= m_content->topics.size() || citationIndex < 0
        || citationIndex >= m_content->topics.at(topicIndex).citations.size()) {
        *why = tr("No such citation.");
        return std::nullopt;
    }
    const Citation &citation = m_content->topics.at(topicIndex).citations.at(citationIndex);
    if (citation.clipId == 0) {
        *why = tr("Citation %1 has no audio yet: the page gave no clip times.")
                       .arg(citation.number);
        return std::nullopt;
    }
    std::optional<PlaybackRequest> request = requestForClip(citation.clipId, why);
    if (request)
        request->title = citation.sentence;
    return request;
}

std::optional<PlaybackRequest> OpenEpisode::requestForCitationNumber(int topicIndex, int number,
                                                                     QString *why) const
{
    if (!m_content) {
        *why = tr("No episode is open.");
        return std::nullopt;
    }
    const QVector<Topic> &topics = m_content->topics;
    auto indexIn = [number](const Topic &topic) {
        for (int i = 0; i < topic.citations.size(); ++i) {
            if (topic.citations.at(i).number == number)
                return i;
        }
        return -1;
    };
    if (topicIndex >= 0 && topicIndex < topics.size() && indexIn(topics.at(topicIndex)) >= 0)
        return requestForCitation(topicIndex, indexIn(topics.at(topicIndex)), why);
    for (int t = 0; t < topics.size(); ++t) {
        if (indexIn(topics.at(t)) >= 0)
            return requestForCitation(t, indexIn(topics.at(t)), why);
    }
    *why = tr("This episode has no citation %1.").arg(number);
    return std::nullopt;
}

qint64 OpenEpisode::neighbourClip(qint64 clipId, qint64 positionMs, int direction) const
{
    if (!m_content || direction == 0)
        return 0;
    const Clip *current = clipId ? m_content->clipById(clipId) : nullptr;
    const ClipKind kind = current ? current->kind : ClipKind::Citation;
    const qint64 reference = current ? current->startMs : positionMs;
    const Clip *best = nullptr;
    for (const Clip &clip : m_content->clips) {
        if (clip.kind != kind || clip.id == clipId)
            continue;
        const bool after = clip.startMs > reference
                || (current && clip.startMs == reference && clip.id > clipId);
        const bool before = clip.startMs < reference
                || (current && clip.startMs == reference && clip.id < clipId);
        if (direction > 0 && after && (!best || clip.startMs < best->startMs))
            best = &clip;
        if (direction < 0 && before && (!best || clip.startMs > best->startMs))
            best = &clip;
    }
    return best ? best->id : 0;
}

void OpenEpisode::recordPlay(qint64 clipId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE clips SET play_count = play_count + 1 WHERE id = ?"));
    query.addBindValue(clipId);
    query.exec();
}
