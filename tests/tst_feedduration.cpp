// FeedDuration and FeedDate: durations and dates as real feeds write them.
#include "feeds/FeedDate.h"
#include "feeds/FeedDuration.h"

#include <QtTest>

class TestFeedDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDurations_data();
    void readsDurations();
    void readsDates_data();
    void readsDates();
};

void TestFeedDuration::readsDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << "3600" << qint64(3600000);
    QTest::newRow("fractional seconds") << "1014.708375" << qint64(1014708);
    QTest::newRow("M:SS") << "1:04" << qint64(64000);
    QTest::newRow("MM:SS above an hour") << "61:08" << qint64(3668000);
    QTest::newRow("H:MM:SS") << "2:02:06" << qint64(7326000);
    QTest::newRow("HH:MM:SS.mmm") << "01:02:03.500" << qint64(3723500);
    QTest::newRow("00:04:60") << "00:04:60" << qint64(300000);
    QTest::newRow("padded") << " 25:3:30 " << qint64(90210000);
    QTest::newRow("blank") << "  " << qint64(-1);
    QTest::newRow("words") << "about an hour" << qint64(-1);
    QTest::newRow("negative") << "-5" << qint64(-1);
    QTest::newRow("too many parts") << "1:2:3:4" << qint64(-1);
}

void TestFeedDuration::readsDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(FeedDuration::parseMs(text), ms);
}

void TestFeedDuration::readsDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // ISO 8601, or empty when unreadable
    QTest::newRow("RFC 822") << "Fri, 21 Nov 1997 09:55:06 -0600"
                             << "1997-11-21T15:55:06Z";
    QTest::newRow("GMT") << "Sat, 14 Sep 2024 19:05:58 GMT"
                         << "2024-09-14T19:05:58Z";
    QTest::newRow("zone name") << "Mon, 02 May 2022 09:05:01 PDT"
                               << "2022-05-02T16:05:01Z";
    QTest::newRow("no weekday, one-digit day") << "2 May 2022 09:05 +0100"
                                               << "2022-05-02T08:05:00Z";
    QTest::newRow("full month, no zone") << "Tuesday, 3 January 2023 10:00:00"
                                         << "2023-01-03T10:00:00Z";
    QTest::newRow("two-digit year") << "Wed, 02 Oct 02 13:00:00 +0000"
                                    << "2002-10-02T13:00:00Z";
    QTest::newRow("ISO 8601") << "2003-12-13T18:30:02+02:00"
                              << "2003-12-13T16:30:02Z";
    QTest::newRow("ISO 8601 Z") << "2003-12-13T18:30:02Z"
                                << "2003-12-13T18:30:02Z";
    QTest::newRow("one-digit time") << "Fri, 21 Nov 1997 9:5:6 GMT"
                                    << "1997-11-21T09:05:06Z";
    QTest::newRow("hour 24") << "Fri, 21 Nov 1997 24:00:00 GMT"
                             << "";
    QTest::newRow("fractional seconds") << "Fri, 21 Nov 1997 09:55:06.5 GMT"
                                        << "";
    QTest::newRow("three-digit minute") << "Fri, 21 Nov 1997 09:055 GMT"
                                        << "";
    QTest::newRow("garbage") << "sometime last week"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestFeedDuration::readsDates()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime parsed = FeedDate::parse(text);
    QCOMPARE(parsed.isValid() ? parsed.toUTC().toString(Qt::ISODate) : QString(), utc);
}

QTEST_GUILESS_MAIN(TestFeedDuration)
#include "tst_feedduration.moc"
