#pragma once

#include <QString>
#include <QtGlobal>

// Which bookmarks a list asks for; an empty field does not filter.
struct BookmarkFilter
{
    QString text;        // in the quote, note, episode title, topic or sentence (any case)
    QString tag;         // carries this tag (any case, a leading '#' ignored)
    QString episodeGuid; // anchored to this episode
    bool starredOnly = false;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && tag.trimmed().isEmpty() && episodeGuid.isEmpty()
                && !starredOnly;
    }
};
