#pragma once

#include "domain/Episode.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// Finds the library episode a feed item already is, so that re-imports update in place: within
// the show by the feed's guid, else by an enclosure URL no other item has (feeds whose guids
// change when they move) when the stored episode's guid is no longer in the feed, else anywhere
// by guid when that episode came from a page or pack rather than another feed. Items of another
// feed that happen to share a guid ("1", "2"...) get a guid of their own, stable across imports.
class LibraryEpisodeMatcher
{
public:
    // What the library holds for a matched item.
    struct Stored
    {
        qint64 id = 0;
        QString guid; // the library's identity: keep it
        QString chaptersUrl;
        QString transcriptUrl;
        Episode episode; // number, duration, date... for values the feed leaves unknown
    };

    explicit LibraryEpisodeMatcher(QSqlDatabase db);

    // Loads the episodes of `showId` (0: a show not stored yet); `feedGuids` are the guids of
    // every item of the feed being written. False with errorString().
    bool load(qint64 showId, const QSet<QString> &feedGuids = {});
    // The stored episode for an item, claimed so no other item of the feed takes it; or one with
    // id 0 and the guid a new episode should get. `enclosureIsUnique`: no other item has it.
    Stored match(const QString &feedGuid, const QString &enclosureUrl, bool enclosureIsUnique);
    QString errorString() const { return m_error; }

private:
    Stored byGuidAnywhere(const QString &feedGuid);

    QSqlDatabase m_db;
    qint64 m_showId = 0;
    QString m_showKey;
    QVector<Stored> m_stored;
    QHash<QString, int> m_byFeedGuid;
    QHash<QString, int> m_byEnclosure;
    QSet<qint64> m_claimed;
    QSet<QString> m_feedGuids;
    QString m_error;
};
