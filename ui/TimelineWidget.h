#pragma once

#include "TimelineGeometry.h"
#include "TimelineInteraction.h"
#include "TimelineLane.h"
#include "TimelineMarker.h"
#include "TimelineMarkers.h"
#include "TimelinePainter.h"
#include "timeline/Waveform.h"

#include <QPair>
#include <QPoint>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QScrollBar;

// The strip under the page: the whole episode as a waveform over one lane of markers per clip
// kind (and any extra lanes), a time ruler, the play head, the current clip and a selected range;
// zoomable and keyboard- and screen-reader-accessible. It renders what it is given (a clip model
// with ClipListModel's roles, a Waveform) and emits intents; it decides nothing about playback.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    // --- what to show
    // A reset of the model (another episode) shows the whole episode and clears the selection.
    void setModel(QAbstractItemModel *model);
    // Grows to the last marker's end and to the waveform's length.
    void setDurationMs(qint64 durationMs);
    void setPositionMs(qint64 positionMs); // -1 hides the play head
    void setActiveClip(qint64 clipId);     // 0: none; its span is shaded across the lanes
    // A lane fed from elsewhere (id >= TimelineLane::FirstExtraLane): chapters, bookmarks...
    void setExtraLane(const TimelineLane &lane, const QVector<TimelineMarker> &markers);
    void removeExtraLane(int laneId);
    // The episode's waveform (a null one clears it).
    void setWaveform(const Waveform &waveform);
    // 0..100 while the waveform is computed ("Reading audio… 40%"); -1 hides it.
    void setWaveformProgress(int percent);
    // Said faintly in the waveform band while there is no waveform (why there is none).
    void setWaveformMessage(const QString &message);

    qint64 durationMs() const { return m_geometry.durationMs(); }
    qint64 positionMs() const { return m_positionMs; }
    const Waveform &waveform() const { return m_waveform; }

    // --- markers: index = the model's row for clips, then the extra lanes' markers
    int markerCount() const { return m_markers.count(); }
    const TimelineMarker &marker(int index) const { return m_markers.at(index); }
    QString markerAccessibleName(int index) const { return m_markers.accessibleName(index); }
    // Where the marker of the model's row (or any marker index) is drawn, in widget coordinates.
    QRect markerRect(int row) const;
    bool isMarkerInView(int index) const;
    // The marker under `point` (widget coordinates), -1 for none.
    int markerAt(const QPoint &point) const;
    // The marker the keyboard is on (-1: none); after arrow keys, Enter or Space plays it.
    int focusedMarker() const { return m_focused; }
    void setFocusedMarker(int index);
    // What a click on the marker does: clipActivated() or markerActivated().
    void activateMarker(int index);

    // --- geometry, zoom and scroll
    // Where the ruler, waveform and lanes are, and the visible range.
    const TimelineGeometry &timelineGeometry() const { return m_geometry; }
    int xForTime(qint64 ms) const { return m_geometry.xForTime(ms); }
    qint64 timeForX(int x) const { return m_geometry.timeForX(x); }
    qint64 visibleStartMs() const { return m_geometry.visibleStartMs(); }
    qint64 visibleSpanMs() const { return m_geometry.visibleSpanMs(); }
    double zoomFactor() const { return m_geometry.zoomFactor(); } // 1: the whole episode
    double maximumZoomFactor() const;
    void setVisibleRange(qint64 startMs, qint64 spanMs);
    // Zooms around the play head when it is in view, else around the middle of the view.
    void setZoomFactor(double factor);

    // --- selection: {-1, -1} when there is none
    QPair<qint64, qint64> selection() const { return {m_selectionStartMs, m_selectionEndMs}; }
    bool hasSelection() const { return m_selectionStartMs >= 0; }
    void setSelection(qint64 startMs, qint64 endMs);
    void clearSelection() { setSelection(-1, -1); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

Q_SIGNALS:
    void clipActivated(qint64 clipId);
    void markerActivated(int laneId, qint64 markerId); // a marker of an extra lane
    void seekRequested(qint64 positionMs);
    void selectionChanged(qint64 startMs, qint64 endMs); // -1, -1: cleared
    void selectionPlayRequested(qint64 startMs, qint64 endMs);
    void selectionBookmarkRequested(qint64 startMs, qint64 endMs); // the context menu's entry
    void visibleRangeChanged(qint64 startMs, qint64 spanMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    friend class TimelineInteraction;

    void reset();
    void rebuild();
    void relayout();
    void viewChanged(bool changed);
    void syncScrollBar();
    // Zooms to `spanMs` around `anchorMs`, keeping the play head in view if it was.
    void zoomTo(qint64 spanMs, qint64 anchorMs);
    qint64 zoomAnchor() const;
    void moveFocus(int index);

    TimelineGeometry m_geometry;
    TimelineMarkers m_markers;
    TimelinePainter m_painter;
    TimelineInteraction m_input {*this};
    QPointer<QAbstractItemModel> m_model;
    QScrollBar *m_scrollBar = nullptr;
    Waveform m_waveform;
    int m_waveformProgress = -1;
    QString m_waveformMessage;
    qint64 m_baseDurationMs = 0; // as set; the geometry's grows to the last marker's end
    qint64 m_positionMs = -1;
    qint64 m_activeClip = 0;
    int m_hovered = -1;
    int m_focused = -1;
    bool m_showFocus = false; // the focus ring: after keyboard use, not after a click
    qint64 m_selectionStartMs = -1;
    qint64 m_selectionEndMs = -1;
    bool m_syncingScrollBar = false;
};
