#include "SqlHelpers.h"

#include <QSqlError>

namespace Sql {

bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values,
          QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')');
        return false;
    }
    for (const QVariant &value : values) {
        // A null QString would be stored as NULL; text columns hold '' instead.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text() + QStringLiteral(" (") + sql + QLatin1Char(')');
        return false;
    }
    return true;
}

QVariant nullIf(qint64 value, qint64 nullValue)
{
    return value == nullValue ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

QVariant nullIfZero(qint64 id)
{
    return nullIf(id, 0);
}

bool sameValue(const QVariant &stored, const QVariant &written)
{
    if (stored.isNull() || written.isNull())
        return stored.isNull() == written.isNull();
    return stored.toString() == written.toString();
}

} // namespace Sql
