#pragma once

#include "domain/ClipKind.h"

#include <QVector>
#include <QWidget>

class QAbstractItemModel;

// The strip under the page: the whole episode with one lane of clip markers per kind, a time
// ruler and the play head. It renders a clip model (ClipListModel roles) and emits intents.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setDurationMs(qint64 durationMs);
    void setPositionMs(qint64 positionMs); // -1 hides the play head
    void setActiveClip(qint64 clipId);

    // Where the marker of the model's row is drawn (for tests and accessibility).
    QRect markerRect(int row) const;
    qint64 durationMs() const { return m_durationMs; }
    int xForTime(qint64 ms) const;
    qint64 timeForX(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void clipActivated(qint64 clipId);
    void seekRequested(qint64 positionMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Marker
    {
        int row = 0;
        qint64 clipId = 0;
        ClipKind kind = ClipKind::Citation;
        qint64 startMs = 0;
        qint64 endMs = 0;
        int number = 0;
        QString toolTip;
    };

    void rebuild();
    QVector<ClipKind> lanes() const;
    QRect laneRect(int lane) const;
    QRect trackRect() const;
    int markerAt(const QPoint &point) const;
    void paintRuler(QPainter &painter);
    void paintLanes(QPainter &painter);

    QAbstractItemModel *m_model = nullptr;
    QVector<Marker> m_markers;
    qint64 m_baseDurationMs = 0; // as set; grows to the last marker's end
    qint64 m_durationMs = 0;
    qint64 m_positionMs = -1;
    qint64 m_activeClip = 0;
    int m_hovered = -1;
};
