#include "SearchIndex.h"

#include "SearchSnippet.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSearch, "citecast.search")

namespace {

// The columns every search returns, read from the hits (`hits`: rowid, kind, rank) and the rows
// they stand for: the indexed text (for the snippet), the episode, its title (or the show's),
// what inside it was found, and its span. Spans come from the rows themselves, so an edited clip
// is found with its new times. Only these few rows are read; the ranking passes read no row.
const char *const hydrateTemplate = R"(,
found AS (SELECT hits.rowid AS rowid, hits.kind AS kind, hits.rank AS rank,
    CASE WHEN hits.kind = 8 THEN hits.rowid >> 24 ELSE si.episode_id END AS episode_id,
    si.title AS title, si.body AS body, ss.spoken AS spoken
    FROM hits
    LEFT JOIN search_index si ON hits.kind <> 8 AND si.rowid = hits.rowid
    LEFT JOIN search_spoken ss ON hits.kind = 8 AND ss.rowid = hits.rowid)
SELECT h.rowid, h.kind, h.episode_id, h.title, h.body, h.spoken, h.rank,
    coalesce(e.title, s.title, b.episode_title, ''),
    CASE h.kind WHEN 4 THEN t.title WHEN 5 THEN c.title WHEN 8 THEN ts.speaker
        WHEN 9 THEN b.topic_title ELSE '' END,
    CASE h.kind WHEN 5 THEN c.start_ms WHEN 6 THEN hc.start_ms WHEN 7 THEN qc.start_ms
        WHEN 8 THEN ts.start_ms WHEN 9 THEN b.start_ms END,
    CASE h.kind WHEN 5 THEN c.end_ms WHEN 6 THEN hc.end_ms WHEN 7 THEN qc.end_ms
        WHEN 8 THEN ts.end_ms WHEN 9 THEN b.end_ms END
FROM found h
LEFT JOIN episodes e ON e.id = h.episode_id
LEFT JOIN shows s ON h.kind = 2 AND s.id = h.rowid >> 4
LEFT JOIN topics t ON h.kind = 4 AND t.id = h.rowid >> 4
LEFT JOIN clips c ON h.kind = 5 AND c.id = h.rowid >> 4
LEFT JOIN highlights hl ON h.kind = 6 AND hl.id = h.rowid >> 4
LEFT JOIN clips hc ON hc.id = hl.clip_id
LEFT JOIN questions q ON h.kind = 7 AND q.id = h.rowid >> 4
LEFT JOIN clips qc ON qc.id = q.clip_id
LEFT JOIN transcript_segments ts ON h.kind = 8 AND ts.episode_id = h.episode_id
    AND ts.position = (h.rowid >> 4) & 1048575
LEFT JOIN bookmarks b ON h.kind = 9 AND b.id = h.rowid >> 4
ORDER BY h.rank, h.rowid
)";

// The index as migration 005 creates it: written text, and transcript lines.
const char *const createTables[] = {
        "CREATE VIRTUAL TABLE search_index USING fts5(title, body, kind UNINDEXED, "
        "episode_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
        "CREATE VIRTUAL TABLE search_spoken USING fts5(spoken, episode_id UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
};

// What rebuild() runs after emptying the index: the same rows the triggers of migration 005 write.
const char *const refill[] = {
        "INSERT INTO search_index (rowid, title, body, kind, episode_id) "
        "SELECT id * 16 + 1, title, description, 1, id FROM episodes",
        "INSERT INTO search_index (rowid, title, body, kind, episode_id) "
        "SELECT id * 16 + 2, title, description, 2, NULL FROM shows",
        "INSERT INTO search_index (rowid, title, body, kind, episode_id) "
        "SELECT (episode_id * 1048576 + position) * 16 + 3, name, '', 3, episode_id "
        "FROM episode_people",
        "INSERT INTO search_index (rowid, title, body, kind, episode_id) "
        "SELECT id * 16 + 4, title, summary, 4, episode_id FROM topics",
        "INSERT INTO search_index (rowid, title, body, kind, episode_id) "
        "SELECT id * 16 + 5, title, '', 5, episode_id FROM clips "
        "WHERE title <> '' AND kind NOT IN (1, 3, 4)",
        "INSERT INTO search_index (rowid, title, body, kind, episode_id) "
        "SELECT id * 16 + 6, '', text, 6, episode_id FROM highlights",
        "INSERT INTO search_index (rowid, title, body, kind, episode_id) "
        "SELECT id * 16 + 7, '', text, 7, episode_id FROM questions",
        "INSERT INTO search_spoken (rowid, spoken, episode_id) "
        "SELECT (episode_id * 1048576 + position) * 16 + 8, text, episode_id "
        "FROM transcript_segments",
        "INSERT INTO search_index (rowid, title, body, kind, episode_id) "
        "SELECT id * 16 + 9, '', trim(note || ' ' || quote), 9, episode_id FROM bookmarks",
        "INSERT INTO search_index (search_index) VALUES ('optimize')",
        "INSERT INTO search_spoken (search_spoken) VALUES ('optimize')",
};

// How much a hit of each kind counts, times its bm25: an episode whose title has the words
// before a chapter or a transcript line that has them too.
QString kindWeightExpression()
{
    QString sql = QStringLiteral("CASE kind");
    for (const SearchKind kind : SearchKinds::all)
        sql += QStringLiteral(" WHEN %1 THEN %2")
                       .arg(static_cast<int>(kind))
                       .arg(SearchIndex::kindWeight(kind));
    return sql + QStringLiteral(" ELSE 1.0 END");
}

// What the snippet marks: the terms, or for a filter alone the name it looks for.
QVector<SearchSnippet::Pattern> snippetPatterns(const SearchQuery &query)
{
    QVector<SearchSnippet::Pattern> patterns;
    for (const SearchQuery::Term &term : query.terms()) {
        // A phrase, or a word with punctuation inside ("don't"), is matched as its words in order.
        patterns << SearchSnippet::pattern(term.text, term.prefix);
    }
    if (!query.hasTerms()) {
        const QStringList names = query.guests().isEmpty() ? query.shows() : query.guests();
        if (!names.isEmpty()) {
            for (const QString &word :
                 names.constFirst().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                patterns << SearchSnippet::pattern(word, true);
        }
    }
    return patterns;
}

QString writtenRank()
{
    return QStringLiteral("bm25(search_index, %1, %2)")
            .arg(SearchIndex::TitleWeight)
            .arg(SearchIndex::BodyWeight);
}

QString spokenRank()
{
    return QStringLiteral("bm25(search_spoken, %1)").arg(SearchIndex::SpokenWeight);
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{ }

void SearchIndex::prepareConnection(QSqlDatabase db)
{
    QSqlQuery query(db);
    const int cacheKb = qEnvironmentVariableIntValue("CITECAST_SEARCH_CACHE_KB");
    query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKb > 0 ? cacheKb : CacheKb));
}

SearchHits SearchIndex::search(const SearchQuery &query, int limit)
{
    m_error.clear();
    if (query.isEmpty() || limit <= 0)
        return {};

    // The written pass, and (for words and phrases) the spoken pass, each capped: a word said in
    // half the library is ranked over its first CandidatesPerPass rows of each, not a million.
    QString match;
    QStringList written; // conditions on search_index rows
    QVariantList writtenValues;
    QStringList spoken; // conditions on search_spoken rows (their episode is rowid >> 24)
    QVariantList spokenValues;
    bool searchSpoken = true;
    bool showFilterApplies = true;
    if (query.hasTerms()) {
        match = query.matchExpression();
    } else if (!query.guests().isEmpty()) {
        // Only filters: the guests themselves are the hits.
        match = SearchQuery::titleExpression(query.guests().constFirst());
        written << QStringLiteral("search_index.kind = 3");
        searchSpoken = false;
    } else if (!query.shows().isEmpty()) {
        match = SearchQuery::titleExpression(query.shows().constFirst());
        written << QStringLiteral("search_index.kind = 2");
        searchSpoken = false;
        showFilterApplies = false;
    } else {
        return bookmarksTagged(query, limit);
    }

    // Filters narrow by episode: the episodes are found first (a handful), then each row checked.
    QStringList episodeSets;
    QVariantList episodeSetValues;
    for (const QString &guest : query.guests()) {
        episodeSets << QStringLiteral("(SELECT episode_id FROM search_index "
                                      "WHERE search_index MATCH ? AND kind = 3)");
        episodeSetValues << SearchQuery::titleExpression(guest);
    }
    if (showFilterApplies) {
        for (const QString &show : query.shows()) {
            episodeSets << QStringLiteral("(SELECT id FROM episodes WHERE show_id IN (SELECT rowid "
                                          ">> 4 FROM search_index "
                                          "WHERE search_index MATCH ? AND kind = 2))");
            episodeSetValues << SearchQuery::titleExpression(show);
        }
    }
    for (const QString &set : std::as_const(episodeSets)) {
        written << QStringLiteral("search_index.episode_id IN ") + set;
        spoken << QStringLiteral("(search_spoken.rowid >> 24) IN ") + set;
    }
    writtenValues << episodeSetValues;
    spokenValues << episodeSetValues;
    for (const QString &tag : query.tags()) {
        written << QStringLiteral(
                "search_index.kind = 9 AND (search_index.rowid >> 4) IN (SELECT bookmark_id FROM "
                "bookmark_tags WHERE tag = ? COLLATE NOCASE)");
        writtenValues << tag;
        searchSpoken = false; // transcript lines have no tags
    }

    const auto where = [](const QStringList &conditions) {
        return conditions.isEmpty()
                ? QString()
                : QStringLiteral(" AND ") + conditions.join(QStringLiteral(" AND "));
    };
    QStringList arms;
    QVariantList values;
    arms << QStringLiteral("SELECT * FROM (SELECT rowid, rowid & 15 AS kind, %1 AS r "
                           "FROM search_index WHERE search_index MATCH ?%2 LIMIT %3)")
                    .arg(writtenRank(), where(written))
                    .arg(CandidatesPerPass);
    values << match << writtenValues;
    if (searchSpoken) {
        arms << QStringLiteral("SELECT * FROM (SELECT rowid, 8 AS kind, %1 AS r "
                               "FROM search_spoken WHERE search_spoken MATCH ?%2 LIMIT %3)")
                        .arg(spokenRank(), where(spoken))
                        .arg(CandidatesPerPass);
        values << match << spokenValues;
    }
    const QString sql
            = QStringLiteral("WITH candidates AS (%1), "
                             "hits AS (SELECT rowid, kind, r * %2 AS rank "
                             "FROM candidates ORDER BY rank, rowid LIMIT ?)")
                      .arg(arms.join(QStringLiteral(" UNION ALL ")), kindWeightExpression())
            + QString::fromLatin1(hydrateTemplate);
    values << limit;
    return run(sql, values, SearchSnippet(snippetPatterns(query)));
}

SearchHits SearchIndex::bookmarksTagged(const SearchQuery &query, int limit)
{
    QStringList conditions;
    QVariantList values;
    for (const QString &tag : query.tags()) {
        conditions << QStringLiteral(
                "b.id IN (SELECT bookmark_id FROM bookmark_tags WHERE tag = ? COLLATE NOCASE)");
        values << tag;
    }
    values << limit;
    // The bookmark's note or quote stands as its snippet; newest first.
    const QString sql = QStringLiteral("WITH hits AS (SELECT b.id * 16 + 9 AS rowid, 9 AS kind, "
                                       "b.episode_id AS episode_id, "
                                       "-b.updated_ms AS rank FROM bookmarks b WHERE ")
            + conditions.join(QStringLiteral(" AND "))
            + QStringLiteral(" ORDER BY b.updated_ms DESC LIMIT ?)")
            + QString::fromLatin1(hydrateTemplate);
    return run(sql, values, SearchSnippet({}));
}

SearchHits SearchIndex::run(const QString &sql, const QVariantList &values,
                            const SearchSnippet &snippets)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        qCWarning(lcSearch) << "cannot prepare search:" << m_error;
        return {};
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(lcSearch) << "search failed:" << m_error;
        return {};
    }
    SearchHits hits;
    while (query.next()) {
        const std::optional<SearchKind> kind = SearchKinds::fromValue(query.value(1).toInt());
        if (!kind)
            continue;
        SearchHit hit;
        hit.kind = *kind;
        const qint64 rowid = query.value(0).toLongLong();
        hit.sourceId = (*kind == SearchKind::Guest || *kind == SearchKind::Transcript)
                ? ((rowid >> 4) & 1048575)
                : rowid >> 4;
        hit.episodeId = query.value(2).isNull() ? -1 : query.value(2).toLongLong();
        // The written text when a match is there, else what was said, else the title.
        const QString title = query.value(3).toString();
        for (const QString &text : {query.value(4).toString(), query.value(5).toString(), title}) {
            if (text.isEmpty())
                continue;
            const QString snippet = snippets.snippet(text);
            if (hit.snippet.isEmpty() || snippet.contains(SearchHit::MatchStart)) {
                hit.snippet = snippet;
                if (snippet.contains(SearchHit::MatchStart))
                    break;
            }
        }
        hit.rank = query.value(6).toDouble();
        hit.title = query.value(7).toString();
        hit.detail = query.value(8).toString();
        if (!query.value(9).isNull() && !query.value(10).isNull()) {
            hit.startMs = query.value(9).toLongLong();
            hit.endMs = query.value(10).toLongLong();
        }
        hits << hit;
    }
    return hits;
}

bool SearchIndex::rebuild()
{
    m_error.clear();
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return false;
    }
    QSqlQuery query(m_db);
    // Dropping the table is much faster than deleting a million rows, and also recovers an index
    // whose own tables are damaged. The triggers name it only in their bodies, so they stay.
    if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS search_index"))
        || !query.exec(QStringLiteral("DROP TABLE IF EXISTS search_spoken"))) {
        m_error = query.lastError().text();
        return false;
    }
    for (const char *statement : createTables) {
        if (!query.exec(QString::fromLatin1(statement))) {
            m_error = query.lastError().text();
            return false;
        }
    }
    for (const char *statement : refill) {
        if (!query.exec(QString::fromLatin1(statement))) {
            m_error = query.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

qint64 SearchIndex::rowCount()
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT (SELECT count(*) FROM search_index) + (SELECT count(*) "
                                  "FROM search_spoken)"))
        && query.next())
        return query.value(0).toLongLong();
    return -1;
}

double SearchIndex::kindWeight(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Episode:
        return 2.0;
    case SearchKind::Show:
    case SearchKind::Guest:
    case SearchKind::Bookmark:
        return 1.6;
    case SearchKind::Topic:
        return 1.5;
    case SearchKind::Highlight:
    case SearchKind::Question:
        return 1.3;
    case SearchKind::Clip:
        return 1.2;
    case SearchKind::Transcript:
        return 1.0;
    }
    return 1.0;
}
