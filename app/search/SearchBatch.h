#pragma once

#include <QSqlDatabase>
#include <QString>

// Indexes the search rows of many writes in one transaction at once, in rowid order: written row
// by row as the triggers fire, FTS5 starts a new segment whenever a rowid goes down, which one
// episode's rows (episode, clips, topics, guests...) do several times (005_search.sql).
class SearchBatch
{
public:
    explicit SearchBatch(QSqlDatabase db);

    // Inside a transaction, before the writes: from now on the triggers queue their rows.
    bool begin();
    // After the writes, before the commit: the queued rows go into the index, the queue empties.
    bool finish();
    QString errorString() const { return m_error; }

private:
    bool exec(const QString &sql);

    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};
