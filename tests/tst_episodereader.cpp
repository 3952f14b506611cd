// EpisodeReader::episodeList(): the episode list's lean read gives the same episodes, in the same
// order, with the same values as episodes() for everything the list shows.
#include "import/SampleLibrary.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QSqlQuery>
#include <QTest>

class TestEpisodeReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listMatchesFullRead()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        QSqlQuery query(library.connection());
        // A second guest, and a guest listed after a host, keep their order.
        QVERIFY(query.exec(
                QStringLiteral("INSERT INTO episode_people (episode_id, position, name, role) "
                               "SELECT id, 5, 'Second Guest', 'guest' FROM episodes WHERE "
                               "known_only_by_title = 0")));
        QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO episode_people (episode_id, position, name, role) "
                "SELECT id, 4, 'A Host', 'host' FROM episodes WHERE known_only_by_title = 0")));
        EpisodeReader reader(library.connection(), library.path());
        const QVector<Episode> full = reader.episodes();
        const QVector<Episode> list = reader.episodeList();
        QVERIFY(full.size() > 5);
        QCOMPARE(list.size(), full.size());
        for (qsizetype i = 0; i < full.size(); ++i) {
            QCOMPARE(list.at(i).id, full.at(i).id);
            QCOMPARE(list.at(i).guid, full.at(i).guid);
            QCOMPARE(list.at(i).show, full.at(i).show);
            QCOMPARE(list.at(i).number, full.at(i).number);
            QCOMPARE(list.at(i).title, full.at(i).title);
            QCOMPARE(list.at(i).guests, full.at(i).guests);
            QCOMPARE(list.at(i).durationMs, full.at(i).durationMs);
            QCOMPARE(list.at(i).questionsAnswered, full.at(i).questionsAnswered);
            QCOMPARE(list.at(i).knownOnlyByTitle, full.at(i).knownOnlyByTitle);
            QCOMPARE(list.at(i).audio.isNull(), full.at(i).audio.isNull());
        }
        QVERIFY(list.constFirst().guests.contains(QStringLiteral("Second Guest")));
        QVERIFY(!list.constFirst().guests.contains(QStringLiteral("A Host")));
    }
};

QTEST_GUILESS_MAIN(TestEpisodeReader)
#include "tst_episodereader.moc"
