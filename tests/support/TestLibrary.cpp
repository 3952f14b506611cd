#include "TestLibrary.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

TestLibrary::TestLibrary()
    : m_path(m_dir.filePath(QStringLiteral("library.sqlite")))
    , m_database(std::make_unique<Database>(QStringLiteral("test")))
{
    if (!m_database->open(m_path))
        qWarning("TestLibrary: %s", qPrintable(m_database->errorString()));
}

int TestLibrary::count(const QString &table) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString TestLibrary::dump() const
{
    QStringList lines;
    QSqlQuery tables(connection());
    tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            // The search index's own tables hold its internal b-tree, which depends on history.
            "AND name NOT LIKE 'search_index_%' AND name NOT LIKE 'search_spoken_%' ORDER BY "
            "name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : names) {
        QSqlQuery rows(connection());
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(name));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << rows.value(i).toString();
            lines << name + QLatin1Char('|') + values.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

namespace TestPaths {

QString data(const QString &relative)
{
    return QStringLiteral(CITECAST_TEST_DATA "/") + relative;
}

QString source(const QString &relative)
{
    return QStringLiteral(CITECAST_SOURCE_DIR "/") + relative;
}

QString citecastBinary()
{
    return QStringLiteral(CITECAST_BINARY);
}

} // namespace TestPaths
