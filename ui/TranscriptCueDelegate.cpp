#include "TranscriptCueDelegate.h"

#include "Theme.h"
#include "domain/TimeFormat.h"
#include "models/TranscriptModel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QtMath>

namespace {

constexpr int Margin = 10;    // around the cue
constexpr int TimeWidth = 52; // the time column
constexpr int Gap = 3;        // speaker line to text

int textWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return qMax(80, width - TimeWidth - 2 * Margin);
}

bool showsSpeaker(const QModelIndex &index)
{
    const QString speaker = index.data(TranscriptModel::SpeakerRole).toString();
    if (speaker.isEmpty())
        return false;
    return index.row() == 0
            || index.siblingAtRow(index.row() - 1).data(TranscriptModel::SpeakerRole).toString()
            != speaker;
}

QColor speakerColor(const QString &speaker)
{
    static const QColor palette[]
            = {QColor(0x2f, 0x6f, 0xde), QColor(0x8a, 0x56, 0xd0), QColor(0x1f, 0x9a, 0x6a),
               QColor(0xc0, 0x5a, 0x1e), QColor(0x0e, 0x7c, 0x96), QColor(0xb8, 0x3b, 0x6b)};
    uint hash = 5381;
    for (const QChar c : speaker)
        hash = hash * 33 + c.unicode();
    return palette[hash % (sizeof(palette) / sizeof(palette[0]))];
}

// Lays `text` out in `width`, marking every occurrence of `needle`; returns the height.
qreal layoutText(QTextLayout &layout, const QString &needle, int width, bool currentMatch)
{
    QVector<QTextLayout::FormatRange> formats;
    if (!needle.isEmpty()) {
        const QString text = layout.text();
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
            QTextLayout::FormatRange range;
            range.start = int(at);
            range.length = int(needle.size());
            range.format.setBackground(currentMatch ? QColor(0xff, 0xc8, 0x3d)
                                                    : QColor(0xff, 0xe9, 0x8f));
            formats << range;
        }
    }
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

void TranscriptCueDelegate::clearSizes()
{
    m_heights.clear();
    m_heightsWidth = -1;
}

QSize TranscriptCueDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const int width = textWidth(option);
    if (width != m_heightsWidth) {
        m_heights.fill(-1, index.model()->rowCount());
        m_heightsWidth = width;
    }
    if (index.row() >= m_heights.size())
        m_heights.resize(index.model()->rowCount(), -1);
    int &height = m_heights[index.row()];
    if (height < 0) {
        QTextLayout layout(index.data(TranscriptModel::TextRole).toString(), option.font);
        qreal text = layoutText(layout, QString(), width, false);
        if (showsSpeaker(index))
            text += QFontMetrics(Theme::scaled(option.font, 0.9, true)).height() + Gap;
        height = qCeil(text) + 2 * Margin - 2;
    }
    return QSize(width + TimeWidth + 2 * Margin, height);
}

void TranscriptCueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect.adjusted(4, 1, -4, -1);
    const bool current = index.data(TranscriptModel::CurrentRole).toBool();
    const bool match = index.data(TranscriptModel::MatchRole).toBool();
    const bool currentMatch = match && index.row() == m_currentMatchRow;
    QColor background;
    if (current)
        background = QColor(0xfd, 0xec, 0xd8);
    else if (option.state & QStyle::State_MouseOver)
        background = QColor(0xf1, 0xf5, 0xfd);
    else if (match)
        background = QColor(0xff, 0xfa, 0xe0);
    if (background.isValid()) {
        QPainterPath path;
        path.addRoundedRect(rect, 6, 6);
        painter->fillPath(path, background);
    }
    if (current)
        painter->fillRect(QRect(rect.left(), rect.top() + 4, 3, rect.height() - 8),
                          Theme::kindColor(ClipKind::Popular));
    if (currentMatch) {
        painter->setPen(QPen(QColor(0xe0, 0xa8, 0x1e), 1.5));
        painter->drawRoundedRect(QRectF(rect).adjusted(0.75, 0.75, -0.75, -0.75), 6, 6);
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(Theme::accent(), 1, Qt::DotLine));
        painter->drawRoundedRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5), 5, 5);
    }

    const int left = option.rect.left() + Margin;
    int top = option.rect.top() + Margin - 1;
    const QFont timeFont = Theme::scaled(option.font, 0.85);
    painter->setFont(timeFont);
    painter->setPen(current ? QColor(0xa8, 0x55, 0x12) : Theme::mutedText());
    const qint64 start = index.data(TranscriptModel::StartMsRole).toLongLong();
    const int baseline = top + QFontMetrics(option.font).ascent();
    painter->drawText(QPoint(left + 2, baseline), TimeFormat::clock(start));

    const int textLeft = left + TimeWidth;
    if (showsSpeaker(index)) {
        const QString speaker = index.data(TranscriptModel::SpeakerRole).toString();
        const QFont speakerFont = Theme::scaled(option.font, 0.9, true);
        painter->setFont(speakerFont);
        painter->setPen(speakerColor(speaker));
        const QFontMetrics metrics(speakerFont);
        painter->drawText(QPoint(textLeft, top + metrics.ascent()),
                          metrics.elidedText(speaker, Qt::ElideRight, textWidth(option)));
        top += metrics.height() + Gap;
    }
    QTextLayout layout(index.data(TranscriptModel::TextRole).toString(), option.font);
    layoutText(layout, match ? m_findText : QString(), textWidth(option), currentMatch);
    painter->setPen(option.palette.color(QPalette::Text));
    layout.draw(painter, QPointF(textLeft, top));
    painter->restore();
}
