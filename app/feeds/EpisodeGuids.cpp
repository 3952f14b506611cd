#include "EpisodeGuids.h"

#include <QCryptographicHash>
#include <QHash>

namespace EpisodeGuids {

void derive(QVector<FeedEpisode> &episodes, const QString &showKey)
{
    QHash<QString, int> links;
    QHash<QString, int> enclosures;
    bool anyMissing = false;
    for (const FeedEpisode &episode : std::as_const(episodes)) {
        anyMissing = anyMissing || episode.guid.isEmpty();
        if (!episode.link.isEmpty())
            ++links[episode.link];
        if (!episode.enclosure.isNull())
            ++enclosures[episode.enclosure.url];
    }
    if (!anyMissing)
        return;
    for (FeedEpisode &episode : episodes) {
        if (!episode.guid.isEmpty())
            continue;
        episode.guidDerived = true;
        if (!episode.link.isEmpty() && links.value(episode.link) == 1) {
            episode.guid = episode.link;
        } else if (!episode.enclosure.isNull() && enclosures.value(episode.enclosure.url) == 1) {
            episode.guid = episode.enclosure.url;
        } else {
            const QString key = showKey + QLatin1Char('\n') + episode.title + QLatin1Char('\n')
                    + episode.published.toString(Qt::ISODate) + QLatin1Char('\n')
                    + episode.enclosure.url;
            episode.guid = QStringLiteral("derived:")
                    + QString::fromLatin1(
                                   QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1)
                                           .toHex());
        }
    }
}

} // namespace EpisodeGuids
