#include "EpisodeRemover.h"

#include "Database.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include <QSqlQuery>

EpisodeRemover::EpisodeRemover(QSqlDatabase db)
    : m_db(std::move(db))
{ }

int EpisodeRemover::bookmarkCount(qint64 episodeId)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT count(*) FROM bookmarks WHERE episode_id = ? OR "
                                  "episode_guid = (SELECT guid FROM episodes WHERE id = ?)"),
                   {episodeId, episodeId}, &m_error)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool EpisodeRemover::remove(qint64 episodeId)
{
    m_error.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = tr("The library is busy or read-only: %1").arg(transaction.errorString());
        return false;
    }
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT guid FROM episodes WHERE id = ?"), {episodeId},
                   &m_error))
        return false;
    if (!query.next()) {
        m_error = tr("There is no episode %1.").arg(episodeId);
        return false;
    }
    const QString guid = query.value(0).toString();

    // The bookmarks keep the episode's guid (what a later import finds them by), its latest title
    // and show, and lose the row they cached (ON DELETE SET NULL would do it; this says it).
    const bool ok = Sql::exec(
            query,
            QStringLiteral("UPDATE bookmarks SET episode_guid = ?, "
                           "episode_title = (SELECT title FROM episodes WHERE id = ?), "
                           "show_title = COALESCE((SELECT s.title FROM episodes e JOIN shows s ON "
                           "s.id = e.show_id WHERE e.id = ?), show_title), episode_id = NULL "
                           "WHERE episode_id = ? OR episode_guid = ?"),
            {guid, episodeId, episodeId, episodeId, guid}, &m_error);
    // Everything the page brought hangs off the episode row with ON DELETE CASCADE; related
    // episodes of other pages that pointed here lose their link (ON DELETE SET NULL).
    if (!ok
        || !Sql::exec(query, QStringLiteral("DELETE FROM episodes WHERE id = ?"), {episodeId},
                      &m_error))
        return false;
    if (!transaction.commit()) {
        m_error = tr("Could not delete the episode: %1").arg(transaction.errorString());
        return false;
    }
    qCInfo(lcDb) << "deleted episode" << episodeId << guid;
    return true;
}
