#pragma once

#include "storage/Transaction.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

// A Transaction whose commit reaches the disk before it returns. The library runs WAL with
// synchronous=NORMAL: a committed transaction survives the process being killed, but the last
// ones may be lost with the power. Bookmarks are typed by the user and cannot be imported again,
// so their (rare, small) writes ask SQLite to sync the WAL at commit, then restore the setting.
class DurableTransaction
{
public:
    explicit DurableTransaction(QSqlDatabase db);
    ~DurableTransaction();
    DurableTransaction(const DurableTransaction &) = delete;
    DurableTransaction &operator=(const DurableTransaction &) = delete;

    bool isActive() const { return m_transaction->isActive(); }
    bool commit();
    QString errorString() const { return m_transaction->errorString(); }

private:
    void restoreSynchronous();

    QSqlDatabase m_db;
    QString m_previousSynchronous; // empty when unchanged (another driver, or already FULL)
    std::unique_ptr<Transaction> m_transaction;
};
