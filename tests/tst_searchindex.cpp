// SearchIndex: ranking, filters, diacritics, phrases and prefixes over a small library, and the
// index following every insert, update and delete (the triggers of migration 005) and a rebuild.
#include "search/SearchIndex.h"
#include "support/TestLibrary.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsEveryKind_data();
    void findsEveryKind();
    void titlesRankAboveTranscripts();
    void diacriticsAreFolded();
    void phraseMatchesExactly();
    void prefixMatches();
    void snippetMarksMatches();
    void guestFilter();
    void showFilter();
    void tagFilter();
    void filterOnly();
    void limit();
    void followsEpisodeUpdateAndDelete();
    void followsTranscriptChanges();
    void followsBookmarkChanges();
    void spanFollowsClipEdits();
    void rebuildMatchesTriggers();
    void hostileInputNeverFails_data();
    void hostileInputNeverFails();

private:
    void exec(const QString &sql);
    QStringList kindsFound(const QString &text);
    SearchHits search(const QString &text, int limit = 50);

    std::unique_ptr<TestLibrary> m_library;
};

void TestSearchIndex::exec(const QString &sql)
{
    QSqlQuery query(m_library->connection());
    QVERIFY2(query.exec(sql), qPrintable(query.lastError().text() + QStringLiteral(": ") + sql));
}

SearchHits TestSearchIndex::search(const QString &text, int limit)
{
    SearchIndex index(m_library->connection());
    const SearchHits hits = index.search(text, limit);
    if (!index.errorString().isEmpty())
        qWarning() << "search failed:" << index.errorString();
    return hits;
}

QStringList TestSearchIndex::kindsFound(const QString &text)
{
    QStringList kinds;
    for (const SearchHit &hit : search(text))
        kinds << SearchKinds::name(hit.kind);
    return kinds;
}

void TestSearchIndex::init()
{
    m_library = std::make_unique<TestLibrary>();
    QVERIFY(m_library->isValid());
    // Two shows, three episodes; each kind of row carries one word no other row has.
    exec(QStringLiteral("INSERT INTO shows (id, title, description) VALUES "
                        "(1, 'Engines of History', 'machines and the people who made them'), "
                        "(2, 'Kitchen Radio', 'recipes from the caf\u00e9 down the road')"));
    exec(QStringLiteral(
            "INSERT INTO episodes (id, guid, show_id, title, description) VALUES "
            "(1, 'g1', 1, 'The Analytical Engine', 'Babbage designs a mechanical computer'), "
            "(2, 'g2', 1, 'Looms and Punched Cards', 'weaving patterns with jacquard cards'), "
            "(3, 'g3', 2, 'Cr\u00e8me Br\u00fbl\u00e9e at Midnight', 'a dessert story')"));
    exec(QStringLiteral(
            "INSERT INTO episode_people (episode_id, position, name) VALUES "
            "(1, 0, 'Ada Lovelace'), (2, 0, 'Joseph Jacquard'), (3, 0, 'Jos\u00e9 Andr\u00e9s')"));
    exec(QStringLiteral("INSERT INTO topics (id, episode_id, position, title, summary) VALUES "
                        "(1, 1, 0, 'Difference engines', 'tables computed by gears and zebras'), "
                        "(2, 2, 0, 'Punch cards', 'binary patterns in pasteboard')"));
    exec(QStringLiteral(
            "INSERT INTO clips (id, episode_id, clip_key, kind, title, start_ms, end_ms) "
            "VALUES (1, 1, 'chapter:0', 5, 'Opening of the vaults', 0, 60000), "
            "(2, 1, 'highlight:0', 3, 'not indexed itself', 61000, 65000), "
            "(3, 1, 'question:0', 4, '', 70000, 75000), "
            "(4, 1, 'citation:1', 1, 'citation title', 80000, 81000)"));
    exec(QStringLiteral("INSERT INTO highlights (id, episode_id, position, text, clip_id) VALUES "
                        "(1, 1, 0, 'poetical science is a quokka idea', 2)"));
    exec(QStringLiteral("INSERT INTO questions (id, episode_id, position, text, clip_id) VALUES "
                        "(1, 1, 0, 'could a narwhal compute?', 3)"));
    exec(QStringLiteral("INSERT INTO transcripts (episode_id, source_url, format) VALUES "
                        "(1, 'file:///t.vtt', 'vtt'), (2, 'file:///u.vtt', 'vtt')"));
    exec(QStringLiteral(
            "INSERT INTO transcript_segments (episode_id, position, start_ms, end_ms, speaker, "
            "text) VALUES (1, 0, 1000, 4000, 'Host', 'welcome to the show about engines'), "
            "(1, 1, 4000, 9000, 'Ada', 'the analytical engine weaves algebraic patterns'), "
            "(2, 0, 0, 3000, '', 'a loom speaks of the axolotl')"));
    exec(QStringLiteral(
            "INSERT INTO bookmarks (id, uid, kind, episode_guid, episode_id, episode_title, "
            "start_ms, end_ms, quote, note, created_ms, updated_ms) VALUES "
            "(1, 'u1', 5, 'g1', 1, 'The Analytical Engine', 4000, 9000, 'algebraic patterns', "
            "'remember the pangolin', 1, 1), "
            "(2, 'u2', 4, 'g2', 2, 'Looms and Punched Cards', NULL, NULL, '', 'okapi loom', 2, "
            "2)"));
    exec(QStringLiteral("INSERT INTO bookmark_tags (bookmark_id, position, tag) VALUES "
                        "(1, 0, 'Todo'), (2, 0, 'later')"));
}

void TestSearchIndex::cleanup()
{
    m_library.reset();
}

void TestSearchIndex::findsEveryKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("episodeId");
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    QTest::newRow("episode title") << "punched"
                                   << "episode" << 2LL << "Looms and Punched Cards" << -1LL << -1LL;
    QTest::newRow("episode description")
            << "jacquard cards"
            << "episode" << 2LL << "Looms and Punched Cards" << -1LL << -1LL;
    QTest::newRow("show") << "kitchen"
                          << "show" << -1LL << "Kitchen Radio" << -1LL << -1LL;
    QTest::newRow("guest") << "lovelace"
                           << "guest" << 1LL << "The Analytical Engine" << -1LL << -1LL;
    QTest::newRow("topic summary") << "zebras"
                                   << "topic" << 1LL << "The Analytical Engine" << -1LL << -1LL;
    QTest::newRow("chapter") << "vaults"
                             << "clip" << 1LL << "The Analytical Engine" << 0LL << 60000LL;
    QTest::newRow("highlight") << "quokka"
                               << "highlight" << 1LL << "The Analytical Engine" << 61000LL
                               << 65000LL;
    QTest::newRow("question") << "narwhal"
                              << "question" << 1LL << "The Analytical Engine" << 70000LL << 75000LL;
    QTest::newRow("transcript") << "axolotl"
                                << "transcript" << 2LL << "Looms and Punched Cards" << 0LL
                                << 3000LL;
    QTest::newRow("bookmark note")
            << "pangolin"
            << "bookmark" << 1LL << "The Analytical Engine" << 4000LL << 9000LL;
    QTest::newRow("bookmark without span")
            << "okapi"
            << "bookmark" << 2LL << "Looms and Punched Cards" << -1LL << -1LL;
}

void TestSearchIndex::findsEveryKind()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(qint64, episodeId);
    QFETCH(QString, title);
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    const SearchHits hits = search(text);
    QCOMPARE(hits.size(), 1);
    const SearchHit &hit = hits.constFirst();
    QCOMPARE(SearchKinds::name(hit.kind), kind);
    QCOMPARE(hit.episodeId, episodeId);
    QCOMPARE(hit.title, title);
    QCOMPARE(hit.startMs, startMs);
    QCOMPARE(hit.endMs, endMs);
    QVERIFY(hit.snippet.contains(SearchHit::MatchStart));
}

void TestSearchIndex::titlesRankAboveTranscripts()
{
    // "engine" is in an episode title, a topic title, a transcript line and more: the title first.
    const SearchHits hits = search(QStringLiteral("engine"));
    QVERIFY(hits.size() >= 4);
    QCOMPARE(hits.constFirst().kind, SearchKind::Episode);
    const auto transcript = std::find_if(hits.cbegin(), hits.cend(), [](const SearchHit &hit) {
        return hit.kind == SearchKind::Transcript;
    });
    QVERIFY(transcript != hits.cend());
    QVERIFY(transcript - hits.cbegin() > 0);
    for (int i = 1; i < hits.size(); ++i)
        QVERIFY(hits.at(i - 1).rank <= hits.at(i).rank);
}

void TestSearchIndex::diacriticsAreFolded()
{
    QCOMPARE(kindsFound(QStringLiteral("cafe")), QStringList {QStringLiteral("show")});
    QCOMPARE(kindsFound(QStringLiteral("creme brulee")), QStringList {QStringLiteral("episode")});
    QCOMPARE(kindsFound(QStringLiteral("jos\u00e9 andres")), QStringList {QStringLiteral("guest")});
    QCOMPARE(kindsFound(QStringLiteral("CR\u00c8ME")), QStringList {QStringLiteral("episode")});
}

void TestSearchIndex::phraseMatchesExactly()
{
    QCOMPARE(kindsFound(QStringLiteral("\"algebraic patterns\"")).size(),
             2); // transcript, bookmark
    QVERIFY(kindsFound(QStringLiteral("\"patterns algebraic\"")).isEmpty());
    // Words without quotes match in any order.
    QCOMPARE(kindsFound(QStringLiteral("patterns algebraic")).size(), 2);
}

void TestSearchIndex::prefixMatches()
{
    QCOMPARE(kindsFound(QStringLiteral("narw")), QStringList {QStringLiteral("question")});
    QCOMPARE(kindsFound(QStringLiteral("poet sci")), QStringList {QStringLiteral("highlight")});
}

void TestSearchIndex::snippetMarksMatches()
{
    const SearchHits hits = search(QStringLiteral("axolotl"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().markedSnippet(QStringLiteral("["), QStringLiteral("]")),
             QStringLiteral("a loom speaks of the [axolotl]"));
    QCOMPARE(hits.constFirst().snippetHtml(),
             QStringLiteral("a loom speaks of the <b>axolotl</b>"));
}

void TestSearchIndex::guestFilter()
{
    // "cards" is said in episode 2 (Jacquard) only; "engine" with guest:ada only in episode 1.
    for (const SearchHit &hit : search(QStringLiteral("engine guest:ada")))
        QCOMPARE(hit.episodeId, 1);
    QVERIFY(!search(QStringLiteral("engine guest:ada")).isEmpty());
    QVERIFY(search(QStringLiteral("cards guest:\"ada lovelace\"")).isEmpty());
    QVERIFY(!search(QStringLiteral("cards guest:jacq")).isEmpty());
}

void TestSearchIndex::showFilter()
{
    QVERIFY(!search(QStringLiteral("dessert show:kitchen")).isEmpty());
    QVERIFY(search(QStringLiteral("dessert show:engines")).isEmpty());
    for (const SearchHit &hit : search(QStringLiteral("the show:\"engines of\"")))
        QVERIFY(hit.episodeId == 1 || hit.episodeId == 2);
}

void TestSearchIndex::tagFilter()
{
    const SearchHits hits = search(QStringLiteral("algebraic tag:todo"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().kind, SearchKind::Bookmark);
    QCOMPARE(hits.constFirst().sourceId, 1);
    QVERIFY(search(QStringLiteral("algebraic tag:later")).isEmpty());
}

void TestSearchIndex::filterOnly()
{
    const SearchHits guests = search(QStringLiteral("guest:andres"));
    QCOMPARE(guests.size(), 1);
    QCOMPARE(guests.constFirst().kind, SearchKind::Guest);
    QCOMPARE(guests.constFirst().episodeId, 3);
    const SearchHits tagged = search(QStringLiteral("tag:LATER"));
    QCOMPARE(tagged.size(), 1);
    QCOMPARE(tagged.constFirst().sourceId, 2);
    QCOMPARE(tagged.constFirst().plainSnippet(), QStringLiteral("okapi loom"));
    const SearchHits shows = search(QStringLiteral("show:radio"));
    QCOMPARE(shows.size(), 1);
    QCOMPARE(shows.constFirst().title, QStringLiteral("Kitchen Radio"));
}

void TestSearchIndex::limit()
{
    QVERIFY(search(QStringLiteral("the"), 50).size() > 3);
    QCOMPARE(search(QStringLiteral("the"), 3).size(), 3);
    QVERIFY(search(QStringLiteral("the"), 0).isEmpty());
}

void TestSearchIndex::followsEpisodeUpdateAndDelete()
{
    exec(QStringLiteral("UPDATE episodes SET title = 'The Difference Machine' WHERE id = 1"));
    QVERIFY(kindsFound(QStringLiteral("analytical")).contains(QStringLiteral("transcript")));
    QVERIFY(!kindsFound(QStringLiteral("analytical")).contains(QStringLiteral("episode")));
    QCOMPARE(kindsFound(QStringLiteral("difference machine")),
             QStringList {QStringLiteral("episode")});
    // Deleting an episode takes everything of it out of the index (foreign keys cascade).
    exec(QStringLiteral("DELETE FROM episodes WHERE id = 1"));
    QVERIFY(search(QStringLiteral("zebras")).isEmpty());
    QVERIFY(search(QStringLiteral("lovelace")).isEmpty());
    QVERIFY(search(QStringLiteral("narwhal")).isEmpty());
    QVERIFY(search(QStringLiteral("vaults")).isEmpty());
    QVERIFY(search(QStringLiteral("weaves")).isEmpty());
    // Its bookmark stays, an orphan with its snapshot title.
    const SearchHits orphan = search(QStringLiteral("pangolin"));
    QCOMPARE(orphan.size(), 1);
    QCOMPARE(orphan.constFirst().episodeId, -1);
    QCOMPARE(orphan.constFirst().title, QStringLiteral("The Analytical Engine"));
    SearchIndex index(m_library->connection());
    const qint64 before = index.rowCount();
    QVERIFY(index.rebuild());
    QCOMPARE(index.rowCount(), before);
}

void TestSearchIndex::followsTranscriptChanges()
{
    exec(QStringLiteral("UPDATE transcript_segments SET text = 'a loom speaks of the capybara' "
                        "WHERE episode_id = 2 AND position = 0"));
    QVERIFY(search(QStringLiteral("axolotl")).isEmpty());
    QCOMPARE(kindsFound(QStringLiteral("capybara")), QStringList {QStringLiteral("transcript")});
    // Replacing a transcript (as a re-import does) removes its segments through the cascade.
    exec(QStringLiteral("DELETE FROM transcripts WHERE episode_id = 2"));
    QVERIFY(search(QStringLiteral("capybara")).isEmpty());
}

void TestSearchIndex::followsBookmarkChanges()
{
    exec(QStringLiteral("UPDATE bookmarks SET note = 'a wombat' WHERE id = 1"));
    QVERIFY(search(QStringLiteral("pangolin")).isEmpty());
    QCOMPARE(kindsFound(QStringLiteral("wombat")), QStringList {QStringLiteral("bookmark")});
    exec(QStringLiteral("DELETE FROM bookmarks WHERE id = 1"));
    QVERIFY(search(QStringLiteral("wombat")).isEmpty());
}

void TestSearchIndex::spanFollowsClipEdits()
{
    exec(QStringLiteral("UPDATE clips SET start_ms = 62000, end_ms = 66000 WHERE id = 2"));
    const SearchHits hits = search(QStringLiteral("quokka"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().startMs, 62000);
    QCOMPARE(hits.constFirst().endMs, 66000);
    // A clip retitled as a chapter is found by its new title only.
    exec(QStringLiteral("UPDATE clips SET title = 'Closing of the vaults' WHERE id = 1"));
    QCOMPARE(search(QStringLiteral("opening")).size(), 0);
    QCOMPARE(kindsFound(QStringLiteral("closing")), QStringList {QStringLiteral("clip")});
}

void TestSearchIndex::rebuildMatchesTriggers()
{
    QSqlQuery query(m_library->connection());
    const auto contents = [&]() {
        QStringList rows;
        query.exec(QStringLiteral("SELECT rowid, title, body, kind, episode_id FROM search_index "
                                  "UNION ALL SELECT rowid, spoken, '', 8, episode_id "
                                  "FROM search_spoken ORDER BY 1"));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < 5; ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
        return rows;
    };
    const QStringList byTriggers = contents();
    QCOMPARE(byTriggers.size(), 3 + 2 + 3 + 2 + 1 + 1 + 1 + 3 + 2);
    SearchIndex index(m_library->connection());
    QVERIFY2(index.rebuild(), qPrintable(index.errorString()));
    QCOMPARE(contents(), byTriggers);
    // Triggers still work on the rebuilt table.
    exec(QStringLiteral("UPDATE topics SET summary = 'gears and an aardvark' WHERE id = 1"));
    QCOMPARE(kindsFound(QStringLiteral("aardvark")), QStringList {QStringLiteral("topic")});
}

void TestSearchIndex::hostileInputNeverFails_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"\"",
                             "\"\"",
                             "'",
                             "engine\"",
                             "AND",
                             "NOT engine",
                             "engine OR",
                             "NEAR(a b)",
                             "title:",
                             "{title}: engine",
                             "*",
                             "e*",
                             "^engine",
                             "guest:\"",
                             "show:'x",
                             "tag:",
                             "tag:\"",
                             "); DROP TABLE episodes; --",
                             "\\",
                             "%",
                             "_",
                             "\x01\x02",
                             "guest:ada guest:jose show:x tag:y"})
        QTest::newRow(text) << QString::fromUtf8(text);
}

void TestSearchIndex::hostileInputNeverFails()
{
    QFETCH(QString, text);
    SearchIndex index(m_library->connection());
    index.search(text, 20);
    QCOMPARE(index.errorString(), QString());
    QCOMPARE(m_library->count(QStringLiteral("episodes")), 3);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
