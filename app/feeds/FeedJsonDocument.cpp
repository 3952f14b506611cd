#include "FeedJson.h"

#include "JsonWriter.h"

// FeedJson::document(): the same values as FeedJson::feed(), written in the documented key order
// with JsonWriter (no tree, no key sorting).
namespace FeedJson {

namespace {

void writePersons(JsonWriter &json, const QVector<FeedPerson> &persons)
{
    json.beginArray();
    for (const FeedPerson &person : persons) {
        json.beginObject();
        json.key("name");
        json.value(person.name);
        json.key("role");
        json.value(person.role);
        json.key("group");
        json.value(person.group);
        json.key("href");
        json.stringOrNull(person.href);
        json.key("img");
        json.stringOrNull(person.img);
        json.endObject();
    }
    json.endArray();
}

void writeShow(JsonWriter &json, const FeedShow &show)
{
    json.beginObject();
    json.key("title");
    json.value(show.title);
    json.key("link");
    json.stringOrNull(show.link);
    json.key("image");
    json.stringOrNull(show.image);
    json.key("author");
    json.stringOrNull(show.author);
    json.key("description");
    json.value(show.descriptionText);
    json.key("language");
    json.stringOrNull(show.language);
    json.key("newFeedUrl");
    json.stringOrNull(show.newFeedUrl);
    json.key("type");
    json.stringOrNull(show.type);
    json.key("podcastGuid");
    json.stringOrNull(show.podcastGuid);
    json.key("persons");
    writePersons(json, show.persons);
    json.endObject();
}

void writeChapters(JsonWriter &json, const ChapterList &chapters)
{
    json.beginArray();
    for (const Chapter &chapter : chapters) {
        json.beginObject();
        json.key("startMs");
        json.value(chapter.startMs);
        json.key("endMs");
        json.numberOrNull(chapter.endMs);
        json.key("title");
        json.value(chapter.title);
        json.key("image");
        json.stringOrNull(chapter.image);
        json.key("url");
        json.stringOrNull(chapter.url);
        if (!chapter.toc) {
            json.key("toc");
            json.value(false);
        }
        json.endObject();
    }
    json.endArray();
}

void writeEpisode(JsonWriter &json, const FeedEpisode &episode)
{
    json.beginObject();
    json.key("guid");
    json.value(episode.guid);
    json.key("title");
    json.value(episode.title);
    json.key("published");
    if (episode.published.isValid())
        json.value(episode.published.toUTC().toString(Qt::ISODate));
    else
        json.null();
    json.key("durationMs");
    json.numberOrNull(episode.durationMs);
    json.key("enclosure");
    if (episode.enclosure.isNull()) {
        json.null();
    } else {
        json.beginObject();
        json.key("url");
        json.value(episode.enclosure.url);
        json.key("length");
        json.value(episode.enclosure.length);
        json.key("type");
        json.stringOrNull(episode.enclosure.type);
        json.endObject();
    }
    json.key("chapters");
    writeChapters(json, episode.chapters);
    json.key("soundbites");
    json.beginArray();
    for (const Soundbite &soundbite : episode.soundbites) {
        json.beginObject();
        json.key("startMs");
        json.value(soundbite.startMs);
        json.key("durationMs");
        json.value(soundbite.durationMs);
        json.key("title");
        json.value(soundbite.title);
        json.endObject();
    }
    json.endArray();
    json.key("transcripts");
    json.beginArray();
    for (const TranscriptLink &link : episode.transcripts) {
        json.beginObject();
        json.key("url");
        json.value(link.url);
        json.key("type");
        json.value(link.type);
        json.key("language");
        json.stringOrNull(link.language);
        json.key("rel");
        json.stringOrNull(link.rel);
        json.endObject();
    }
    json.endArray();
    json.key("persons");
    writePersons(json, episode.persons);
    json.key("season");
    json.numberOrNull(episode.season > 0 ? episode.season : -1);
    json.key("number");
    json.numberOrNull(episode.number > 0 ? episode.number : -1);
    json.key("guidDerived");
    json.value(episode.guidDerived);
    json.key("link");
    json.stringOrNull(episode.link);
    json.key("image");
    json.stringOrNull(episode.image);
    json.key("chaptersUrl");
    if (episode.chaptersLink.isNull()) {
        json.null();
    } else {
        json.beginObject();
        json.key("url");
        json.value(episode.chaptersLink.url);
        json.key("type");
        json.stringOrNull(episode.chaptersLink.type);
        json.endObject();
    }
    json.key("episodeType");
    json.value(episodeTypeName(episode.type));
    json.key("description");
    json.value(episode.descriptionText);
    json.endObject();
}

} // namespace

QByteArray document(const Feed &feed)
{
    JsonWriter json;
    json.beginObject();
    json.key("show");
    writeShow(json, feed.show);
    json.key("episodes");
    json.beginArray();
    for (const FeedEpisode &episode : feed.episodes)
        writeEpisode(json, episode);
    json.endArray();
    json.key("warnings");
    json.beginArray();
    for (const ImportError &warning : feed.warnings)
        json.value(warning.toString());
    json.endArray();
    json.endObject();
    return json.takeBytes();
}

} // namespace FeedJson
