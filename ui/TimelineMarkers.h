#pragma once

#include "TimelineLane.h"
#include "TimelineMarker.h"
#include "domain/ClipKind.h"

#include <QCoreApplication>
#include <QVector>

class QAbstractItemModel;

// The timeline's lanes and markers: one lane per clip kind present in the clip model (its rows
// first, in model order, so a marker's index is its model row), then the extra lanes the window
// sets. Also the order the keyboard visits markers in and the names screen readers read.
class TimelineMarkers
{
    Q_DECLARE_TR_FUNCTIONS(TimelineMarkers)

public:
    static TimelineLane clipLane(ClipKind kind);

    // Rebuilds the clip markers from `model` (ClipListModel roles); nullptr clears them.
    void setClips(const QAbstractItemModel *model);
    // Adds or replaces the lane `lane.id` (>= TimelineLane::FirstExtraLane) with `markers`.
    void setExtraLane(const TimelineLane &lane, const QVector<TimelineMarker> &markers);
    void removeExtraLane(int laneId);

    int count() const { return int(m_markers.size()); }
    int clipCount() const { return m_clipCount; }
    const TimelineMarker &at(int index) const { return m_markers.at(index); }
    // The lanes drawn, top to bottom (the citations lane when there is nothing at all).
    const QVector<TimelineLane> &lanes() const { return m_lanes; }
    int laneIndexOf(int index) const;
    int indexOfClip(qint64 clipId) const;
    // Where the last marker ends, 0 without markers.
    qint64 endMs() const;

    // The marker after (`step` 1) or before (-1) `index` in time; from -1, the first or last.
    // -1 when there is none.
    int step(int index, int step) const;
    // The marker on the lane `laneStep` below (or above, negative) `index`'s, nearest in time.
    int nearestOnOtherLane(int index, int laneStep) const;
    // The first marker starting at or after `ms`, else the last one; -1 without markers.
    int firstFrom(qint64 ms) const;

    // "Citation 4, 1:08 to 1:20: He explains…" for screen readers.
    QString accessibleName(int index) const;
    // The tooltip: the marker's own, or its label, span and title.
    QString toolTip(int index) const;

private:
    void rebuildLanes();

    QVector<TimelineMarker> m_markers;
    QVector<TimelineLane> m_lanes;
    QVector<TimelineLane> m_extraLanes;
    QVector<int> m_laneOfMarker; // index into m_lanes
    QVector<int> m_timeOrder;    // marker indexes by start, then lane
    int m_clipCount = 0;
};
