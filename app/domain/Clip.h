#pragma once

#include "ClipKind.h"

#include <QString>
#include <QtGlobal>

// A span [startMs, endMs) of an episode's audio that backs something on the page.
struct Clip
{
    qint64 id = 0; // row id once stored, 0 before
    QString key;   // stable within its episode ("citation:4", "popular:0"); survives re-imports
    ClipKind kind = ClipKind::Citation;
    int citationNumber = 0; // the marker number, for citation clips only
    QString title;
    qint64 startMs = 0;
    qint64 endMs = 0;
    int playCount = 0;

    qint64 durationMs() const { return endMs - startMs; }
};

// The key under which a citation clip is stored; a page's marker N always resolves to it.
inline QString citationClipKey(int number)
{
    return QStringLiteral("citation:") + QString::number(number);
}
