// Times are written and read one way everywhere.
#include "domain/TimeFormat.h"

#include <QTest>

class TestTimeFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clock_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<bool>("millis");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << false << QStringLiteral("0:00");
        QTest::newRow("seconds") << qint64(65250) << false << QStringLiteral("1:05");
        QTest::newRow("millis") << qint64(65250) << true << QStringLiteral("1:05.250");
        QTest::newRow("hours") << qint64(3723000) << false << QStringLiteral("1:02:03");
        QTest::newRow("negative") << qint64(-1500) << true << QStringLiteral("-0:01.500");
    }
    void clock()
    {
        QFETCH(qint64, ms);
        QFETCH(bool, millis);
        QFETCH(QString, text);
        QCOMPARE(TimeFormat::clock(ms, millis), text);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: rejected
        QTest::newRow("h:mm:ss.mmm") << QStringLiteral("1:02:03.456") << qint64(3723456);
        QTest::newRow("m:ss") << QStringLiteral("2:05") << qint64(125000);
        QTest::newRow("seconds") << QStringLiteral("19.25") << qint64(19250);
        QTest::newRow("spaces") << QStringLiteral(" 0:05 ") << qint64(5000);
        QTest::newRow("60 seconds") << QStringLiteral("1:60") << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("1:0a") << qint64(-1);
        QTest::newRow("empty part") << QStringLiteral("1::05") << qint64(-1);
        QTest::newRow("four parts") << QStringLiteral("1:2:3:4") << qint64(-1);
        QTest::newRow("fraction in minutes") << QStringLiteral("1.5:00") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const std::optional<qint64> parsed = TimeFormat::parseClock(text);
        QCOMPARE(parsed.has_value(), ms >= 0);
        if (parsed)
            QCOMPARE(*parsed, ms);
    }

    void spanAndDuration()
    {
        QCOMPARE(TimeFormat::span(68760, 80463), QStringLiteral("1:08\u20131:20"));
        QCOMPARE(TimeFormat::duration(126342), QStringLiteral("2 min"));
        QCOMPARE(TimeFormat::duration(35000), QStringLiteral("35 s"));
        QCOMPARE(TimeFormat::duration(4320000), QStringLiteral("1 h 12 min"));
        QCOMPARE(TimeFormat::duration(-1), QString());
    }
};

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
