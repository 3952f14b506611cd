#include "TimelineMarkers.h"

#include "Theme.h"
#include "domain/TimeFormat.h"
#include "models/ClipListModel.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <numeric>

namespace { } // namespace

TimelineLane TimelineMarkers::clipLane(ClipKind kind)
{
    TimelineLane lane;
    lane.id = static_cast<int>(kind);
    lane.color = Theme::kindColor(kind);
    switch (kind) {
    case ClipKind::Citation:
        lane.name = tr("Citations");
        break;
    case ClipKind::Popular:
        lane.name = tr("Popular");
        break;
    case ClipKind::Highlight:
        lane.name = tr("Highlights");
        break;
    case ClipKind::Question:
        lane.name = tr("Answers");
        break;
    case ClipKind::Chapter:
        lane.name = tr("Chapters");
        break;
    case ClipKind::Soundbite:
        lane.name = tr("Soundbites");
        break;
    }
    if (lane.name.isEmpty())
        lane.name = clipKindLabel(kind);
    return lane;
}

void TimelineMarkers::setClips(const QAbstractItemModel *model)
{
    m_markers.remove(0, m_clipCount);
    QVector<TimelineMarker> clips;
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        TimelineMarker marker;
        const auto kind = static_cast<ClipKind>(index.data(ClipListModel::KindRole).toInt());
        marker.laneId = static_cast<int>(kind);
        marker.id = index.data(ClipListModel::ClipIdRole).toLongLong();
        marker.startMs = index.data(ClipListModel::StartMsRole).toLongLong();
        marker.endMs = index.data(ClipListModel::EndMsRole).toLongLong();
        if (kind == ClipKind::Citation)
            marker.number = index.data(ClipListModel::CitationNumberRole).toInt();
        marker.label = clipKindLabel(kind);
        if (marker.number > 0)
            marker.label += QLatin1Char(' ') + QString::number(marker.number);
        marker.title = index.data(ClipListModel::TitleRole).toString();
        marker.toolTip = index.data(Qt::ToolTipRole).toString();
        clips << marker;
    }
    m_clipCount = int(clips.size());
    m_markers = clips + m_markers;
    rebuildLanes();
}

void TimelineMarkers::setExtraLane(const TimelineLane &lane, const QVector<TimelineMarker> &markers)
{
    removeExtraLane(lane.id);
    m_extraLanes << lane;
    for (TimelineMarker marker : markers) {
        marker.laneId = lane.id;
        m_markers << marker;
    }
    rebuildLanes();
}

void TimelineMarkers::removeExtraLane(int laneId)
{
    m_extraLanes.removeIf([laneId](const TimelineLane &lane) { return lane.id == laneId; });
    const auto extraBegin = m_markers.begin() + m_clipCount;
    m_markers.erase(
            std::remove_if(extraBegin, m_markers.end(),
                           [laneId](const TimelineMarker &m) { return m.laneId == laneId; }),
            m_markers.end());
    rebuildLanes();
}

void TimelineMarkers::rebuildLanes()
{
    // A lane per clip kind present, in the kinds' order; a kind added later gets one too.
    QVector<int> kinds;
    for (int i = 0; i < m_clipCount; ++i) {
        if (!kinds.contains(m_markers.at(i).laneId))
            kinds << m_markers.at(i).laneId;
    }
    std::sort(kinds.begin(), kinds.end());
    m_lanes.clear();
    for (int kind : std::as_const(kinds))
        m_lanes << clipLane(static_cast<ClipKind>(kind));
    m_lanes << m_extraLanes;
    if (m_lanes.isEmpty())
        m_lanes << clipLane(ClipKind::Citation);

    m_laneOfMarker.resize(m_markers.size());
    for (int i = 0; i < m_markers.size(); ++i) {
        const int id = m_markers.at(i).laneId;
        const auto lane = std::find_if(m_lanes.cbegin(), m_lanes.cend(),
                                       [id](const TimelineLane &l) { return l.id == id; });
        m_laneOfMarker[i] = lane == m_lanes.cend() ? 0 : int(lane - m_lanes.cbegin());
    }
    m_timeOrder.resize(m_markers.size());
    std::iota(m_timeOrder.begin(), m_timeOrder.end(), 0);
    std::stable_sort(m_timeOrder.begin(), m_timeOrder.end(), [this](int a, int b) {
        const qint64 startA = m_markers.at(a).startMs;
        const qint64 startB = m_markers.at(b).startMs;
        return startA != startB ? startA < startB : m_laneOfMarker.at(a) < m_laneOfMarker.at(b);
    });
}

int TimelineMarkers::laneIndexOf(int index) const
{
    return m_laneOfMarker.value(index, 0);
}

int TimelineMarkers::indexOfClip(qint64 clipId) const
{
    for (int i = 0; i < m_clipCount; ++i) {
        if (m_markers.at(i).id == clipId)
            return i;
    }
    return -1;
}

qint64 TimelineMarkers::endMs() const
{
    qint64 end = 0;
    for (const TimelineMarker &marker : m_markers)
        end = std::max(end, marker.endMs);
    return end;
}

int TimelineMarkers::step(int index, int step) const
{
    if (m_timeOrder.isEmpty())
        return -1;
    if (index < 0 || index >= count())
        return step >= 0 ? m_timeOrder.constFirst() : m_timeOrder.constLast();
    const qsizetype position = m_timeOrder.indexOf(index) + (step >= 0 ? 1 : -1);
    return position >= 0 && position < m_timeOrder.size() ? m_timeOrder.at(position) : -1;
}

int TimelineMarkers::nearestOnOtherLane(int index, int laneStep) const
{
    if (index < 0 || index >= count())
        return -1;
    const TimelineMarker &from = m_markers.at(index);
    const qint64 middle = (from.startMs + from.endMs) / 2;
    // The nearest lane in that direction that has markers.
    for (int lane = laneIndexOf(index) + laneStep; lane >= 0 && lane < m_lanes.size();
         lane += laneStep) {
        int best = -1;
        qint64 bestDistance = 0;
        for (int i = 0; i < count(); ++i) {
            if (m_laneOfMarker.at(i) != lane)
                continue;
            const TimelineMarker &m = m_markers.at(i);
            const qint64 distance = middle < m.startMs ? m.startMs - middle
                    : middle > m.endMs                 ? middle - m.endMs
                                                       : 0;
            if (best < 0 || distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best >= 0)
            return best;
    }
    return -1;
}

int TimelineMarkers::firstFrom(qint64 ms) const
{
    for (int index : m_timeOrder) {
        if (m_markers.at(index).startMs >= ms)
            return index;
    }
    return m_timeOrder.isEmpty() ? -1 : m_timeOrder.constLast();
}

QString TimelineMarkers::accessibleName(int index) const
{
    const TimelineMarker &marker = m_markers.at(index);
    QString name = tr("%1, %2 to %3")
                           .arg(marker.label, TimeFormat::clock(marker.startMs),
                                TimeFormat::clock(marker.endMs));
    if (!marker.title.isEmpty())
        name += QStringLiteral(": ") + marker.title;
    return name;
}

QString TimelineMarkers::toolTip(int index) const
{
    const TimelineMarker &marker = m_markers.at(index);
    if (!marker.toolTip.isEmpty())
        return marker.toolTip;
    return marker.label + QStringLiteral(" \u00b7 ")
            + TimeFormat::span(marker.startMs, marker.endMs)
            + (marker.title.isEmpty() ? QString() : QLatin1Char('\n') + marker.title);
}
