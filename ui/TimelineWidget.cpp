#include "TimelineWidget.h"

#include "Theme.h"
#include "domain/TimeFormat.h"
#include "models/ClipListModel.h"

#include <QAbstractItemModel>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace {

const int labelWidth = 92;
const int rulerHeight = 20;
const int laneHeight = 20;
const int laneGap = 4;
const int margin = 10;

const ClipKind laneOrder[]
        = {ClipKind::Citation, ClipKind::Popular, ClipKind::Highlight, ClipKind::Question};

QString laneName(ClipKind kind)
{
    switch (kind) {
    case ClipKind::Citation:
        return TimelineWidget::tr("Citations");
    case ClipKind::Popular:
        return TimelineWidget::tr("Popular");
    case ClipKind::Highlight:
        return TimelineWidget::tr("Highlights");
    case ClipKind::Question:
        return TimelineWidget::tr("Answers");
    }
    return QString();
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Timeline"));
    setFocusPolicy(Qt::NoFocus);
}

void TimelineWidget::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineWidget::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineWidget::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineWidget::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineWidget::rebuild);
    }
    rebuild();
}

void TimelineWidget::rebuild()
{
    m_markers.clear();
    m_hovered = -1;
    m_durationMs = m_baseDurationMs;
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        Marker marker;
        marker.row = row;
        marker.clipId = index.data(ClipListModel::ClipIdRole).toLongLong();
        marker.kind = static_cast<ClipKind>(index.data(ClipListModel::KindRole).toInt());
        marker.startMs = index.data(ClipListModel::StartMsRole).toLongLong();
        marker.endMs = index.data(ClipListModel::EndMsRole).toLongLong();
        marker.number = index.data(ClipListModel::CitationNumberRole).toInt();
        marker.toolTip = index.data(Qt::ToolTipRole).toString();
        m_durationMs = std::max(m_durationMs, marker.endMs);
        m_markers << marker;
    }
    updateGeometry();
    update();
}

void TimelineWidget::setDurationMs(qint64 durationMs)
{
    m_baseDurationMs = std::max<qint64>(0, durationMs);
    m_durationMs = m_baseDurationMs;
    for (const Marker &marker : std::as_const(m_markers))
        m_durationMs = std::max(m_durationMs, marker.endMs);
    update();
}

void TimelineWidget::setPositionMs(qint64 positionMs)
{
    if (positionMs == m_positionMs)
        return;
    m_positionMs = positionMs;
    update();
}

void TimelineWidget::setActiveClip(qint64 clipId)
{
    if (clipId == m_activeClip)
        return;
    m_activeClip = clipId;
    update();
}

QVector<ClipKind> TimelineWidget::lanes() const
{
    QVector<ClipKind> present;
    for (ClipKind kind : laneOrder) {
        for (const Marker &marker : m_markers) {
            if (marker.kind == kind) {
                present << kind;
                break;
            }
        }
    }
    if (present.isEmpty())
        present << ClipKind::Citation;
    return present;
}

QRect TimelineWidget::trackRect() const
{
    return QRect(labelWidth, 0, std::max(10, width() - labelWidth - margin), height());
}

QRect TimelineWidget::laneRect(int lane) const
{
    const QRect track = trackRect();
    return QRect(track.left(), rulerHeight + lane * (laneHeight + laneGap), track.width(),
                 laneHeight);
}

int TimelineWidget::xForTime(qint64 ms) const
{
    const QRect track = trackRect();
    if (m_durationMs <= 0)
        return track.left();
    return track.left() + int(double(ms) * track.width() / double(m_durationMs));
}

qint64 TimelineWidget::timeForX(int x) const
{
    const QRect track = trackRect();
    if (m_durationMs <= 0 || track.width() <= 0)
        return 0;
    const double fraction = std::clamp(double(x - track.left()) / track.width(), 0.0, 1.0);
    return qint64(fraction * m_durationMs);
}

QRect TimelineWidget::markerRect(int row) const
{
    if (row < 0 || row >= m_markers.size())
        return QRect();
    const Marker &marker = m_markers.at(row);
    const int lane = int(lanes().indexOf(marker.kind));
    const QRect laneArea = laneRect(lane);
    const int left = xForTime(marker.startMs);
    const int right = std::max(left + 6, xForTime(marker.endMs));
    return QRect(QPoint(left, laneArea.top() + 2), QPoint(right - 1, laneArea.bottom() - 2));
}

int TimelineWidget::markerAt(const QPoint &point) const
{
    // Later markers are drawn on top, so they win.
    for (int row = int(m_markers.size()) - 1; row >= 0; --row) {
        if (markerRect(row).adjusted(-1, -2, 1, 2).contains(point))
            return row;
    }
    return -1;
}

QSize TimelineWidget::sizeHint() const
{
    const int laneCount = int(lanes().size());
    return QSize(600, rulerHeight + laneCount * (laneHeight + laneGap) + margin);
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(240, sizeHint().height());
}

void TimelineWidget::paintRuler(QPainter &painter)
{
    const QRect track = trackRect();
    painter.setPen(Theme::mutedText());
    QFont small = Theme::scaled(font(), 0.8);
    painter.setFont(small);
    if (m_durationMs <= 0)
        return;
    // A tick step that leaves at least ~70 px between labels.
    const qint64 steps[] = {1000,   5000,   10000,  15000,  30000,   60000,
                            120000, 300000, 600000, 900000, 1800000, 3600000};
    qint64 step = steps[std::size(steps) - 1];
    for (qint64 candidate : steps) {
        if (xForTime(candidate) - track.left() >= 70) {
            step = candidate;
            break;
        }
    }
    for (qint64 t = 0; t <= m_durationMs; t += step) {
        const int x = xForTime(t);
        painter.drawLine(x, rulerHeight - 5, x, rulerHeight - 1);
        painter.drawText(QRect(x + 3, 0, 80, rulerHeight - 3), Qt::AlignLeft | Qt::AlignBottom,
                         TimeFormat::clock(t));
    }
}

void TimelineWidget::paintLanes(QPainter &painter)
{
    const QVector<ClipKind> present = lanes();
    painter.setFont(Theme::scaled(font(), 0.85));
    for (int lane = 0; lane < present.size(); ++lane) {
        const QRect area = laneRect(lane);
        painter.setPen(Theme::mutedText());
        painter.drawText(QRect(margin, area.top(), labelWidth - margin - 6, area.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, laneName(present.at(lane)));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xee, 0xf0, 0xf3));
        painter.drawRoundedRect(area, 4, 4);
    }
    QFont numberFont = Theme::scaled(font(), 0.75, true);
    painter.setFont(numberFont);
    for (int row = 0; row < m_markers.size(); ++row) {
        const Marker &marker = m_markers.at(row);
        const QRect rect = markerRect(row);
        QColor color = Theme::kindColor(marker.kind);
        if (row == m_hovered)
            color = color.darker(120);
        if (marker.clipId == m_activeClip && m_activeClip != 0)
            color = QColor(0xe0, 0x7a, 0x2e);
        color.setAlpha(marker.clipId == m_activeClip || row == m_hovered ? 255 : 215);
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        if (marker.kind == ClipKind::Citation && rect.width() >= 14) {
            painter.setPen(Qt::white);
            painter.drawText(rect, Qt::AlignCenter, QString::number(marker.number));
        }
    }
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().window());
    paintRuler(painter);
    paintLanes(painter);
    if (m_positionMs >= 0 && m_durationMs > 0) {
        const int x = xForTime(m_positionMs);
        painter.setPen(QPen(QColor(0xd9, 0x3f, 0x3f), 2));
        painter.drawLine(x, rulerHeight - 4, x, height() - margin / 2);
        painter.setBrush(QColor(0xd9, 0x3f, 0x3f));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPoint(x, rulerHeight - 4), 4, 4);
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int hovered = markerAt(event->position().toPoint());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint point = event->position().toPoint();
    const int row = markerAt(point);
    if (row >= 0)
        Q_EMIT clipActivated(m_markers.at(row).clipId);
    else if (point.x() >= trackRect().left() && m_durationMs > 0)
        Q_EMIT seekRequested(timeForX(point.x()));
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    m_hovered = -1;
    update();
    QWidget::leaveEvent(event);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = markerAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_markers.at(row).toolTip, this, markerRect(row));
        else if (help->pos().x() >= trackRect().left() && m_durationMs > 0)
            QToolTip::showText(help->globalPos(), TimeFormat::clock(timeForX(help->pos().x())),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
