#include "EpisodeBuilder.h"

#include "FeedDate.h"
#include "FeedDuration.h"
#include "FeedUrl.h"
#include "HtmlSanitizer.h"
#include "PlainNotes.h"

#include <QFileInfo>

#include <cstring>

namespace {

// "12", " 3 ": a positive whole number; -1 otherwise.
int positiveNumber(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value > 0 ? value : -1;
}

qint64 lengthOf(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok && value > 0 ? value : -1;
}

bool isText(XmlNs ns)
{
    return ns == XmlNs::None || ns == XmlNs::Atom;
}

} // namespace

EpisodeBuilder::EpisodeBuilder(const QUrl &base, bool descriptionHtml)
    : m_base(base)
    , m_descriptionHtml(descriptionHtml)
{ }

bool EpisodeBuilder::start(const XmlElement &e)
{
    const XmlName &name = e.name();
    switch (name.ns) {
    case XmlNs::None:
    case XmlNs::Atom:
        if (e.is(name.ns, "enclosure")) {
            setEnclosure(e.resolve(e.attribute("url")), e.attribute("length"), e.attribute("type"),
                         false);
            return false;
        }
        if (e.is(name.ns, "link") && e.hasAttribute("href")) {
            const QString rel = e.attribute("rel");
            const QString type = e.attribute("type");
            const QString href = e.resolve(e.attribute("href"));
            if (rel == QLatin1String("enclosure"))
                setEnclosure(href, e.attribute("length"), type, false);
            else if ((rel.isEmpty() || rel == QLatin1String("alternate"))
                     && (type.isEmpty() || type == QLatin1String("text/html"))
                     && m_episode.link.isEmpty())
                m_episode.link = href;
            return false;
        }
        if (e.is(XmlNs::None, "guid"))
            m_guidIsPermaLink
                    = e.attribute("isPermaLink").trimmed().toLower() != QLatin1String("false");
        if (e.is(XmlNs::Atom, "content"))
            m_atomContentType = e.attribute("type");
        return true; // title, link, guid, description, pubDate, id, published, author...
    case XmlNs::Itunes:
        if (e.is(XmlNs::Itunes, "image")) {
            const QString href = e.resolve(e.attribute("href"));
            if (!href.isEmpty())
                m_episode.image = href;
            return false;
        }
        return true;
    case XmlNs::Content:
        return true;
    case XmlNs::Media:
        if (e.is(XmlNs::Media, "content")) {
            setEnclosure(e.resolve(e.attribute("url")), e.attribute("fileSize"),
                         e.attribute("type"), true);
            if (m_mediaDurationMs < 0 && e.hasAttribute("duration"))
                m_mediaDurationMs = FeedDuration::parseMs(e.attribute("duration"));
        } else if (e.is(XmlNs::Media, "thumbnail") && m_thumbnail.isEmpty()) {
            m_thumbnail = e.resolve(e.attribute("url"));
        }
        return e.is(XmlNs::Media, "description");
    case XmlNs::Psc:
        if (e.is(XmlNs::Psc, "chapter") && e.hasAttribute("start") && e.hasAttribute("title")) {
            Chapter chapter;
            chapter.startMs = qMax<qint64>(0, FeedDuration::parseMs(e.attribute("start")));
            chapter.title = e.attribute("title");
            chapter.url = e.resolve(e.attribute("href"));
            chapter.image = e.resolve(e.attribute("image"));
            m_episode.chapters << chapter;
        }
        return false;
    case XmlNs::Podcast:
        return startPodcast(e);
    default:
        return false;
    }
}

bool EpisodeBuilder::startPodcast(const XmlElement &e)
{
    if (e.is(XmlNs::Podcast, "chapters")) {
        m_episode.chaptersLink = {e.resolve(e.attribute("url")), e.attribute("type").trimmed()};
        return false;
    }
    if (e.is(XmlNs::Podcast, "transcript")) {
        const QString url = e.resolve(e.attribute("url"));
        if (!url.isEmpty())
            m_episode.transcripts << TranscriptLink {url, e.attribute("type").trimmed(),
                                                     e.attribute("language").trimmed(),
                                                     e.attribute("rel").trimmed()};
        return false;
    }
    if (e.is(XmlNs::Podcast, "soundbite")) {
        bool startOk = false;
        bool durationOk = false;
        m_soundbite = Soundbite();
        m_soundbite.startMs = FeedDuration::secondsToMs(e.attribute("startTime"), &startOk);
        m_soundbite.durationMs = FeedDuration::secondsToMs(e.attribute("duration"), &durationOk);
        m_soundbiteValid = startOk && durationOk && m_soundbite.durationMs > 0;
        return true;
    }
    if (e.is(XmlNs::Podcast, "person")) {
        const QString role = e.attribute("role").trimmed().toLower();
        const QString group = e.attribute("group").trimmed().toLower();
        m_person = FeedPerson();
        m_person.role = role.isEmpty() ? QStringLiteral("host") : role;
        m_person.group = group.isEmpty() ? QStringLiteral("cast") : group;
        m_person.href = e.resolve(e.attribute("href"));
        m_person.img = e.resolve(e.attribute("img"));
        return true;
    }
    return e.is(XmlNs::Podcast, "season") || e.is(XmlNs::Podcast, "episode");
}

void EpisodeBuilder::end(const XmlName &name, const QString &text)
{
    if (name.ns == XmlNs::Podcast) {
        endPodcast(name, text);
        return;
    }
    if (name.is(XmlNs::Content, "encoded")) {
        m_contentEncoded = text.trimmed();
    } else if (name.ns == XmlNs::Itunes) {
        if (name.is(XmlNs::Itunes, "duration"))
            m_episode.durationMs = FeedDuration::parseMs(text);
        else if (name.is(XmlNs::Itunes, "summary"))
            m_itunesSummary = text.trimmed();
        else if (name.is(XmlNs::Itunes, "author"))
            m_episode.author = text.simplified();
        else if (name.is(XmlNs::Itunes, "season"))
            m_itunesSeason = positiveNumber(text);
        else if (name.is(XmlNs::Itunes, "episode"))
            m_itunesNumber = positiveNumber(text);
        else if (name.is(XmlNs::Itunes, "episodeType")) {
            const QString type = text.trimmed().toLower();
            if (type == QLatin1String("trailer"))
                m_episode.type = EpisodeType::Trailer;
            else if (type == QLatin1String("bonus"))
                m_episode.type = EpisodeType::Bonus;
        }
    } else if (name.is(XmlNs::Media, "description")) {
        m_mediaDescription = text.trimmed();
    } else if (isText(name.ns)) {
        const char *local = name.local;
        if (!std::strcmp(local, "title"))
            m_episode.title = text.simplified();
        else if (!std::strcmp(local, "link") && name.ns == XmlNs::None)
            m_episode.link = FeedUrl::resolve(m_base, text);
        else if (!std::strcmp(local, "guid"))
            m_guid = text.trimmed();
        else if (!std::strcmp(local, "id")) {
            m_guid = text.trimmed(); // Atom: an identity, never resolved
            m_guidIsPermaLink = false;
        } else if (!std::strcmp(local, "description"))
            m_description = text.trimmed();
        else if (!std::strcmp(local, "pubDate") || !std::strcmp(local, "published"))
            m_episode.published = FeedDate::parse(text);
        else if (!std::strcmp(local, "updated"))
            m_atomUpdated = text;
        else if (!std::strcmp(local, "content"))
            m_atomContent = text.trimmed();
        else if (!std::strcmp(local, "summary"))
            m_atomSummary = text.trimmed();
        else if (!std::strcmp(local, "author") && m_episode.author.isEmpty())
            m_episode.author = text.simplified();
    }
}

void EpisodeBuilder::endPodcast(const XmlName &name, const QString &text)
{
    if (name.is(XmlNs::Podcast, "soundbite")) {
        if (m_soundbiteValid) {
            m_soundbite.title = text.simplified();
            m_episode.soundbites << m_soundbite;
        }
    } else if (name.is(XmlNs::Podcast, "person")) {
        m_person.name = text.simplified();
        if (!m_person.name.isEmpty())
            m_episode.persons << m_person;
    } else if (name.is(XmlNs::Podcast, "season")) {
        m_podcastSeason = positiveNumber(text);
    } else if (name.is(XmlNs::Podcast, "episode")) {
        m_podcastNumber = positiveNumber(text);
    }
}

void EpisodeBuilder::setEnclosure(const QString &url, const QString &length, const QString &type,
                                  bool fromMediaContent)
{
    if (url.isEmpty())
        return;
    Enclosure &target = fromMediaContent ? m_mediaContent : m_episode.enclosure;
    // One file per episode: the first audio or video one, else the first of any type (an item
    // may list its cover image first).
    const auto isMedia = [](const QString &mime) {
        return mime.startsWith(QLatin1String("audio/")) || mime.startsWith(QLatin1String("video/"));
    };
    if (!target.isNull() && (isMedia(target.type) || !isMedia(type.trimmed())))
        return;
    target = Enclosure {url, lengthOf(length), type.trimmed()};
}

void EpisodeBuilder::finishDescription()
{
    const bool atomHtml = m_atomContentType == QLatin1String("html")
            || m_atomContentType == QLatin1String("xhtml");
    QString html = m_contentEncoded;
    if (html.isEmpty() && atomHtml)
        html = m_atomContent;
    QString plain;
    for (const QString *source :
         {&m_itunesSummary, &m_mediaDescription, &m_description, &m_atomSummary}) {
        if (source->isEmpty())
            continue;
        if (HtmlSanitizer::looksLikeHtml(*source)) {
            if (html.isEmpty())
                html = *source;
        } else if (plain.isEmpty()) {
            plain = *source;
        }
    }
    if (plain.isEmpty() && !atomHtml && !m_atomContent.isEmpty())
        plain = m_atomContent;
    if (!m_descriptionHtml) {
        if (!plain.isEmpty())
            m_episode.descriptionText = PlainNotes::squash(plain);
        else if (!html.isEmpty())
            m_episode.descriptionText = HtmlSanitizer::toText(html);
    } else if (!html.isEmpty()) {
        const HtmlSanitizer::Result sanitized = HtmlSanitizer::sanitize(html, m_base);
        m_episode.descriptionHtml = sanitized.html;
        m_episode.descriptionText = plain.isEmpty() ? sanitized.text : PlainNotes::squash(plain);
    } else if (!plain.isEmpty()) {
        const HtmlSanitizer::Result converted = PlainNotes::toHtml(plain);
        m_episode.descriptionHtml = converted.html;
        m_episode.descriptionText = converted.text;
    }
}

bool EpisodeBuilder::finish(FeedEpisode *episode)
{
    finishDescription();
    if (m_episode.enclosure.isNull())
        m_episode.enclosure = m_mediaContent;
    if (m_episode.durationMs < 0)
        m_episode.durationMs = m_mediaDurationMs;
    if (!m_episode.published.isValid() && !m_atomUpdated.isEmpty())
        m_episode.published = FeedDate::parse(m_atomUpdated);
    if (m_episode.image.isEmpty())
        m_episode.image = m_thumbnail;
    m_episode.season = m_podcastSeason > 0 ? m_podcastSeason : m_itunesSeason;
    m_episode.number = m_itunesNumber > 0 ? m_itunesNumber : m_podcastNumber;
    if (!m_guid.isEmpty()) {
        // RSS 2.0: a guid is a permalink unless isPermaLink="false"; a relative one is resolved
        // against the feed's web address like any URL, and a permalink stands in for a missing
        // <link>. Against a local file (no host) it stays as written, so a saved feed's guids do
        // not depend on the folder it sits in. An absolute guid is kept exactly as written.
        const bool relative = QUrl(m_guid).isRelative();
        const bool resolvable = m_guidIsPermaLink && relative && !m_base.host().isEmpty();
        m_episode.guid = resolvable ? FeedUrl::resolve(m_base, m_guid) : m_guid;
        if (m_episode.link.isEmpty() && m_guidIsPermaLink && (resolvable || !relative))
            m_episode.link = m_episode.guid;
    }
    if (m_episode.title.isEmpty() && !m_episode.enclosure.isNull())
        m_episode.title = QFileInfo(QUrl(m_episode.enclosure.url).path()).completeBaseName();
    // Nothing to identify it by and nothing to play: no episode (podcastparser agrees).
    const bool identifiable = !m_episode.guid.isEmpty() || !m_episode.link.isEmpty()
            || !m_episode.enclosure.isNull();
    if (!identifiable)
        return false;
    *episode = m_episode;
    return true;
}
