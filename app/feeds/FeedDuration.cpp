#include "FeedDuration.h"

#include <QStringList>

#include <cmath>

namespace FeedDuration {

qint64 secondsToMs(const QString &text, bool *ok)
{
    bool parsed = false;
    const double seconds = text.trimmed().toDouble(&parsed);
    const bool valid = parsed && std::isfinite(seconds) && seconds >= 0 && seconds < 1e9;
    if (ok)
        *ok = valid;
    return valid ? qint64(std::llround(seconds * 1000.0)) : -1;
}

qint64 parseMs(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return -1;
    const QStringList parts = trimmed.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return -1;
    qint64 total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const bool last = i == parts.size() - 1;
        bool ok = false;
        qint64 ms = 0;
        if (last) {
            ms = secondsToMs(parts.at(i), &ok);
        } else {
            const qint64 whole = parts.at(i).trimmed().toLongLong(&ok);
            ok = ok && whole >= 0;
            ms = whole * 1000;
        }
        if (!ok)
            return -1;
        total = total * 60 + (last ? 0 : ms / 1000);
        if (last)
            total = total * 1000 + ms;
    }
    return total;
}

} // namespace FeedDuration
