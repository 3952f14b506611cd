#include "SearchBatch.h"

#include <QSqlError>
#include <QSqlQuery>

SearchBatch::SearchBatch(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool SearchBatch::begin()
{
    // A library made by an earlier build of schema 5 has no queue: its triggers index row by row.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_batch'"))) {
        m_error = query.lastError().text();
        return false;
    }
    if (!query.next())
        return true;
    m_open = exec(QStringLiteral("INSERT INTO search_batch (opened) VALUES (1)"));
    return m_open;
}

bool SearchBatch::finish()
{
    if (!m_open)
        return m_error.isEmpty();
    m_open = false;
    // Kind 8 is a transcript line (SearchKind): its own table, its text kept in `body`.
    return exec(QStringLiteral("INSERT INTO search_index (rowid, title, body, kind, episode_id) "
                               "SELECT id, title, body, kind, episode_id FROM search_pending "
                               "WHERE kind <> 8 ORDER BY id"))
            && exec(QStringLiteral("INSERT INTO search_spoken (rowid, spoken, episode_id) "
                                   "SELECT id, body, episode_id FROM search_pending "
                                   "WHERE kind = 8 ORDER BY id"))
            && exec(QStringLiteral("DELETE FROM search_pending"))
            && exec(QStringLiteral("DELETE FROM search_batch"));
}

bool SearchBatch::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}
