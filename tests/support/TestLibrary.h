#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A fresh, migrated library in a temporary folder, removed when the test ends.
class TestLibrary
{
public:
    TestLibrary();
    bool isValid() const { return m_database && m_database->isOpen(); }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    Database &database() { return *m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    // Number of rows in `table`.
    int count(const QString &table) const;
    // Every row of every table as text, in a stable order: compares library contents.
    QString dump() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
};

// Paths of files the tests read.
namespace TestPaths {
QString data(const QString &relative);   // tests/data/...
QString source(const QString &relative); // the source tree
QString citecastBinary();
} // namespace TestPaths
