#include "LibraryEpisodeMatcher.h"

#include "storage/SqlHelpers.h"

#include <QCryptographicHash>
#include <QSqlQuery>

LibraryEpisodeMatcher::LibraryEpisodeMatcher(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool LibraryEpisodeMatcher::load(qint64 showId, const QSet<QString> &feedGuids)
{
    m_showId = showId;
    m_feedGuids = feedGuids;
    m_stored.clear();
    m_byFeedGuid.clear();
    m_byEnclosure.clear();
    m_claimed.clear();
    m_showKey = QString::number(showId);
    if (showId == 0)
        return true;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT e.id, e.guid, e.feed_guid, e.enclosure_url, "
                                  "e.chapters_url, COALESCE(t.source_url, ''), e.number, "
                                  "e.duration_ms, e.published_ms, e.questions_answered, "
                                  "e.description, e.audio_kind, e.audio_location "
                                  "FROM episodes e LEFT JOIN transcripts t ON t.episode_id = e.id "
                                  "WHERE e.show_id = ? ORDER BY e.id"),
                   {showId}, &m_error))
        return false;
    while (query.next()) {
        Stored stored;
        stored.id = query.value(0).toLongLong();
        stored.guid = query.value(1).toString();
        stored.episode.feedGuid = query.value(2).toString();
        stored.episode.enclosureUrl = query.value(3).toString();
        stored.chaptersUrl = query.value(4).toString();
        stored.transcriptUrl = query.value(5).toString();
        stored.episode.number = query.value(6).isNull() ? -1 : query.value(6).toInt();
        stored.episode.durationMs = query.value(7).isNull() ? -1 : query.value(7).toLongLong();
        if (!query.value(8).isNull())
            stored.episode.published
                    = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
        stored.episode.questionsAnswered = query.value(9).isNull() ? -1 : query.value(9).toInt();
        stored.episode.description = query.value(10).toString();
        stored.episode.audio.kind = static_cast<AudioSource::Kind>(query.value(11).toInt());
        stored.episode.audio.location = query.value(12).toString();
        const int index = int(m_stored.size());
        m_stored << stored;
        if (!stored.episode.feedGuid.isEmpty())
            m_byFeedGuid.insert(stored.episode.feedGuid, index);
        if (!stored.episode.enclosureUrl.isEmpty()
            && !m_byEnclosure.contains(stored.episode.enclosureUrl))
            m_byEnclosure.insert(stored.episode.enclosureUrl, index);
    }
    return true;
}

LibraryEpisodeMatcher::Stored LibraryEpisodeMatcher::match(const QString &feedGuid,
                                                           const QString &enclosureUrl,
                                                           bool enclosureIsUnique)
{
    m_error.clear();
    auto claim = [this](int index) {
        m_claimed.insert(m_stored.at(index).id);
        return m_stored.at(index);
    };
    const auto byGuid = m_byFeedGuid.constFind(feedGuid);
    if (byGuid != m_byFeedGuid.constEnd() && !m_claimed.contains(m_stored.at(*byGuid).id))
        return claim(*byGuid);
    if (enclosureIsUnique && !enclosureUrl.isEmpty()) {
        const auto byEnclosure = m_byEnclosure.constFind(enclosureUrl);
        if (byEnclosure != m_byEnclosure.constEnd()
            && !m_claimed.contains(m_stored.at(*byEnclosure).id)) {
            // Only an episode the feed no longer names by its old guid.
            const Stored &candidate = m_stored.at(*byEnclosure);
            if (candidate.episode.feedGuid.isEmpty()
                || !m_feedGuids.contains(candidate.episode.feedGuid))
                return claim(*byEnclosure);
        }
    }
    return byGuidAnywhere(feedGuid);
}

LibraryEpisodeMatcher::Stored LibraryEpisodeMatcher::byGuidAnywhere(const QString &feedGuid)
{
    Stored result;
    result.guid = feedGuid;
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, show_id, feed_guid FROM episodes WHERE guid = ?"),
                   {feedGuid}, &m_error))
        return result;
    if (!query.next())
        return result; // new (or known only by title: the writer finds it by its title)
    const qint64 id = query.value(0).toLongLong();
    const qint64 showId = query.value(1).toLongLong();
    const bool fromAnotherFeed = !query.value(2).toString().isEmpty();
    if (!m_claimed.contains(id) && (!fromAnotherFeed || (m_showId != 0 && showId == m_showId))) {
        // A page or pack episode with the feed's guid: the same episode, now with its feed.
        m_claimed.insert(id);
        result.id = id;
        if (!Sql::exec(query,
                       QStringLiteral("SELECT e.chapters_url, COALESCE(t.source_url, ''), "
                                      "e.number, e.duration_ms, e.questions_answered, "
                                      "e.description, e.published_ms, e.audio_kind, "
                                      "e.audio_location FROM episodes e LEFT JOIN transcripts t "
                                      "ON t.episode_id = e.id WHERE e.id = ?"),
                       {id}, &m_error)
            || !query.next())
            return result;
        result.chaptersUrl = query.value(0).toString();
        result.transcriptUrl = query.value(1).toString();
        result.episode.number = query.value(2).isNull() ? -1 : query.value(2).toInt();
        result.episode.durationMs = query.value(3).isNull() ? -1 : query.value(3).toLongLong();
        result.episode.questionsAnswered = query.value(4).isNull() ? -1 : query.value(4).toInt();
        result.episode.description = query.value(5).toString();
        if (!query.value(6).isNull())
            result.episode.published
                    = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        result.episode.audio.kind = static_cast<AudioSource::Kind>(query.value(7).toInt());
        result.episode.audio.location = query.value(8).toString();
        return result;
    }
    // Another feed's episode uses this guid: this one gets a guid of its own, stable because
    // later imports find it by its feed guid within the show.
    const QByteArray digest = QCryptographicHash::hash(
            (feedGuid + QLatin1Char('\n') + m_showKey).toUtf8(), QCryptographicHash::Sha1);
    result.guid = QStringLiteral("feed:") + QString::fromLatin1(digest.toHex()) + QLatin1Char(':')
            + feedGuid;
    return result;
}
