#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QtGlobal>

// Where an episode's audio lives: a local file (relative to the library when stored) or a URL.
struct AudioSource
{
    enum class Kind : int { None = 0, File = 1, Url = 2 };
    Kind kind = Kind::None;
    QString location;

    bool isNull() const { return kind == Kind::None || location.isEmpty(); }
};

// Someone who takes part in an episode: a page's guest, or a feed's podcast:person (a host, a
// guest...). Roles and groups are lower case, as the Podcasting 2.0 taxonomy writes them.
struct EpisodePerson
{
    QString name;
    QString role = QStringLiteral("guest");
    QString group;    // "cast", "writing"...; empty when not given
    QString href;     // their page
    QString imageUrl; // their picture (remote: load it only with the user's consent)

    bool operator==(const EpisodePerson &other) const
    {
        return name == other.name && role == other.role && group == other.group
                && href == other.href && imageUrl == other.imageUrl;
    }
};

// What the episode list needs to know about an episode.
struct Episode
{
    // What kind of episode a feed says it is (itunes:episodeType); persisted as its value.
    enum class Type : int { Full = 0, Trailer = 1, Bonus = 2 };

    qint64 id = 0;
    QString guid; // stable identity: re-importing the same guid updates in place
    QString show;
    int number = -1; // -1 when the episode has no number
    QString title;
    QStringList guests;
    QString description;
    QDateTime published;           // invalid when unknown
    qint64 durationMs = -1;        // -1 when unknown
    int questionsAnswered = -1;    // -1 when unknown
    bool knownOnlyByTitle = false; // a related episode seen on another page, nothing imported yet
    AudioSource audio;
    QString sourcePath; // the file it was imported from, for the record

    // What a feed adds (empty or -1 for pages and packs). The audio of a feed episode is its
    // enclosure: AudioSource::Kind::Url, or File for a feed saved beside its audio.
    QString feedGuid;        // the guid as the feed gives it (`guid` may differ: docs/FEEDS.md)
    QString link;            // the episode's web page
    QString imageUrl;        // its artwork
    int season = -1;         // -1 when none
    Type type = Type::Full;  // full, trailer or bonus
    QString descriptionHtml; // sanitized show notes (HtmlSanitizer); `description` is plain text
    QString enclosureUrl;
    QString enclosureType;          // MIME type as the feed gives it
    qint64 enclosureLength = -1;    // bytes; -1 when unknown
    QVector<EpisodePerson> persons; // everyone with a role, in order; guests also in `guests`
};
