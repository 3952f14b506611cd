// The episode list model under QAbstractItemModelTester, with real and title-only episodes.
#include "models/EpisodeListModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
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

} // namespace

class TestEpisodeListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
