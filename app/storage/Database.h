#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

// Opens one SQLite library file, refuses one written by a newer Citecast, and migrates it.
// Owns one named Qt Sql connection; each thread that touches the library opens its own.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The schema version this build writes; migrations 1..latestVersion() live in :/migrations.
    static int latestVersion();
    // `$XDG_DATA_HOME/citecast/library.sqlite` (or the platform's equivalent).
    static QString defaultPath();

    explicit Database(QString connectionOwner);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. On failure errorString() says why in plain words;
    // a library newer than this build is left exactly as it was.
    bool open(const QString &path);
    void close();

    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // A fresh connection to the same file for another thread, named after `owner` and the thread.
    static QSqlDatabase openConnectionForThread(const QString &path, const QString &owner);

private:
    bool openAndMigrate();
    bool readUserVersion(int *version);
    bool migrate(int fromVersion);
    bool runMigration(int version, const QString &sql);

    QString m_connectionName;
    QString m_path;
    QString m_error;
};
