#include "ShortcutsOverlay.h"

#include "Theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

#include <cstdlib>

namespace {

const int rowHeight = 27;
const int panelWidth = 600;
const int padding = 28;

} // namespace

ShortcutsOverlay::ShortcutsOverlay(const QVector<PlaybackActions::Shortcut> &shortcuts,
                                   QWidget *window)
    : QWidget(window)
    , m_shortcuts(shortcuts)
{
    setObjectName(QStringLiteral("shortcutsOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Keyboard shortcuts"));
    window->installEventFilter(this);
    hide();
}

void ShortcutsOverlay::showOver()
{
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus(Qt::PopupFocusReason);
}

int ShortcutsOverlay::secondColumnStart() const
{
    // One column while it fits the window; else two, split at the heading nearest the middle.
    const int rows = int(m_shortcuts.size());
    if (padding * 2 + 44 + rows * rowHeight + 24 <= height() - 40)
        return rows;
    int best = rows;
    for (int i = 1; i < rows; ++i) {
        if (m_shortcuts.at(i).keys.isEmpty() && std::abs(rows - 2 * i) < std::abs(rows - 2 * best))
            best = i;
    }
    return best;
}

QRect ShortcutsOverlay::panelRect() const
{
    const int split = secondColumnStart();
    const int rows = std::max(split, int(m_shortcuts.size()) - split);
    const int height = padding * 2 + 44 + rows * rowHeight + 24;
    const int columns = split < m_shortcuts.size() ? 2 : 1;
    const int panel = std::min(panelWidth * columns, std::max(panelWidth, width() - 40));
    return QRect((width() - panel) / 2, std::max(20, (this->height() - height) / 2), panel, height);
}

void ShortcutsOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(20, 24, 31, 120));
    const QRect panel = panelRect();
    QPainterPath path;
    path.addRoundedRect(panel, 14, 14);
    painter.fillPath(path, Qt::white);

    painter.setPen(QColor(0x1f, 0x24, 0x2b));
    painter.setFont(Theme::scaled(font(), 1.3, true));
    painter.drawText(panel.adjusted(padding, padding, -padding, 0), Qt::AlignLeft | Qt::AlignTop,
                     tr("Keyboard shortcuts"));
    const int top = panel.top() + padding + 44;
    int y = top;
    const QFont keyFont = Theme::scaled(font(), 0.95, true);
    const QFont textFont = font();
    const int split = secondColumnStart();
    const QRect firstColumn = split < m_shortcuts.size()
            ? panel.adjusted(0, 0, -panel.width() / 2 + padding / 2, 0)
            : panel;
    QRect column = firstColumn;
    int bottom = y;
    for (int i = 0; i < m_shortcuts.size(); ++i) {
        const PlaybackActions::Shortcut &shortcut = m_shortcuts.at(i);
        if (i == split && i > 0) {
            bottom = y;
            y = top;
            column = panel.adjusted(panel.width() / 2 - padding / 2, 0, 0, 0);
        }
        if (shortcut.keys.isEmpty()) { // a heading
            painter.setFont(Theme::scaled(font(), 0.9, true));
            painter.setPen(Theme::mutedText());
            painter.drawText(QRect(column.left() + padding, y + 8, column.width() - 2 * padding,
                                   rowHeight - 8),
                             Qt::AlignLeft | Qt::AlignVCenter, shortcut.description.toUpper());
            y += rowHeight;
            continue;
        }
        const QRect keyRect(column.left() + padding, y + 3, 150, rowHeight - 6);
        painter.setFont(keyFont);
        const int keyWidth = std::min(keyRect.width(),
                                      painter.fontMetrics().horizontalAdvance(shortcut.keys) + 16);
        QPainterPath keyPath;
        keyPath.addRoundedRect(QRect(keyRect.topLeft(), QSize(keyWidth, keyRect.height())), 6, 6);
        painter.fillPath(keyPath, QColor(0xee, 0xf1, 0xf5));
        painter.setPen(QColor(0x2f, 0x36, 0x40));
        painter.drawText(QRect(keyRect.topLeft(), QSize(keyWidth, keyRect.height())),
                         Qt::AlignCenter, shortcut.keys);
        painter.setFont(textFont);
        painter.setPen(QColor(0x44, 0x4b, 0x57));
        painter.drawText(QRect(keyRect.right() + 16, y,
                               column.right() - keyRect.right() - padding - 16, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, shortcut.description);
        y += rowHeight;
    }
    painter.setPen(Theme::mutedText());
    painter.setFont(Theme::scaled(font(), 0.85));
    painter.drawText(QRect(panel.left(), std::max(y, bottom) + 4, panel.width(), 20),
                     Qt::AlignCenter, tr("Press any key or click to close"));
}

bool ShortcutsOverlay::event(QEvent *event)
{
    // While shown, a key closes the overlay instead of triggering the window's shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void ShortcutsOverlay::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    hide();
}

void ShortcutsOverlay::mousePressEvent(QMouseEvent *event)
{
    Q_UNUSED(event);
    hide();
}

bool ShortcutsOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}
