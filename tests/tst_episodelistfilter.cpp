// EpisodeListFilter under QAbstractItemModelTester: each criterion narrows a library of episodes
// of different shows, dates and lengths; each sort orders it, unknown values last.
#include "models/EpisodeListFilter.h"
#include "models/EpisodeListModel.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
constexpr qint64 minute = 60 * 1000;

// Inserts one show's episode; published `daysAgo` before `now` (-1: unknown), lasting `minutes`
// (-1: unknown). Returns false on an SQL error.
bool addEpisode(QSqlDatabase db, const QString &show, int number, const QString &title, int daysAgo,
                int minutes, const QString &guest = QString())
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO shows (title) VALUES (?)"));
    query.addBindValue(show);
    if (!query.exec())
        return false;
    query.prepare(QStringLiteral(
            "INSERT INTO episodes (guid, show_id, number, title, published_ms, duration_ms) "
            "VALUES (?, (SELECT id FROM shows WHERE title = ?), ?, ?, ?, ?)"));
    query.addBindValue(title);
    query.addBindValue(show);
    query.addBindValue(number);
    query.addBindValue(title);
    query.addBindValue(daysAgo < 0 ? QVariant()
                                   : QVariant(now.toMSecsSinceEpoch() - daysAgo * 86400000LL));
    query.addBindValue(minutes < 0 ? QVariant() : QVariant(minutes * minute));
    if (!query.exec())
        return false;
    if (guest.isEmpty())
        return true;
    query.prepare(QStringLiteral("INSERT INTO episode_people (episode_id, position, name, role) "
                                 "SELECT id, 0, ?, 'guest' FROM episodes WHERE guid = ?"));
    query.addBindValue(guest);
    query.addBindValue(title);
    return query.exec();
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, EpisodeListModel::TitleColumn).data().toString();
    return result;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestEpisodeListFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_library.isValid());
        QSqlDatabase db = m_library.connection();
        QVERIFY(addEpisode(db, QStringLiteral("Alpha"), 1, QStringLiteral("A1 old long"), 400, 95,
                           QStringLiteral("Ada Lovelace")));
        QVERIFY(addEpisode(db, QStringLiteral("Alpha"), 2, QStringLiteral("A2 recent short"), 3, 20,
                           QStringLiteral("Grace Hopper")));
        QVERIFY(addEpisode(db, QStringLiteral("Beta"), 1, QStringLiteral("B1 month medium"), 20, 45,
                           QStringLiteral("Ada Yonath")));
        QVERIFY(addEpisode(db, QStringLiteral("Beta"), 2, QStringLiteral("B2 unknown date"), -1,
                           30));
        QVERIFY(addEpisode(db, QStringLiteral("Gamma"), 7, QStringLiteral("C7 unknown length"), 1,
                           -1));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO transcripts (episode_id, source_url, format) SELECT id, "
                "'file:///t.vtt', 'vtt' FROM episodes WHERE guid IN ('A2 recent short', "
                "'B1 month medium')")));
        EpisodeReader reader(m_library.connection(), m_library.path());
        m_model.setEpisodes(reader.episodeList());
        m_model.setTranscriptEpisodes(reader.episodesWithTranscript());
        QHash<qint64, int> bookmarks;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const Episode *episode = m_model.episodeAt(row);
            if (episode->title.startsWith(QLatin1Char('C')))
                bookmarks.insert(episode->id, 3);
            else if (episode->title.startsWith(QLatin1String("A1")))
                bookmarks.insert(episode->id, 1);
        }
        m_model.setBookmarkCounts(bookmarks);
        QCOMPARE(m_model.rowCount(), 5);
    }

    void readerGivesDatesAndTranscripts()
    {
        const QModelIndex first = m_model.index(0, 0);
        QCOMPARE(first.data(EpisodeListModel::PublishedMsRole).toLongLong(),
                 now.toMSecsSinceEpoch() - 400 * 86400000LL);
        QCOMPARE(first.data(EpisodeListModel::HasTranscriptRole).toBool(), false);
        int withTranscript = 0;
        for (int row = 0; row < m_model.rowCount(); ++row)
            withTranscript
                    += m_model.index(row, 0).data(EpisodeListModel::HasTranscriptRole).toBool();
        QCOMPARE(withTranscript, 2);
    }

    void eachCriterionNarrows()
    {
        EpisodeListFilter filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setNow(now);
        filter.setSourceModel(&m_model);
        QCOMPARE(filter.rowCount(), 5);
        QVERIFY(!filter.isFiltering());

        filter.setShow(QStringLiteral("Beta"));
        QCOMPARE(sorted(titles(filter)),
                 QStringList(
                         {QStringLiteral("B1 month medium"), QStringLiteral("B2 unknown date")}));
        QVERIFY(!filter.isFiltering()); // the show has its own bar
        filter.setShow(QString());

        filter.setRequireTranscript(true);
        QCOMPARE(sorted(titles(filter)),
                 QStringList(
                         {QStringLiteral("A2 recent short"), QStringLiteral("B1 month medium")}));
        filter.setRequireTranscript(false);

        filter.setRequireBookmarks(true);
        QCOMPARE(sorted(titles(filter)),
                 QStringList({QStringLiteral("A1 old long"), QStringLiteral("C7 unknown length")}));
        filter.setRequireBookmarks(false);

        filter.setGuest(QStringLiteral(" ada "));
        QCOMPARE(sorted(titles(filter)),
                 QStringList({QStringLiteral("A1 old long"), QStringLiteral("B1 month medium")}));
        filter.setGuest(QString());

        // Unknown dates are not "recent".
        filter.setPublishedWithinDays(7);
        QCOMPARE(sorted(titles(filter)),
                 QStringList(
                         {QStringLiteral("A2 recent short"), QStringLiteral("C7 unknown length")}));
        filter.setPublishedWithinDays(30);
        QCOMPARE(filter.rowCount(), 3);
        filter.setPublishedWithinDays(0);

        // [30 min, 60 min): 30 is in, 60 would be out; unknown lengths are out.
        filter.setDurationRange(30 * minute, 60 * minute);
        QCOMPARE(sorted(titles(filter)),
                 QStringList(
                         {QStringLiteral("B1 month medium"), QStringLiteral("B2 unknown date")}));
        filter.setDurationRange(-1, 30 * minute);
        QCOMPARE(titles(filter), QStringList({QStringLiteral("A2 recent short")}));
        filter.setDurationRange(60 * minute, -1);
        QCOMPARE(titles(filter), QStringList({QStringLiteral("A1 old long")}));
        filter.setDurationRange(-1, -1);
        QCOMPARE(filter.rowCount(), 5);
    }

    void criteriaCombineAndClear()
    {
        EpisodeListFilter filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setNow(now);
        filter.setSourceModel(&m_model);
        QSignalSpy changed(&filter, &EpisodeListFilter::criteriaChanged);
        filter.setShow(QStringLiteral("Alpha"));
        filter.setRequireTranscript(true);
        filter.setPublishedWithinDays(30);
        filter.setDurationRange(-1, 30 * minute);
        QCOMPARE(titles(filter), QStringList({QStringLiteral("A2 recent short")}));
        QCOMPARE(changed.count(), 4);
        QVERIFY(filter.isFiltering());
        QCOMPARE(filter.filterCount(), 3);
        QCOMPARE(filter.summary(),
                 QStringLiteral("Has transcript \u00b7 Last 30 days \u00b7 Under 30 min"));
        filter.setRequireTranscript(true); // unchanged: no signal
        QCOMPARE(changed.count(), 4);

        filter.clearFilters();
        QVERIFY(!filter.isFiltering());
        QCOMPARE(filter.summary(), QString());
        QCOMPARE(filter.show(), QStringLiteral("Alpha")); // kept
        QCOMPARE(filter.rowCount(), 2);
    }

    void summaryNamesEachCriterion()
    {
        EpisodeListFilter filter;
        filter.setRequireBookmarks(true);
        filter.setGuest(QStringLiteral("Ada"));
        filter.setPublishedWithinDays(365);
        filter.setDurationRange(60 * minute, -1);
        QCOMPARE(
                filter.summary(),
                QStringLiteral("Has bookmarks \u00b7 Guest \u201cAda\u201d \u00b7 Last year \u00b7 "
                               "1 h or longer"));
        filter.setDurationRange(30 * minute, 60 * minute);
        QVERIFY(filter.summary().endsWith(QStringLiteral("30 min\u20131 h")));
    }

    void sorts_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QStringList>("expected");
        const QString a1 = QStringLiteral("A1 old long");
        const QString a2 = QStringLiteral("A2 recent short");
        const QString b1 = QStringLiteral("B1 month medium");
        const QString b2 = QStringLiteral("B2 unknown date");
        const QString c7 = QStringLiteral("C7 unknown length");
        using Key = EpisodeListFilter::SortKey;
        // Library order: numbered by number, then title (EpisodeReader::episodeList()).
        QTest::newRow("library") << int(Key::Library) << QStringList {a1, b1, a2, b2, c7};
        QTest::newRow("newest") << int(Key::Newest) << QStringList {c7, a2, b1, a1, b2};
        QTest::newRow("oldest") << int(Key::Oldest) << QStringList {a1, b1, a2, c7, b2};
        QTest::newRow("longest") << int(Key::Longest) << QStringList {a1, b1, b2, a2, c7};
        QTest::newRow("shortest") << int(Key::Shortest) << QStringList {a2, b2, b1, a1, c7};
        QTest::newRow("title") << int(Key::Title) << QStringList {a1, a2, b1, b2, c7};
        QTest::newRow("show") << int(Key::Show) << QStringList {a1, a2, b1, b2, c7};
        QTest::newRow("number") << int(Key::Number) << QStringList {a1, b1, a2, b2, c7};
        QTest::newRow("bookmarks") << int(Key::MostBookmarks) << QStringList {c7, a1, b1, a2, b2};
    }

    void sorts()
    {
        QFETCH(int, key);
        QFETCH(QStringList, expected);
        EpisodeListFilter filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&m_model);
        // From another order, so a sort that does nothing is caught.
        filter.setSortKey(EpisodeListFilter::SortKey::Shortest);
        filter.setSortKey(EpisodeListFilter::SortKey(key));
        QCOMPARE(titles(filter), expected);
        // Still sorted while filtering.
        filter.setRequireTranscript(true);
        QStringList narrowed = expected;
        narrowed.removeIf([](const QString &t) {
            return !t.startsWith(QLatin1String("A2")) && !t.startsWith(QLatin1String("B1"));
        });
        QCOMPARE(titles(filter), narrowed);
    }

    void keepsUpWithBookmarkChanges()
    {
        EpisodeListModel model;
        Episode one;
        one.id = 1;
        one.title = QStringLiteral("one");
        Episode two;
        two.id = 2;
        two.title = QStringLiteral("two");
        model.setEpisodes({one, two});
        EpisodeListFilter filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setRequireBookmarks(true);
        QCOMPARE(filter.rowCount(), 0);
        model.setBookmarkCounts({{2, 1}});
        QCOMPARE(titles(filter), QStringList({QStringLiteral("two")}));
        filter.setSortKey(EpisodeListFilter::SortKey::MostBookmarks);
        filter.setRequireBookmarks(false);
        model.setBookmarkCounts({{1, 5}, {2, 1}});
        QCOMPARE(titles(filter), QStringList({QStringLiteral("one"), QStringLiteral("two")}));
    }

private:
    TestLibrary m_library;
    EpisodeListModel m_model;
};

QTEST_GUILESS_MAIN(TestEpisodeListFilter)
#include "tst_episodelistfilter.moc"
