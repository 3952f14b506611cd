#pragma once

#include "domain/ClipKind.h"

#include <QColor>
#include <QFont>

// The few colours and fonts the window shares, so every view draws a kind the same way.
namespace Theme {
QColor kindColor(ClipKind kind);
QColor accent();
QColor mutedText();
QColor pageBackground();
QColor cardBackground();
QColor cardBorder();
// `base` scaled by `factor` (point size), optionally bold.
QFont scaled(const QFont &base, qreal factor, bool bold = false);
// Applies Citecast's light Fusion palette and style sheet to the application.
void apply();
} // namespace Theme
