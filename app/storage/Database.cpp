#include "Database.h"

#include "SqlScript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

Q_LOGGING_CATEGORY(lcDb, "citecast.db")

namespace {

// The migration files in :/migrations by version: "001_initial.sql" is version 1.
QMap<int, QString> migrationFiles()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    QMap<int, QString> files;
    const QStringList entries = QDir(QStringLiteral(":/migrations")).entryList(QDir::Files);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = name.match(entry);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), QStringLiteral(":/migrations/") + entry);
    }
    return files;
}

bool applyPragmas(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

int Database::latestVersion()
{
    // Versions are consecutive from 1; a gap ends the sequence (and fails the migration test).
    const QMap<int, QString> files = migrationFiles();
    int version = 0;
    while (files.contains(version + 1))
        ++version;
    return version;
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/citecast/library.sqlite");
}

Database::Database(QString connectionOwner)
{
    m_connectionName = connectionOwner + QStringLiteral("@")
            + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16)
            + QStringLiteral("#") + QString::number(reinterpret_cast<quintptr>(this), 16);
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    if (!openAndMigrate()) {
        close();
        return false;
    }
    return true;
}

bool Database::openAndMigrate()
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile()) {
        m_error = tr("%1 is not a file.").arg(m_path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = tr("Cannot open the library %1: %2").arg(m_path, db.lastError().text());
        return false;
    }

    // Read the version before changing anything (even the journal mode writes to the file).
    int version = 0;
    if (!readUserVersion(&version))
        return false;
    if (version > latestVersion()) {
        m_error = tr("The library %1 was written by a newer version of Citecast (schema %2; "
                     "this version understands up to %3). It was left untouched; "
                     "please update Citecast to open it.")
                          .arg(m_path)
                          .arg(version)
                          .arg(latestVersion());
        return false;
    }

    QString pragmaError;
    if (!applyPragmas(db, &pragmaError)) {
        m_error = tr("Cannot prepare the library %1: %2").arg(m_path, pragmaError);
        return false;
    }
    return migrate(version);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::readUserVersion(int *version)
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        // A file that is not SQLite fails here ("file is not a database").
        m_error = tr("%1 is not a Citecast library: %2").arg(m_path, query.lastError().text());
        return false;
    }
    *version = query.value(0).toInt();
    return true;
}

bool Database::migrate(int fromVersion)
{
    const int target = latestVersion();
    const QMap<int, QString> files = migrationFiles();
    for (int version = fromVersion + 1; version <= target; ++version) {
        QFile file(files.value(version));
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = tr("Migration %1 is missing from this build.").arg(version);
            return false;
        }
        if (!runMigration(version, QString::fromUtf8(file.readAll())))
            return false;
        qCInfo(lcDb) << "migrated" << m_path << "to schema" << version;
    }
    return true;
}

bool Database::runMigration(int version, const QString &sql)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = tr("Cannot upgrade the library %1 (is another program writing it?): %2")
                          .arg(m_path, query.lastError().text());
        return false;
    }
    const QStringList statements = SqlScript::split(sql);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_error = tr("Upgrading the library to schema %1 failed: %2\n%3")
                              .arg(version)
                              .arg(query.lastError().text(), statement);
            query.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))
        || !query.exec(QStringLiteral("COMMIT"))) {
        m_error = tr("Upgrading the library to schema %1 failed: %2")
                          .arg(version)
                          .arg(query.lastError().text());
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

QSqlDatabase Database::openConnectionForThread(const QString &path, const QString &owner)
{
    const QString name = owner + QStringLiteral("@")
            + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    QSqlDatabase db = QSqlDatabase::contains(name)
            ? QSqlDatabase::database(name, false)
            : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (db.open()) {
        QString error;
        applyPragmas(db, &error);
    }
    return db;
}
