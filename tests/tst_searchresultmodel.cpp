// SearchResultModel: hits grouped by kind, under QAbstractItemModelTester, over a library written
// by the scale generator (tests/bench/generate_library.py) at a small size.
#include "search/SearchIndex.h"
#include "search/SearchResultModel.h"
#include "support/TestLibrary.h"

#include <QAbstractItemModelTester>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void groupsByKind_data();
    void groupsByKind();
    void rolesOfAHit();
    void emptyAndReset();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

void TestSearchResultModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("generated.sqlite"));
    QProcess generator;
    generator.start(QStringLiteral("python3"),
                    {TestPaths::source(QStringLiteral("tests/bench/generate_library.py")), path,
                     QStringLiteral("--episodes"), QStringLiteral("60")});
    QVERIFY(generator.waitForFinished(120000));
    QVERIFY2(generator.exitCode() == 0, generator.readAllStandardError().constData());
    m_database = std::make_unique<Database>(QStringLiteral("tst_searchresultmodel"));
    QVERIFY2(m_database->open(path), qPrintable(m_database->errorString()));
}

void TestSearchResultModel::cleanupTestCase()
{
    m_database.reset();
}

void TestSearchResultModel::groupsByKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("word") << QStringLiteral("engine");
    QTest::newRow("prefix") << QStringLiteral("volc");
    QTest::newRow("phrase") << QStringLiteral("\"climate policy\"");
    QTest::newRow("common") << QStringLiteral("the");
    QTest::newRow("tag only") << QStringLiteral("tag:todo");
    QTest::newRow("nothing") << QStringLiteral("zzzzqqq");
}

void TestSearchResultModel::groupsByKind()
{
    QFETCH(QString, text);
    SearchIndex index(m_database->connection());
    const SearchHits hits = index.search(text, 100);
    QCOMPARE(index.errorString(), QString());

    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHits(hits);
    QCOMPARE(model.hitCount(), hits.size());

    int children = 0;
    QList<int> kinds;
    double previousBest = -1e300;
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex groupIndex = model.index(group, 0);
        QVERIFY(groupIndex.data(SearchResultModel::IsGroupRole).toBool());
        const int kind = groupIndex.data(SearchResultModel::KindRole).toInt();
        QVERIFY(!kinds.contains(kind)); // each kind once
        kinds << kind;
        // Groups in the order of their best hit.
        const double best = model.hitAt(model.index(0, 0, groupIndex))->rank;
        QVERIFY(best >= previousBest);
        previousBest = best;
        QVERIFY(model.rowCount(groupIndex) > 0);
        double previousRank = -1e300;
        for (int row = 0; row < model.rowCount(groupIndex); ++row) {
            const QModelIndex hitIndex = model.index(row, 0, groupIndex);
            const SearchHit *hit = model.hitAt(hitIndex);
            QVERIFY(hit);
            QCOMPARE(static_cast<int>(hit->kind), kind);
            QVERIFY(hit->rank >= previousRank); // best first within a group
            previousRank = hit->rank;
            QCOMPARE(model.parent(hitIndex), groupIndex);
            ++children;
        }
    }
    QCOMPARE(children, hits.size());
    QCOMPARE(model.firstHit().isValid(), !hits.isEmpty());
    if (!hits.isEmpty())
        QCOMPARE(model.hitAt(model.firstHit())->rank, hits.constFirst().rank);
}

void TestSearchResultModel::rolesOfAHit()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchHit transcript;
    transcript.kind = SearchKind::Transcript;
    transcript.episodeId = 4;
    transcript.title = QStringLiteral("Steam <and> steel");
    transcript.detail = QStringLiteral("Host");
    transcript.snippet = QStringLiteral("the ") + SearchHit::MatchStart + QStringLiteral("engine")
            + SearchHit::MatchEnd + QStringLiteral(" & more");
    transcript.startMs = 61000;
    transcript.endMs = 65500;
    SearchHit episode;
    episode.kind = SearchKind::Episode;
    episode.episodeId = 4;
    episode.title = QStringLiteral("Steam <and> steel");
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    episode.rank = -2;
    transcript.rank = -1;
    model.setHits({episode, transcript}); // best first
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Episodes (1)"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Transcripts (1)"));
    const QModelIndex hit = model.firstHit();
    QCOMPARE(model.hitAt(hit)->kind, SearchKind::Episode);
    QCOMPARE(hit.data(SearchResultModel::StartMsRole).toLongLong(), -1);
    const QModelIndex spoken = model.index(0, 0, model.index(1, 0));
    QCOMPARE(spoken.data().toString(), QStringLiteral("Host \u2014 Steam <and> steel"));
    QCOMPARE(spoken.data(SearchResultModel::SnippetHtmlRole).toString(),
             QStringLiteral("the <b>engine</b> &amp; more"));
    QCOMPARE(spoken.data(SearchResultModel::StartMsRole).toLongLong(), 61000);
    QCOMPARE(spoken.data(SearchResultModel::EndMsRole).toLongLong(), 65500);
    QCOMPARE(spoken.data(SearchResultModel::EpisodeIdRole).toLongLong(), 4);
    QVERIFY(!spoken.data(SearchResultModel::SpanTextRole).toString().isEmpty());
    QVERIFY(model.flags(spoken) & Qt::ItemIsSelectable);
    QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsSelectable));
    QVERIFY(!model.hitAt(model.index(1, 0)));
}

void TestSearchResultModel::emptyAndReset()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchHit hit;
    hit.kind = SearchKind::Bookmark;
    model.setHits({hit, hit, hit});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.hitCount(), 0);
    QVERIFY(!model.firstHit().isValid());
}

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
