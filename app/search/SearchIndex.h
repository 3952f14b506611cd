#pragma once

#include "SearchHit.h"
#include "SearchQuery.h"

#include <QLoggingCategory>

class SearchSnippet;
#include <QSqlDatabase>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcSearch)

// Finds things in the library's full-text index (search_index, migration 005), best first, and
// rebuilds that index from the library's tables. Triggers keep the index in step with every
// write; rebuild() is for recovery (`citecast search --rebuild`).
class SearchIndex
{
public:
    // Column weights of the rank: a word in a title counts most, one in a transcript least.
    static constexpr double TitleWeight = 10.0;
    static constexpr double BodyWeight = 4.0;
    static constexpr double SpokenWeight = 1.0;
    // Rows of written and of spoken text ranked per search: a word found in more rows is ranked
    // over the first ones in index order (older episodes first), which keeps every search fast.
    static constexpr int CandidatesPerPass = 1000;
    // The page cache of a searching connection, in KiB.
    static constexpr int CacheKb = 32 * 1024;
    // How much a hit of each kind counts (multiplies its bm25).
    static double kindWeight(SearchKind kind);

    explicit SearchIndex(QSqlDatabase db);
    // Gives a connection that searches (the worker's, the CLI's) a page cache big enough for the
    // index, so a search reads its pages from memory rather than asking the kernel for each.
    static void prepareConnection(QSqlDatabase db);

    // At most `limit` hits, best first. Never fails on what the user typed; an empty list with
    // errorString() set means the library could not be read.
    SearchHits search(const SearchQuery &query, int limit);
    SearchHits search(const QString &text, int limit)
    {
        return search(SearchQuery::parse(text), limit);
    }

    // Empties the index and fills it again from the library, in one transaction.
    bool rebuild();
    // How many rows the index holds.
    qint64 rowCount();
    QString errorString() const { return m_error; }

private:
    SearchHits run(const QString &sql, const QVariantList &values, const SearchSnippet &snippets);
    SearchHits bookmarksTagged(const SearchQuery &query, int limit);

    QSqlDatabase m_db;
    QString m_error;
};
