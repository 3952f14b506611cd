#pragma once

#include "BookmarkStore.h"

#include "import/ImportError.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// Imports a bookmarks JSON export (BookmarkJson) into the library: the whole file in one
// transaction or nothing of it, and bookmarks already there (same uid) are not added again —
// a newer copy in the file replaces the library's, an older one is left out.
class BookmarkImporter
{
    Q_DECLARE_TR_FUNCTIONS(BookmarkImporter)

public:
    struct Result
    {
        bool ok = false;
        BookmarkStore::ImportCounts counts;
        std::optional<ImportError> error; // located (file, line, column, JSON path) when it can be
    };

    explicit BookmarkImporter(BookmarkStore &store);

    Result importFile(const QString &path);
    // `displayName` names the data in errors.
    Result importData(const QByteArray &json, const QString &displayName);

private:
    BookmarkStore &m_store;
};
