#include "ShortcutsOverlay.h"

#include "Theme.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

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

QRect ShortcutsOverlay::panelRect() const
{
    const int height = padding * 2 + 44 + int(m_shortcuts.size()) * rowHeight + 24;
    return QRect((width() - panelWidth) / 2, std::max(20, (this->height() - height) / 2),
                 panelWidth, height);
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
    int y = panel.top() + padding + 44;
    const QFont keyFont = Theme::scaled(font(), 0.95, true);
    const QFont textFont = font();
    for (const PlaybackActions::Shortcut &shortcut : m_shortcuts) {
        if (shortcut.keys.isEmpty()) { // a heading
            painter.setFont(Theme::scaled(font(), 0.9, true));
            painter.setPen(Theme::mutedText());
            painter.drawText(QRect(panel.left() + padding, y + 8, panel.width() - 2 * padding,
                                   rowHeight - 8),
                             Qt::AlignLeft | Qt::AlignVCenter, shortcut.description.toUpper());
            y += rowHeight;
            continue;
        }
        const QRect keyRect(panel.left() + padding, y + 3, 150, rowHeight - 6);
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
                               panel.right() - keyRect.right() - padding - 16, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, shortcut.description);
        y += rowHeight;
    }
    painter.setPen(Theme::mutedText());
    painter.setFont(Theme::scaled(font(), 0.85));
    painter.drawText(QRect(panel.left(), y + 4, panel.width(), 20), Qt::AlignCenter,
                     tr("Press any key or click to close"));
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
