#pragma once

// What the timeline's GUI tests share: a timeline in a window showing a small episode's clips
// (2:06 long; citations 1, 2 and 4, a popular clip, a highlight, an answer), and ways to drive it.
#include "TimelineWidget.h"
#include "models/ClipListModel.h"

#include <QTest>
#include <QVBoxLayout>

namespace TimelineFixture {

constexpr qint64 DurationMs = 126000;

inline Clip clip(qint64 id, ClipKind kind, qint64 start, qint64 end, int number = 0,
                 const QString &title = QString())
{
    Clip c;
    c.id = id;
    c.kind = kind;
    c.startMs = start;
    c.endMs = end;
    c.citationNumber = number;
    c.title = title.isEmpty() ? QStringLiteral("Clip %1").arg(id) : title;
    return c;
}

inline QVector<Clip> sampleClips()
{
    return {clip(11, ClipKind::Citation, 17000, 25000, 1),
            clip(12, ClipKind::Citation, 26000, 33000, 2),
            clip(14, ClipKind::Citation, 68000, 80000, 4,
                 QStringLiteral("RL and fine-tuning compensate for each other")),
            clip(21, ClipKind::Popular, 10000, 26000),
            clip(31, ClipKind::Highlight, 26000, 33000),
            clip(41, ClipKind::Question, 10000, 18000)};
}

// A 1000-pixel-wide window with the timeline showing sampleClips().
struct Window
{
    ClipListModel model;
    QWidget window;
    TimelineWidget *timeline = new TimelineWidget(&window);

    Window()
    {
        model.setClips(sampleClips(), DurationMs);
        timeline->setModel(&model);
        timeline->setDurationMs(DurationMs);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(timeline);
        window.resize(1000, timeline->sizeHint().height() + 20);
        window.show();
    }
    int row(qint64 clipId) const { return model.rowOfClip(clipId); }
    // A point over the waveform at `ms`.
    QPoint inWaveform(qint64 ms) const
    {
        return QPoint(timeline->xForTime(ms), TimelineGeometry::RulerHeight + 10);
    }
    bool playHeadVisible() const
    {
        return timeline->positionMs() >= timeline->visibleStartMs()
                && timeline->positionMs() <= timeline->visibleStartMs() + timeline->visibleSpanMs();
    }
};

} // namespace TimelineFixture
