#pragma once

#include "Feed.h"
#include "FeedAttachments.h"
#include "FeedLibraryWriter.h"

#include "import/Importer.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

// Imports a podcast feed saved as a file: parses it, reads what it names that is also on this
// computer (chapters files and transcripts given as relative or file:// URLs, chapters inside
// local audio files), and writes the show and every episode in one transaction — the whole feed
// or nothing. A file import never goes on the network; subscriptions fetch the rest.
class FeedImport
{
    Q_DECLARE_TR_FUNCTIONS(FeedImport)

public:
    explicit FeedImport(Database &database);

    // `path` locates the file (relative links resolve against its folder); `displayName` names
    // it in errors.
    ImportResult importFeed(const QByteArray &bytes, const QString &displayName,
                            const QString &path);

    // Parses, writes and commits, recording `sourcePath` on the episodes. Shared with the
    // subscriptions' refresh, which brings the attachments it fetched.
    static bool writeFeed(Database &database, const Feed &feed, const FeedAttachments &attachments,
                          const FeedLibraryWriter::Source &source, QVector<qint64> *episodeIds,
                          QString *error);
    // What can be read without the network for `feed`'s items: file:// chapters files and
    // transcripts, and chapters inside local audio files (only for items that have no others).
    static FeedAttachments readLocalAttachments(const Feed &feed);

    // Test-only: CITECAST_TEST_PAUSE_IN_FEED_IMPORT_MS=N makes a feed import stop for N ms inside
    // its transaction, half-way through the items, after printing a line to standard error, so
    // a test can kill the process there and check that nothing of the feed was kept.
    static void pauseForTestsIfAsked(int written, int total);

private:
    Database &m_database;
};
