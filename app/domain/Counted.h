#pragma once

#include <QString>

// "1 question" / "5 questions": a count with its noun, without relying on a plural translation.
inline QString counted(qint64 n, const QString &one, const QString &many)
{
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}
