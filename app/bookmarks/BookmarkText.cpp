#include "BookmarkText.h"

#include <QDateTime>
#include <QRegularExpression>

namespace BookmarkText {

QString clock(qint64 ms)
{
    ms = qMax<qint64>(ms, 0);
    return QStringLiteral("%1:%2:%3")
            .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
            .arg((ms / 60000) % 60, 2, 10, QLatin1Char('0'))
            .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
}

QString span(qint64 startMs, qint64 endMs)
{
    if (startMs < 0 || endMs <= startMs)
        return QString();
    return clock(startMs) + QChar(0x2013) + clock(endMs);
}

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

std::optional<qint64> parseIsoTime(const QString &text)
{
    static const QRegularExpression pattern(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

QString excerpt(const QString &text, int maxChars)
{
    const QString trimmed = text.trimmed();
    QString line = trimmed.section(QLatin1Char('\n'), 0, 0).trimmed();
    const bool moreLines = line.size() < trimmed.size();
    if (line.size() <= maxChars)
        return moreLines ? line + QStringLiteral(" \u2026") : line;
    line.truncate(qMax(maxChars - 1, 0));
    if (!line.isEmpty() && line.back().isHighSurrogate())
        line.chop(1);
    const qsizetype space = line.lastIndexOf(QLatin1Char(' '));
    if (space > maxChars / 2)
        line.truncate(space);
    return line + QChar(0x2026);
}

} // namespace BookmarkText
