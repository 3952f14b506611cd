#pragma once

#include <QColor>
#include <QIcon>

// The window's icons, drawn in code so they look the same with or without an icon theme.
namespace Icons {
QIcon play(const QColor &color);
QIcon pause(const QColor &color);
QIcon stop(const QColor &color);
QIcon volume(const QColor &color);
QIcon app();
} // namespace Icons
