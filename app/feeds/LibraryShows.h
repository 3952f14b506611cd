#pragma once

#include "Feed.h"

#include <QSqlDatabase>
#include <QString>

// Finds the show a feed describes and keeps its row up to date (title, author, links, artwork,
// description, language, hosts), touching nothing that did not change.
class LibraryShows
{
public:
    explicit LibraryShows(QSqlDatabase db);

    // The show: `preferredId` (a subscription's) when it exists, else the one read from the same
    // `feedUrl`, else the one with the same podcast:guid, else the show of an episode this feed
    // wrote before (same guid and enclosure URL: a show renamed between two file imports), else
    // the one with the same title; 0 when there is none yet.
    qint64 find(const Feed &feed, const QString &feedUrl, qint64 preferredId);
    // Inserts the show (existingId 0) or updates it; returns its id, 0 with errorString() set.
    // An empty `feedUrl` (a feed read from a file) keeps the address stored.
    qint64 write(const FeedShow &show, const QString &feedUrl, qint64 existingId);
    // The title stored for `showId` (a feed's new title may be refused when another show has it).
    QString title(qint64 showId);
    QString errorString() const { return m_error; }

private:
    bool writePeople(qint64 showId, const QVector<FeedPerson> &persons);

    QSqlDatabase m_db;
    QString m_error;
};
