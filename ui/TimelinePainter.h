#pragma once

#include "timeline/Waveform.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class QPainter;
class QWidget;
class TimelineGeometry;
class TimelineMarkers;

// Draws the timeline: the ruler, the waveform band, the lanes and their markers, the current
// clip, the selection, the keyboard focus and the play head. Keeps the waveform's columns for the
// visible range, so a moving play head repaints without reading the peaks again.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    // What to draw; the pointers must outlive paint().
    struct Scene
    {
        const TimelineGeometry *geometry = nullptr;
        const TimelineMarkers *markers = nullptr;
        const Waveform *waveform = nullptr;
        int waveformProgress = -1; // 0..100 while the peaks are computed
        QString waveformMessage;   // said faintly in the band when there is no waveform
        qint64 positionMs = -1;    // -1: no play head
        qint64 activeClipId = 0;
        int hovered = -1;
        int focused = -1;
        bool showFocus = false;
        qint64 selectionStartMs = -1;
        qint64 selectionEndMs = -1;
    };

    static QColor playHeadColor();
    static QColor trackColor();

    void paint(QPainter &painter, const QWidget &widget, const Scene &scene);

private:
    void paintRuler(QPainter &painter, const QWidget &widget, const Scene &scene);
    void paintWaveform(QPainter &painter, const QWidget &widget, const Scene &scene);
    void paintLanes(QPainter &painter, const QWidget &widget, const Scene &scene);
    void paintMarkers(QPainter &painter, const QWidget &widget, const Scene &scene);
    void paintSpans(QPainter &painter, const Scene &scene);
    void paintPlayHead(QPainter &painter, const Scene &scene);
    // The waveform's level per pixel column of the track, recomputed when the view changes.
    const QVector<Waveform::Level> &columns(const Scene &scene);

    QVector<Waveform::Level> m_columns;
    QByteArray m_columnsOf; // the waveform the columns were computed from (shared data)
    qint64 m_columnsStartMs = -1;
    qint64 m_columnsSpanMs = -1;
    int m_columnsWidth = -1;
};
