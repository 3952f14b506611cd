#include "DurableTransaction.h"

#include <QSqlQuery>

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

} // namespace

DurableTransaction::DurableTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // PRAGMA synchronous cannot change inside a transaction, so it is set before BEGIN.
    if (isSqlite(m_db)) {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA synchronous")) && query.next()) {
            const QString current = query.value(0).toString();
            // 2 is FULL, 3 EXTRA: already at least as safe.
            if (current.toInt() < 2 && query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
                m_previousSynchronous = current;
        }
    }
    m_transaction = std::make_unique<Transaction>(m_db);
}

DurableTransaction::~DurableTransaction()
{
    m_transaction->rollback();
    restoreSynchronous();
}

bool DurableTransaction::commit()
{
    const bool ok = m_transaction->commit();
    restoreSynchronous();
    return ok;
}

void DurableTransaction::restoreSynchronous()
{
    if (m_previousSynchronous.isEmpty())
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA synchronous = ") + m_previousSynchronous);
    m_previousSynchronous.clear();
}
