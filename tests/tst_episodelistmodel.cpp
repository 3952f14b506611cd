// The episode list model under QAbstractItemModelTester, with real and title-only episodes.
#include "models/EpisodeListModel.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

QVector<Episode> sampleEpisodes()
{
    Episode real;
    real.id = 1;
    real.guid = QStringLiteral("a");
    real.number = 11;
    real.title = QStringLiteral("Real episode");
    real.guests = {QStringLiteral("Ada"), QStringLiteral("Grace")};
    real.durationMs = 126342;
    real.questionsAnswered = 5;
    real.audio = {AudioSource::Kind::File, QStringLiteral("a.opus")};
    Episode stub;
    stub.id = 2;
    stub.guid = QStringLiteral("b");
    stub.title = QStringLiteral("Only a title");
    stub.questionsAnswered = 383;
    stub.knownOnlyByTitle = true;
    return {real, stub};
}

// A library of 1,000 episodes over 10 shows, some numbered twice or not at all, each with a guest
// and every third with a second; plus 20 known only by title.
bool fillLibrary(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral(
                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) "
                   "INSERT INTO shows (title) SELECT 'Show ' || i FROM n"))
            && query.exec(QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    "1020) "
                    "INSERT INTO episodes (guid, show_id, number, title, duration_ms, "
                    "known_only_by_title) SELECT 'g' || i, 1 + i % 10, "
                    "CASE WHEN i % 7 = 0 THEN NULL ELSE i / 2 END, "
                    "'Episode ' || ((i * 37) % 1000), i * 1000, i > 1000 FROM n"))
            && query.exec(
                    QStringLiteral("INSERT INTO episode_people (episode_id, position, name, role) "
                                   "SELECT id, 0, 'Guest ' || id, 'guest' FROM episodes"))
            && query.exec(QStringLiteral(
                    "INSERT INTO episode_people (episode_id, position, name, role) "
                    "SELECT id, 1, 'Second ' || id, 'guest' FROM episodes WHERE id % 3 = 0"));
}

QStringList rowsOf(const EpisodeListModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Episode *episode = model.episodeAt(row);
        rows << QString::number(episode->id) + QLatin1Char('|') + episode->title + QLatin1Char('|')
                        + episode->show + QLatin1Char('|') + episode->guests.join(QLatin1Char(','));
    }
    return rows;
}

} // namespace

class TestEpisodeListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsInBatchesToTheEagerResult()
    {
        TestLibrary library;
        QVERIFY(fillLibrary(library.connection()));
        EpisodeListModel eager;
        eager.setEpisodes(EpisodeReader(library.connection(), library.path()).episodeList());
        QCOMPARE(eager.rowCount(), 1020);

        EpisodeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(&model, &EpisodeListModel::fullyLoaded);
        int reads = 0;
        model.loadEpisodes(
                [&](int offset, int limit) {
                    ++reads;
                    return EpisodeReader(library.connection(), library.path())
                            .episodeList(offset, limit);
                },
                100, 250);
        QCOMPARE(model.rowCount(), 100); // the first page only, until the event loop runs
        QVERIFY(!model.isFullyLoaded());
        QVERIFY(model.canFetchMore(QModelIndex()));
        QCOMPARE(loaded.count(), 0);
        QVERIFY(loaded.wait(5000));
        QVERIFY(model.isFullyLoaded());
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(inserted.count(), 4); // 250 + 250 + 250 + 170
        QCOMPARE(reads, 5);
        QCOMPARE(rowsOf(model), rowsOf(eager));
        QCOMPARE(rowsOf(model).filter(QStringLiteral(",Second ")).size(), 340); // guests per page
        QCOMPARE(model.rowOfEpisode(eager.episodeAt(1019)->id), 1019);
    }

    void loadAllReadsTheRestNow()
    {
        TestLibrary library;
        QVERIFY(fillLibrary(library.connection()));
        EpisodeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &EpisodeListModel::fullyLoaded);
        model.loadEpisodes([&](int offset, int limit) {
            return EpisodeReader(library.connection(), library.path()).episodeList(offset, limit);
        });
        QCOMPARE(model.rowCount(), int(EpisodeListModel::FirstPageSize));
        model.loadAll();
        QCOMPARE(model.rowCount(), 1020);
        QVERIFY(model.isFullyLoaded());
        QCOMPARE(loaded.count(), 1);
        // Nothing more arrives later.
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 1020);
        QCOMPARE(loaded.count(), 1);
    }

    void aResetStopsALoad()
    {
        TestLibrary library;
        QVERIFY(fillLibrary(library.connection()));
        EpisodeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadEpisodes(
                [&](int offset, int limit) {
                    return EpisodeReader(library.connection(), library.path())
                            .episodeList(offset, limit);
                },
                100, 300);
        model.fetchMore(QModelIndex()); // as a view scrolled to the end does
        QCOMPARE(model.rowCount(), 400);
        model.setEpisodes(sampleEpisodes());
        QVERIFY(model.isFullyLoaded());
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 2);
    }

    void theRestCanWaitForTheFirstFetch()
    {
        TestLibrary library;
        QVERIFY(fillLibrary(library.connection()));
        EpisodeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &EpisodeListModel::fullyLoaded);
        model.loadEpisodes(
                [&](int offset, int limit) {
                    return EpisodeReader(library.connection(), library.path())
                            .episodeList(offset, limit);
                },
                100, 300, EpisodeListModel::Rest::OnFetchMore);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 100); // nothing more until asked (the window's first paint)
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 400);
        QVERIFY(loaded.wait(5000)); // and the rest on the event loop from then on
        QCOMPARE(model.rowCount(), 1020);
    }

    void aSmallLibraryLoadsAtOnce()
    {
        EpisodeListModel model;
        QSignalSpy loaded(&model, &EpisodeListModel::fullyLoaded);
        model.loadEpisodes([](int offset, int limit) {
            return offset == 0 && limit > 2 ? sampleEpisodes() : QVector<Episode>();
        });
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.isFullyLoaded());
        QCOMPARE(loaded.count(), 1);
    }

    void passesTheModelTester()
    {
        EpisodeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEpisodes(sampleEpisodes());
        QCOMPARE(model.rowCount(), 2);
        model.setEpisodes({});
        QCOMPARE(model.rowCount(), 0);
        model.setEpisodes(sampleEpisodes());
    }

    void columns()
    {
        EpisodeListModel model;
        model.setEpisodes(sampleEpisodes());
        QCOMPARE(model.columnCount(), int(EpisodeListModel::ColumnCount));
        QCOMPARE(model.index(0, EpisodeListModel::NumberColumn).data().toInt(), 11);
        QCOMPARE(model.index(0, EpisodeListModel::TitleColumn).data().toString(),
                 QStringLiteral("Real episode"));
        QCOMPARE(model.index(0, EpisodeListModel::GuestsColumn).data().toString(),
                 QStringLiteral("Ada, Grace"));
        QCOMPARE(model.index(0, EpisodeListModel::DurationColumn).data().toString(),
                 QStringLiteral("2 min"));
        QCOMPARE(model.index(0, EpisodeListModel::QuestionsColumn).data().toString(),
                 QStringLiteral("5 questions"));
        QCOMPARE(model.index(1, EpisodeListModel::QuestionsColumn).data().toString(),
                 QStringLiteral("383 questions"));
        QCOMPARE(model.index(1, EpisodeListModel::NumberColumn).data().toString(), QString());
        QCOMPARE(model.headerData(EpisodeListModel::TitleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Title"));
    }

    void titleOnlyEpisodesAreFlaggedAndGreyed()
    {
        EpisodeListModel model;
        model.setEpisodes(sampleEpisodes());
        const QModelIndex real = model.index(0, EpisodeListModel::TitleColumn);
        const QModelIndex stub = model.index(1, EpisodeListModel::TitleColumn);
        QCOMPARE(real.data(EpisodeListModel::KnownOnlyByTitleRole).toBool(), false);
        QCOMPARE(stub.data(EpisodeListModel::KnownOnlyByTitleRole).toBool(), true);
        QVERIFY(!real.data(Qt::ForegroundRole).isValid());
        QVERIFY(stub.data(Qt::ForegroundRole).canConvert<QBrush>());
        QVERIFY(stub.data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("Known only by title")));
        QCOMPARE(real.data(EpisodeListModel::HasAudioRole).toBool(), true);
        QCOMPARE(stub.data(EpisodeListModel::HasAudioRole).toBool(), false);
    }

    void lookups()
    {
        EpisodeListModel model;
        model.setEpisodes(sampleEpisodes());
        QCOMPARE(model.rowOfEpisode(2), 1);
        QCOMPARE(model.rowOfEpisode(99), -1);
        QCOMPARE(model.episodeAt(0)->guid, QStringLiteral("a"));
        QVERIFY(!model.episodeAt(5));
        QCOMPARE(model.index(0, 0).data(EpisodeListModel::EpisodeIdRole).toLongLong(), 1);
    }

    void sortValuesPutUnknownsLast()
    {
        EpisodeListModel model;
        model.setEpisodes(sampleEpisodes());
        const qint64 known = model.index(0, EpisodeListModel::NumberColumn)
                                     .data(EpisodeListModel::SortRole)
                                     .toLongLong();
        const qint64 unknown = model.index(1, EpisodeListModel::NumberColumn)
                                       .data(EpisodeListModel::SortRole)
                                       .toLongLong();
        QVERIFY(known < unknown);
    }

    void bookmarkCounts()
    {
        EpisodeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEpisodes(sampleEpisodes());
        QSignalSpy changed(&model, &EpisodeListModel::dataChanged);
        model.setBookmarkCounts({{1, 3}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data(EpisodeListModel::BookmarkCountRole).toInt(), 3);
        QCOMPARE(model.index(1, 0).data(EpisodeListModel::BookmarkCountRole).toInt(), 0);
        model.setBookmarkCounts({{1, 3}}); // the same: nothing to tell
        QCOMPARE(changed.count(), 1);
    }

    void resetIsSignalled()
    {
        EpisodeListModel model;
        QSignalSpy reset(&model, &EpisodeListModel::modelReset);
        model.setEpisodes(sampleEpisodes());
        QCOMPARE(reset.count(), 1);
    }
};

QTEST_MAIN(TestEpisodeListModel)
#include "tst_episodelistmodel.moc"
