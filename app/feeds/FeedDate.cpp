#include "FeedDate.h"

#include <QStringList>

namespace FeedDate {

namespace {

int monthOf(QStringView word)
{
    static const char *const names[]
            = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return 0;
    const QString prefix = word.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (prefix == QLatin1String(names[i]))
            return i + 1;
    }
    return 0;
}

// Offset in seconds east of UTC for "+0200", "-05:00", "GMT", "EST"...; false when unknown.
bool zoneOffset(QStringView zone, int *seconds)
{
    if (zone.isEmpty())
        return false;
    if (zone.at(0) == QLatin1Char('+') || zone.at(0) == QLatin1Char('-')) {
        QString digits = zone.mid(1).toString();
        digits.remove(QLatin1Char(':'));
        bool ok = false;
        const int value = digits.toInt(&ok);
        if (!ok || (digits.size() != 4 && digits.size() != 2))
            return false;
        const int hhmm = digits.size() == 2 ? value * 100 : value;
        const int offset = (hhmm / 100) * 3600 + (hhmm % 100) * 60;
        *seconds = zone.at(0) == QLatin1Char('-') ? -offset : offset;
        return true;
    }
    static const struct
    {
        const char *name;
        int hours;
    } zones[] = {{"UT", 0},   {"UTC", 0},  {"GMT", 0},  {"Z", 0},    {"EST", -5},  {"EDT", -4},
                 {"CST", -6}, {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8},  {"PDT", -7},
                 {"CET", 1},  {"CEST", 2}, {"BST", 1},  {"IST", 1},  {"AEST", 10}, {"AEDT", 11}};
    for (const auto &known : zones) {
        if (zone.compare(QLatin1String(known.name), Qt::CaseInsensitive) == 0) {
            *seconds = known.hours * 3600;
            return true;
        }
    }
    return false;
}

// "H:m:s" or "H:m" as QTime::fromString() reads them (one or two digits each), without its
// general-purpose parser, which was half of the time spent on dates.
QTime timeOf(QStringView word)
{
    int parts[3] = {0, 0, 0};
    int count = 0;
    int digits = 0;
    for (const QChar c : word) {
        if (c == QLatin1Char(':')) {
            if (digits == 0 || ++count == 3)
                return {};
            digits = 0;
        } else if (c >= QLatin1Char('0') && c <= QLatin1Char('9') && digits < 2) {
            parts[count] = parts[count] * 10 + (c.unicode() - '0');
            ++digits;
        } else {
            return {};
        }
    }
    if (digits == 0 || count == 0)
        return {};
    if (parts[0] > 23 || parts[1] > 59 || parts[2] > 59)
        return {};
    return QTime(parts[0], parts[1], parts[2]);
}

QDateTime parseRfc822(const QString &text)
{
    QString cleaned = text;
    cleaned.replace(QLatin1Char(','), QLatin1Char(' '));
    const QStringList words = cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int day = 0, month = 0, year = 0;
    QTime time;
    int offset = 0;
    bool haveZone = false;
    for (const QString &word : words) {
        bool isNumber = false;
        const int number = word.toInt(&isNumber);
        if (word.contains(QLatin1Char(':')) && !time.isValid()) {
            time = timeOf(word);
            if (!time.isValid())
                return {};
        } else if (isNumber
                   && !(word.startsWith(QLatin1Char('+')) || word.startsWith(QLatin1Char('-')))) {
            if (day == 0 && number >= 1 && number <= 31 && word.size() <= 2)
                day = number;
            else if (year == 0)
                year = word.size() <= 2 ? (number < 50 ? 2000 + number : 1900 + number) : number;
        } else if (int m = monthOf(word); m && month == 0 && !time.isValid()) {
            month = m;
        } else if (time.isValid() && !haveZone) {
            haveZone = zoneOffset(word, &offset);
        }
    }
    if (!day || !month || !year)
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    QDateTime utc(date, time.isValid() ? time : QTime(0, 0), Qt::UTC);
    return utc.addSecs(-offset);
}

} // namespace

QDateTime parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.size() >= 10 && trimmed.at(4) == QLatin1Char('-') && trimmed.at(0).isDigit()) {
        QDateTime iso = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (!iso.isValid())
            iso = QDateTime::fromString(trimmed, Qt::ISODate);
        if (iso.isValid()) {
            if (iso.timeSpec() == Qt::LocalTime) // no zone given: read as UTC, not local time
                iso.setTimeSpec(Qt::UTC);
            return iso.toUTC();
        }
    }
    return parseRfc822(trimmed);
}

} // namespace FeedDate
