#pragma once

#include "FeedEpisode.h"
#include "XmlElement.h"

#include <QUrl>

// Collects one feed item (an RSS <item> or an Atom <entry>) element by element, then decides
// between the item's competing sources: which description is HTML and which plain, which
// enclosure, which season and number, the link and the title when missing.
class EpisodeBuilder
{
public:
    // Without `descriptionHtml`, only descriptionText is made (FeedParser::Options).
    explicit EpisodeBuilder(const QUrl &base, bool descriptionHtml = true);

    // An element inside the item; returns whether its text is wanted at its end.
    bool start(const XmlElement &element);
    void end(const XmlName &name, const QString &text);
    // The finished episode; an item with nothing to identify or play gives false.
    bool finish(FeedEpisode *episode);

private:
    bool startPodcast(const XmlElement &element);
    void endPodcast(const XmlName &name, const QString &text);
    void setEnclosure(const QString &url, const QString &length, const QString &type,
                      bool fromMediaContent);
    void finishDescription();

    FeedEpisode m_episode;
    QUrl m_base;
    bool m_descriptionHtml = true;
    // Descriptions as the item gives them, resolved in finish().
    QString m_contentEncoded;
    QString m_description;
    QString m_itunesSummary;
    QString m_mediaDescription;
    QString m_atomContent;
    QString m_atomContentType;
    QString m_atomSummary;
    // What competes for one field, resolved in finish().
    Enclosure m_mediaContent;
    qint64 m_mediaDurationMs = -1;
    QString m_guid;
    bool m_guidIsPermaLink = true;
    QString m_atomUpdated;
    QString m_thumbnail;
    int m_itunesSeason = -1;
    int m_podcastSeason = -1;
    int m_itunesNumber = -1;
    int m_podcastNumber = -1;
    // Attributes of the podcast:soundbite or podcast:person being read.
    Soundbite m_soundbite;
    bool m_soundbiteValid = false;
    FeedPerson m_person;
};
