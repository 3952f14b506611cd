#pragma once

#include "FeedEpisode.h"

#include "import/ImportError.h"

#include <QString>
#include <QVector>

// The show a feed describes (its channel).
struct FeedShow
{
    QString title;
    QString link;
    QString image;
    QString author;
    QString descriptionHtml; // sanitized like episode descriptions
    QString descriptionText;
    QString language;
    QString newFeedUrl;  // itunes:new-feed-url or <redirect><newLocation>: the feed has moved
    QString type;        // itunes:type: "episodic" or "serial"; empty when not given
    QString podcastGuid; // podcast:guid
    QVector<FeedPerson> persons;
};

// A parsed podcast feed: the show and its episodes in feed order, plus the problems that were
// tolerated on the way (each located, for a log or a "this feed has problems" note).
struct Feed
{
    FeedShow show;
    QVector<FeedEpisode> episodes;
    QVector<ImportError> warnings;
};
