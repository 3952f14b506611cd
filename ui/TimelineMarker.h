#pragma once

#include <QString>
#include <QtGlobal>

// One span drawn on a lane of the timeline: a clip of the clip model, or an item of an extra
// lane (a chapter, a bookmark) that the window hands over as it is.
struct TimelineMarker
{
    int laneId = 0;
    qint64 id = 0; // the clip's id on clip lanes, the source's own id on extra lanes
    qint64 startMs = 0;
    qint64 endMs = 0;
    int number = 0; // drawn inside the marker when positive (citation numbers)
    QString label;  // "Citation 4", "Chapter": how its accessible name starts
    QString title;
    QString toolTip; // empty: made from the label, span and title
};
