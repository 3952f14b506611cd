#pragma once

#include "Bookmark.h"

#include <QByteArray>
#include <QString>
#include <QVector>

// Bookmarks with a span as Podcasting 2.0 soundbites, to paste into an episode's <item> in a feed:
// `<podcast:soundbite startTime="12.34" duration="5.67">title</podcast:soundbite>` (seconds with
// up to three decimals; the title is the quote, else the note's first line, else the topic,
// XML-escaped and at most 128 characters as the namespace recommends). Pure functions.
namespace BookmarkSoundbites {

struct Episode
{
    QString guid;
    QString title;
    QStringList lines; // one <podcast:soundbite> element each, in order of start
};

// Per episode, in export order; bookmarks without a span are left out, and so are episodes with
// none.
QVector<Episode> perEpisode(const QVector<Bookmark> &bookmarks);
// Every episode's lines under an XML comment naming it, episodes separated by a blank line.
QByteArray exportDocument(const QVector<Bookmark> &bookmarks);
// "12.34": seconds, trailing zeros dropped, at least one decimal.
QString seconds(qint64 ms);
QString element(const Bookmark &bookmark);

} // namespace BookmarkSoundbites
