// Opening libraries: migrations from an empty file, pragmas, and libraries this build must refuse.
#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "support/TestLibrary.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString pragma(Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QString();
    return query.value(0).toString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        Database database(QStringLiteral("test"));
        QVERIFY2(database.open(dir.filePath(QStringLiteral("sub/folder/library.sqlite"))),
                 qPrintable(database.errorString()));
        QVERIFY(Database::latestVersion() >= 1);
        QCOMPARE(database.schemaVersion(), Database::latestVersion());
        QCOMPARE(pragma(database, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(database, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QSqlQuery query(database.connection());
        for (const char *table : {"shows", "episodes", "topics", "clips", "citations", "highlights",
                                  "questions", "related_episodes", "episode_people"}) {
            QVERIFY2(
                    query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                    table);
        }
        QCOMPARE(pragma(database, QStringLiteral("integrity_check")), QStringLiteral("ok"));
    }

    void reopeningKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            Database database(QStringLiteral("first"));
            QVERIFY(database.open(path));
            QSqlQuery query(database.connection());
            QVERIFY(query.exec(
                    QStringLiteral("INSERT INTO episodes (guid, title) VALUES ('g', 't')")));
        }
        Database again(QStringLiteral("second"));
        QVERIFY(again.open(path));
        QSqlQuery query(again.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT title FROM episodes WHERE guid = 'g'"))
                && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("t"));
    }

    void foreignKeysCascade()
    {
        TestLibrary library;
        QSqlQuery query(library.connection());
        QVERIFY(query.exec(
                QStringLiteral("INSERT INTO episodes (id, guid, title) VALUES (1, 'g', 't')")));
        QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO topics (episode_id, position, title) VALUES (1, 0, 'x')")));
        QVERIFY(!query.exec(QStringLiteral(
                "INSERT INTO topics (episode_id, position, title) VALUES (42, 0, 'x')")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM episodes WHERE id = 1")));
        QCOMPARE(library.count(QStringLiteral("topics")), 0);
    }

    void refusesANewerLibraryAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE future_things (x)")));
            QVERIFY(query.exec(
                    QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("maker"));
        const QByteArray before = readFile(path);
        QVERIFY(!before.isEmpty());

        Database database(QStringLiteral("test"));
        QVERIFY(!database.open(path));
        QVERIFY2(database.errorString().contains(QStringLiteral("newer version of Citecast")),
                 qPrintable(database.errorString()));
        QVERIFY(database.errorString().contains(QStringLiteral("left untouched")));
        QVERIFY(!database.isOpen());
        QCOMPARE(readFile(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAFileThatIsNotALibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Database database(QStringLiteral("test"));
        QVERIFY(!database.open(path));
        QVERIFY2(database.errorString().contains(QStringLiteral("not a Citecast library")),
                 qPrintable(database.errorString()));
        QCOMPARE(readFile(path), QByteArray(4096, 'x'));
    }

    void upgradesTheFrozenSchema1Library()
    {
        // A library written by schema 1, kept as released: every later migration must open it.
        const QString frozen = TestPaths::data(QStringLiteral("libraries/schema-1.sqlite"));
        QVERIFY(QFile::exists(frozen));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(frozen, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database database(QStringLiteral("test"));
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), Database::latestVersion());
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM citations")) && query.next());
        QCOMPARE(query.value(0).toInt(), 7);
        QCOMPARE(pragma(database, QStringLiteral("integrity_check")), QStringLiteral("ok"));
    }

    void opensTheFrozenSchema5Library()
    {
        // Schema 5 as released (feeds and search; tests/data/libraries/README.md): every later
        // migration must keep its episodes, transcript, bookmark, subscription and search index.
        const QString frozen = TestPaths::data(QStringLiteral("libraries/schema-5.sqlite"));
        QVERIFY(QFile::exists(frozen));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(frozen, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Database database(QStringLiteral("test"));
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), Database::latestVersion());
        QSqlQuery query(database.connection());
        const auto count = [&query](const char *sql) {
            return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toInt()
                                                                        : -1;
        };
        QCOMPARE(count("SELECT count(*) FROM episodes"), 12);
        QCOMPARE(count("SELECT count(*) FROM clips WHERE kind IN (5, 6)"), 7);
        QCOMPARE(count("SELECT count(*) FROM transcript_segments"), 16);
        QCOMPARE(count("SELECT count(*) FROM subscriptions"), 1);
        QCOMPARE(count("SELECT count(*) FROM bookmarks WHERE note = 'Frozen with schema 5'"), 1);
        // The full-text index came along and still finds the bookmark's note.
        QCOMPARE(count("SELECT count(*) FROM search_index WHERE search_index MATCH 'frozen'"), 1);
        QCOMPARE(pragma(database, QStringLiteral("integrity_check")), QStringLiteral("ok"));
    }

    void upgradesTheFrozenSchema3LibraryToFeeds()
    {
        // Schema 3 as released: the sample episode and one bookmark on it, written by that build's
        // `citecast import --sample` and `bookmarks add` (tests/data/libraries/README.md).
        const QString frozen = TestPaths::data(QStringLiteral("libraries/schema-3.sqlite"));
        QVERIFY(QFile::exists(frozen));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(frozen, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSqlDatabase raw
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), 3);
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        Database database(QStringLiteral("test"));
        QVERIFY2(database.open(path), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), Database::latestVersion());
        QVERIFY(database.schemaVersion() >= 4);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral(
                        "SELECT id, title, feed_guid, episode_type, enclosure_length FROM episodes "
                        "WHERE guid = 'citecast-sample-ep11'"))
                && query.next());
        const qint64 episodeId = query.value(0).toLongLong();
        QVERIFY(query.value(1).toString().startsWith(QLatin1String("Stanford Professor")));
        QCOMPARE(query.value(2).toString(), QString()); // not from a feed
        QCOMPARE(query.value(3).toInt(), 0);            // a full episode
        QVERIFY(query.value(4).isNull());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM episodes")) && query.next());
        QCOMPARE(query.value(0).toInt(), 10);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM clips")) && query.next());
        QCOMPARE(query.value(0).toInt(), 18);
        QVERIFY(query.exec(QStringLiteral(
                        "SELECT episode_guid, episode_id, start_ms, end_ms, note FROM bookmarks"))
                && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("citecast-sample-ep11"));
        QCOMPARE(query.value(1).toLongLong(), episodeId);
        QCOMPARE(query.value(2).toLongLong(), 12500);
        QCOMPARE(query.value(3).toLongLong(), 19250);
        QCOMPARE(query.value(4).toString(), QStringLiteral("Frozen with schema 3"));
        QVERIFY(!query.next());
        QVERIFY(query.exec(QStringLiteral("SELECT tag FROM bookmark_tags")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("frozen"));
        // The guests are still guests (episode_people gained columns, not a new meaning).
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM episode_people WHERE "
                                          "episode_id = %1 AND role = 'guest' AND href = ''")
                                   .arg(episodeId))
                && query.next());
        QVERIFY(query.value(0).toInt() > 0);
        for (const char *table : {"show_people", "chapter_links", "transcripts",
                                  "transcript_segments", "subscriptions"}) {
            QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                             && query.next(),
                     table);
            QCOMPARE(query.value(0).toInt(), 0);
        }
        QCOMPARE(pragma(database, QStringLiteral("integrity_check")), QStringLiteral("ok"));
        QCOMPARE(pragma(database, QStringLiteral("foreign_key_check")), QString());
    }

    void splitsScripts()
    {
        const QStringList statements = SqlScript::split(
                QStringLiteral("-- a comment\n"
                               "CREATE TABLE a (x TEXT DEFAULT '--not a comment;');\n"
                               "\n"
                               "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                               "  INSERT INTO a VALUES ('y');\n"
                               "END;\n"
                               "CREATE INDEX i ON a (x); -- trailing\n"));
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statements.at(0),
                 QStringLiteral("CREATE TABLE a (x TEXT DEFAULT '--not a comment;');"));
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
        QCOMPARE(statements.at(2), QStringLiteral("CREATE INDEX i ON a (x);"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
