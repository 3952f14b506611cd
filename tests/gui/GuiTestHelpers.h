#pragma once

// What the window tests share: answering the next modal dialog or context menu, picking a file
// in the next file dialog, dragging with the mouse, finding a menu entry, saving a screenshot
// when CITECAST_SCREENSHOT_DIR is set.
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QImage>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace GuiTest {

// Runs `act` on the next modal dialog of type T once it is shown (the window's exec() blocks the
// test meanwhile); gives up after ten seconds, and the test's checks then fail.
template<typename T>
void whenShown(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, act] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (++*tries > 500)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

// Triggers the entry of the next context menu whose text starts with `entry` (recorded in
// `*texts`, every entry's text, for the checks).
inline void whenMenuShown(const QString &entry, QStringList *texts)
{
    auto *timer = new QTimer;
    auto tries = std::make_shared<int>(0);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, entry, texts] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            if (++*tries > 500)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions()) {
            *texts << action->text();
            if (!chosen && action->text().startsWith(entry))
                chosen = action;
        }
        menu->close();
        if (chosen)
            chosen->trigger();
    });
    timer->start();
}

// Picks `path` (and the filter `filter`) in the next file dialog and accepts it. The dialog
// re-selects its initial file name ("bookmarks" with the filter's suffix) once it has read the
// folder, at a moment a test cannot know; so tests keep that name and choose only the folder.
inline void saveAs(const QString &path, int filter = 0)
{
    whenShown<QFileDialog>([path, filter](QFileDialog *dialog) {
        dialog->selectNameFilter(dialog->nameFilters().value(filter));
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

// Saves `image` as NAME in $CITECAST_SCREENSHOT_DIR when it is set.
inline void saveScreenshot(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("CITECAST_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        image.save(QDir(dir).filePath(name));
}

// Presses at `from`, moves there to `to` in four steps with the button held, releases.
inline void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step) {
        const QPoint at = from + (to - from) * step / 4;
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

// The entry of the menu bar's `menu` whose text (without &) starts with `startsWith`.
inline QAction *menuAction(QMainWindow *window, const QString &menu, const QString &startsWith)
{
    for (QAction *top : window->menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menu || !top->menu())
            continue;
        for (QAction *action : top->menu()->actions()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(startsWith))
                return action;
        }
    }
    return nullptr;
}

} // namespace GuiTest
