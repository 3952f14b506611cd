#include "TimeFormat.h"

#include <QStringList>

#include <cmath>

namespace TimeFormat {

QString clock(qint64 ms, bool withMillis)
{
    const bool negative = ms < 0;
    if (negative)
        ms = -ms;
    const qint64 hours = ms / 3600000;
    const qint64 minutes = (ms / 60000) % 60;
    const qint64 seconds = (ms / 1000) % 60;
    QString text = hours > 0
            ? QStringLiteral("%1:%2:%3")
                      .arg(hours)
                      .arg(minutes, 2, 10, QLatin1Char('0'))
                      .arg(seconds, 2, 10, QLatin1Char('0'))
            : QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
    if (withMillis)
        text += QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString span(qint64 startMs, qint64 endMs)
{
    return clock(startMs) + QChar(0x2013) + clock(endMs);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 60000)
        return QStringLiteral("%1 s").arg((ms + 500) / 1000);
    const qint64 totalMinutes = (ms + 30000) / 60000;
    if (totalMinutes < 60)
        return QStringLiteral("%1 min").arg(totalMinutes);
    return QStringLiteral("%1 h %2 min").arg(totalMinutes / 60).arg(totalMinutes % 60);
}

std::optional<qint64> parseClock(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    const QStringList parts = trimmed.split(QLatin1Char(':'));
    if (parts.size() > 3)
        return std::nullopt;
    double total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const bool last = i == parts.size() - 1;
        if (part.isEmpty())
            return std::nullopt;
        for (QChar c : part) {
            if (!c.isDigit() && !(last && c == QLatin1Char('.')))
                return std::nullopt;
        }
        bool ok = false;
        const double value = part.toDouble(&ok);
        if (!ok || value < 0)
            return std::nullopt;
        if (i > 0 && value >= 60)
            return std::nullopt;
        total = total * 60 + value;
    }
    return static_cast<qint64>(std::llround(total * 1000.0));
}

} // namespace TimeFormat
