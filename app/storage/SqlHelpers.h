#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

// Small helpers that keep the storage code to one line per statement.
namespace Sql {
// Prepares `sql`, binds `values` positionally and runs it; on failure `*error` gets the reason.
bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values,
          QString *error);
// NULL when `value` is `nullValue` (e.g. -1 for "unknown"), else the value.
QVariant nullIf(qint64 value, qint64 nullValue);
QVariant nullIfZero(qint64 id);
// True when a stored value equals one about to be written (NULLs equal, numbers by value).
bool sameValue(const QVariant &stored, const QVariant &written);
} // namespace Sql
