#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Where an episode's audio lives: a local file (relative to the library when stored) or a URL.
struct AudioSource
{
    enum class Kind : int { None = 0, File = 1, Url = 2 };
    Kind kind = Kind::None;
    QString location;

    bool isNull() const { return kind == Kind::None || location.isEmpty(); }
};

// What the episode list needs to know about an episode.
struct Episode
{
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
};
