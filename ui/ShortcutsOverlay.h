#pragma once

#include "PlaybackActions.h"

#include <QWidget>

// The "?" overlay: every keyboard shortcut over a dimmed window, closed by any key or click.
class ShortcutsOverlay : public QWidget
{
    Q_OBJECT

public:
    ShortcutsOverlay(const QVector<PlaybackActions::Shortcut> &shortcuts, QWidget *window);

    void showOver();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QRect panelRect() const;
    // Where the second column begins (a heading), or the count of shortcuts when one column fits.
    int secondColumnStart() const;

    QVector<PlaybackActions::Shortcut> m_shortcuts;
};
