#pragma once

#include <QObject>

class QWidget;

// Benchmarks only (tests/bench/scale_bench.py): when CITECAST_BENCH_QUIT_AFTER_PAINT is set, the
// window prints "first-paint rss-kb=N" on its first paint and the application quits, so a script
// can time a start from launch to the first painted window and read its resident memory.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Variable = "CITECAST_BENCH_QUIT_AFTER_PAINT";
    // Watches `window` when the variable is set; does nothing otherwise.
    static void installIfRequested(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_done = false;
};
