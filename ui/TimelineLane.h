#pragma once

#include <QColor>
#include <QString>

// A row of the timeline: its label and colour and which markers go on it. Lanes of the clip model
// use the ClipKind's value as their id; lanes the window fills from elsewhere (chapters and
// soundbites from feeds, bookmarks) use ids from FirstExtraLane, so a new kind is only data.
struct TimelineLane
{
    static constexpr int FirstExtraLane = 100;

    int id = 0;
    QString name; // "Citations", shown muted at the lane's left
    QColor color; // its markers' fill

    bool isClipLane() const { return id < FirstExtraLane; }
};
