#pragma once

#include "EpisodeBuilder.h"
#include "Feed.h"
#include "XmlElement.h"

#include <QUrl>

#include <memory>

// The XmlHandler that reads RSS 2.0 (and RSS 1.0), Atom and their podcast extensions (iTunes,
// Podcasting 2.0, Media RSS, Podlove chapters) into a Feed: the show's fields here, each item
// through an EpisodeBuilder.
class FeedBuilder : public XmlHandler
{
public:
    // `maxEpisodes` > 0 keeps only the first that many items; without `descriptionHtml` only the
    // descriptions' plain text is made (FeedParser::Options).
    FeedBuilder(const QUrl &feedUrl, int maxEpisodes, bool descriptionHtml = true);
    ~FeedBuilder() override;

    bool startElement(const XmlElement &element) override;
    void endElement(const XmlName &name, int depth, const QString &text) override;

    // Empty when the document is a feed; else what it is instead ("an HTML page").
    QString notAFeed() const { return m_notAFeed; }
    Feed takeFeed();

private:
    enum class Format { Unknown, Rss, Atom };

    bool startShowElement(const XmlElement &element);
    void endShowElement(const XmlName &name, const QString &text);

    QUrl m_feedUrl;
    int m_maxEpisodes = 0;
    bool m_descriptionHtml = true;
    Format m_format = Format::Unknown;
    QString m_notAFeed;
    int m_channelDepth = -1; // depth of <channel> or Atom's <feed>; show fields are one deeper
    bool m_inImage = false;  // inside the channel's <image>
    bool m_inOwner = false;  // inside itunes:owner
    bool m_inRedirect = false;
    int m_itemDepth = -1; // depth of the open <item>/<entry>, -1 outside
    std::unique_ptr<EpisodeBuilder> m_episode;
    Feed m_feed;
    // Show fields with competing sources, resolved in takeFeed().
    QString m_description;
    QString m_itunesSummary;
    QString m_subtitle;
    QString m_itunesImage;
    QString m_rssImage;
    QString m_atomImage;
    QString m_ownerName;
    QString m_atomAuthor;
    FeedPerson m_person;
};
