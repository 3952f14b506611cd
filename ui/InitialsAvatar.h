#pragma once

#include <QPixmap>
#include <QString>

// A generated picture for something with no artwork of its own (a show, a person): its initials
// on a colour derived from its name, so the same name always looks the same and nothing remote
// is loaded.
namespace InitialsAvatar {
// `rounded`: a rounded square (artwork); otherwise a circle (people).
QPixmap pixmap(const QString &initials, const QString &seed, int size, qreal devicePixelRatio,
               bool rounded);
// A local image scaled and cropped to a rounded square of `size`; null when it cannot be read.
QPixmap artwork(const QString &path, int size, qreal devicePixelRatio);
} // namespace InitialsAvatar
