#pragma once

#include <QDateTime>
#include <QString>

// Reads publication dates as feeds write them: RFC 822 with the usual liberties (no weekday,
// full month names, two-digit years, missing seconds, zone names such as PDT or a missing zone)
// and ISO 8601 for Atom. Returns UTC; invalid when unreadable.
namespace FeedDate {
QDateTime parse(const QString &text);
} // namespace FeedDate
