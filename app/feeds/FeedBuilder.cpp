#include "FeedBuilder.h"

#include "FeedUrl.h"
#include "HtmlSanitizer.h"
#include "PlainNotes.h"

#include <QFileInfo>

#include <cstring>

FeedBuilder::FeedBuilder(const QUrl &feedUrl, int maxEpisodes, bool descriptionHtml)
    : m_feedUrl(feedUrl)
    , m_maxEpisodes(maxEpisodes)
    , m_descriptionHtml(descriptionHtml)
{ }

FeedBuilder::~FeedBuilder() = default;

bool FeedBuilder::startElement(const XmlElement &e)
{
    const int depth = e.depth();
    if (depth == 0) {
        if (e.is(XmlNs::None, "rss") || e.is(XmlNs::Rdf, "RDF")) {
            m_format = Format::Rss;
        } else if (e.is(XmlNs::Atom, "feed") || e.is(XmlNs::None, "feed")) {
            m_format = Format::Atom;
            m_channelDepth = 0;
        } else {
            m_notAFeed = QStringLiteral("<%1>").arg(QString::fromUtf8(e.name().local));
        }
        return false;
    }
    if (m_format == Format::Unknown)
        return false;
    if (m_itemDepth >= 0)
        return m_episode && m_episode->start(e);
    const bool isItem = (m_format == Format::Rss && e.is(XmlNs::None, "item"))
            || (m_format == Format::Atom
                && (e.is(XmlNs::Atom, "entry") || e.is(XmlNs::None, "entry")));
    if (isItem && depth <= 2) {
        m_itemDepth = depth;
        const bool wanted = m_maxEpisodes <= 0 || m_feed.episodes.size() < m_maxEpisodes;
        if (wanted)
            m_episode = std::make_unique<EpisodeBuilder>(e.base(), m_descriptionHtml);
        return false;
    }
    if (m_format == Format::Rss && depth == 1) {
        if (e.is(XmlNs::None, "channel"))
            m_channelDepth = 1;
        m_inRedirect = e.is(XmlNs::None, "redirect");
        return false;
    }
    if (m_inRedirect && depth == 2)
        return e.is(XmlNs::None, "newLocation");
    if (m_channelDepth < 0)
        return false;
    if (depth == m_channelDepth + 1)
        return startShowElement(e);
    if (depth == m_channelDepth + 2) {
        if (m_inImage)
            return e.is(XmlNs::None, "url");
        if (m_inOwner)
            return e.is(XmlNs::Itunes, "name");
        return e.is(XmlNs::Atom, "name") || e.is(XmlNs::None, "name");
    }
    return false;
}

bool FeedBuilder::startShowElement(const XmlElement &e)
{
    const XmlName &name = e.name();
    m_inImage = e.is(XmlNs::None, "image");
    m_inOwner = e.is(XmlNs::Itunes, "owner");
    if (e.is(XmlNs::Itunes, "image")) {
        m_itunesImage = e.resolve(e.attribute("href"));
        return false;
    }
    if ((name.ns == XmlNs::Atom || name.ns == XmlNs::None) && e.is(name.ns, "link")
        && e.hasAttribute("href")) {
        const QString rel = e.attribute("rel");
        const QString type = e.attribute("type");
        if ((rel.isEmpty() || rel == QLatin1String("alternate"))
            && (type.isEmpty() || type == QLatin1String("text/html")) && m_feed.show.link.isEmpty())
            m_feed.show.link = e.resolve(e.attribute("href"));
        return false;
    }
    if (e.is(XmlNs::Podcast, "person")) {
        m_person = FeedPerson();
        const QString role = e.attribute("role").trimmed().toLower();
        const QString group = e.attribute("group").trimmed().toLower();
        m_person.role = role.isEmpty() ? QStringLiteral("host") : role;
        m_person.group = group.isEmpty() ? QStringLiteral("cast") : group;
        m_person.href = e.resolve(e.attribute("href"));
        m_person.img = e.resolve(e.attribute("img"));
        return true;
    }
    switch (name.ns) {
    case XmlNs::None:
    case XmlNs::Atom:
    case XmlNs::Itunes:
        return !m_inImage && !m_inOwner;
    case XmlNs::Podcast:
        return e.is(XmlNs::Podcast, "guid");
    default:
        return false;
    }
}

void FeedBuilder::endElement(const XmlName &name, int depth, const QString &text)
{
    if (m_itemDepth >= 0) {
        if (depth > m_itemDepth) {
            if (m_episode)
                m_episode->end(name, text);
            return;
        }
        FeedEpisode episode;
        if (m_episode && m_episode->finish(&episode))
            m_feed.episodes << episode;
        m_episode.reset();
        m_itemDepth = -1;
        return;
    }
    if (m_inRedirect && depth == 2 && name.is(XmlNs::None, "newLocation")) {
        m_feed.show.newFeedUrl = text.trimmed();
        return;
    }
    if (m_channelDepth < 0)
        return;
    if (depth == m_channelDepth + 2) {
        if (m_inImage && name.is(XmlNs::None, "url"))
            m_rssImage = FeedUrl::resolve(m_feedUrl, text);
        else if (m_inOwner && name.is(XmlNs::Itunes, "name"))
            m_ownerName = text.simplified();
        else if (!m_inImage && !m_inOwner && m_atomAuthor.isEmpty())
            m_atomAuthor = text.simplified(); // <author><name>
        return;
    }
    if (depth == m_channelDepth + 1)
        endShowElement(name, text);
}

void FeedBuilder::endShowElement(const XmlName &name, const QString &text)
{
    FeedShow &show = m_feed.show;
    if (name.is(XmlNs::Podcast, "person")) {
        m_person.name = text.simplified();
        if (!m_person.name.isEmpty())
            show.persons << m_person;
        return;
    }
    if (name.is(XmlNs::Podcast, "guid")) {
        show.podcastGuid = text.trimmed();
        return;
    }
    if (name.ns == XmlNs::Itunes) {
        if (name.is(XmlNs::Itunes, "author"))
            show.author = text.simplified();
        else if (name.is(XmlNs::Itunes, "summary"))
            m_itunesSummary = text.trimmed();
        else if (name.is(XmlNs::Itunes, "new-feed-url"))
            show.newFeedUrl = text.trimmed();
        else if (name.is(XmlNs::Itunes, "type")) {
            const QString type = text.trimmed().toLower();
            if (type == QLatin1String("episodic") || type == QLatin1String("serial"))
                show.type = type;
        }
        return;
    }
    if (name.ns != XmlNs::None && name.ns != XmlNs::Atom)
        return;
    const char *local = name.local;
    if (!std::strcmp(local, "title") && show.title.isEmpty())
        show.title = text.simplified();
    else if (!std::strcmp(local, "link") && name.ns == XmlNs::None && show.link.isEmpty())
        show.link = FeedUrl::resolve(m_feedUrl, text);
    else if (!std::strcmp(local, "description"))
        m_description = text.trimmed();
    else if (!std::strcmp(local, "subtitle"))
        m_subtitle = text.trimmed();
    else if (!std::strcmp(local, "language"))
        show.language = text.trimmed();
    else if (!std::strcmp(local, "logo") || (!std::strcmp(local, "icon") && m_atomImage.isEmpty()))
        m_atomImage = FeedUrl::resolve(m_feedUrl, text);
}

Feed FeedBuilder::takeFeed()
{
    FeedShow &show = m_feed.show;
    show.image = !m_itunesImage.isEmpty() ? m_itunesImage
            : !m_rssImage.isEmpty()       ? m_rssImage
                                          : m_atomImage;
    if (show.author.isEmpty())
        show.author = !m_atomAuthor.isEmpty() ? m_atomAuthor : m_ownerName;
    if (show.title.isEmpty())
        show.title = QFileInfo(m_feedUrl.path()).completeBaseName();
    QString html;
    QString plain;
    for (const QString *source : {&m_description, &m_itunesSummary, &m_subtitle}) {
        if (source->isEmpty())
            continue;
        if (HtmlSanitizer::looksLikeHtml(*source)) {
            if (html.isEmpty())
                html = *source;
        } else if (plain.isEmpty()) {
            plain = *source;
        }
    }
    if (!m_descriptionHtml) {
        show.descriptionText = !plain.isEmpty() ? PlainNotes::squash(plain)
                : !html.isEmpty()               ? HtmlSanitizer::toText(html)
                                                : QString();
        return std::move(m_feed);
    }
    const HtmlSanitizer::Result description
            = html.isEmpty() ? PlainNotes::toHtml(plain) : HtmlSanitizer::sanitize(html, m_feedUrl);
    show.descriptionHtml = description.html;
    show.descriptionText = plain.isEmpty() ? description.text : PlainNotes::squash(plain);
    return std::move(m_feed);
}
