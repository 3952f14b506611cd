// CitecastLink, the citecast:// link: what the exports write is what the app parses back, for any
// guid.
#include "bookmarks/CitecastLink.h"

#include <QTest>

class TestCitecastLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data()
    {
        QTest::addColumn<QString>("guid");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("text");
        QTest::newRow("span") << QStringLiteral("citecast-sample-ep11") << qint64(21680)
                              << qint64(32348)
                              << QStringLiteral(
                                         "citecast://episode/citecast-sample-ep11?t=21680-32348");
        QTest::newRow("start only") << QStringLiteral("ep") << qint64(5000) << qint64(-1)
                                    << QStringLiteral("citecast://episode/ep?t=5000");
        QTest::newRow("episode only") << QStringLiteral("ep") << qint64(-1) << qint64(-1)
                                      << QStringLiteral("citecast://episode/ep");
        QTest::newRow("urn") << QStringLiteral("urn:test:llamaindex") << qint64(0) << qint64(1)
                             << QStringLiteral("citecast://episode/urn:test:llamaindex?t=0-1");
        QTest::newRow("url as guid")
                << QStringLiteral("https://ex.org/ep/7?x=1&y=2#top") << qint64(10) << qint64(20)
                << QStringLiteral(
                           "citecast://episode/https:%2F%2Fex.org%2Fep%2F7%3Fx%3D1%26y%3D2%23top"
                           "?t=10-20");
        QTest::newRow("spaces and accents")
                << QStringLiteral("title:caf\u00e9 au lait") << qint64(1) << qint64(2)
                << QStringLiteral("citecast://episode/title:caf%C3%A9%20au%20lait?t=1-2");
    }

    void roundTrips()
    {
        QFETCH(QString, guid);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QString, text);
        const CitecastLink link {guid, start, end};
        QCOMPARE(link.toString(), text);
        const std::optional<CitecastLink> parsed = CitecastLink::parse(QUrl(text));
        QVERIFY(parsed);
        QCOMPARE(parsed->guid, guid);
        QCOMPARE(parsed->startMs, start);
        QCOMPARE(parsed->endMs, end);
        QCOMPARE(CitecastLink::parse(text)->guid, guid);
        QCOMPARE(CitecastLink::parse(link.toUrl()), parsed);
    }

    void refusesOtherLinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("other scheme") << QStringLiteral("https://episode/ep?t=1-2");
        QTest::newRow("other host") << QStringLiteral("citecast://clip/ep?t=1-2");
        QTest::newRow("no guid") << QStringLiteral("citecast://episode/?t=1-2");
        QTest::newRow("no path") << QStringLiteral("citecast://episode");
        QTest::newRow("two segments") << QStringLiteral("citecast://episode/a/b");
        QTest::newRow("end before start") << QStringLiteral("citecast://episode/ep?t=20-10");
        QTest::newRow("empty span") << QStringLiteral("citecast://episode/ep?t=20-20");
        QTest::newRow("seconds") << QStringLiteral("citecast://episode/ep?t=1.5-2");
        QTest::newRow("negative") << QStringLiteral("citecast://episode/ep?t=-5");
        QTest::newRow("words") << QStringLiteral("citecast://episode/ep?t=start");
        QTest::newRow("not a url") << QStringLiteral("citecast episode");
    }

    void refusesOtherLinks()
    {
        QFETCH(QString, text);
        QVERIFY(!CitecastLink::parse(text));
    }

    void toleratesCaseInSchemeAndHost()
    {
        const std::optional<CitecastLink> link
                = CitecastLink::parse(QStringLiteral("CITECAST://Episode/Ep1?t=1-2"));
        QVERIFY(link);
        QCOMPARE(link->guid, QStringLiteral("Ep1")); // the guid keeps its case
        QVERIFY(link->hasSpan());
    }
};

QTEST_GUILESS_MAIN(TestCitecastLink)
#include "tst_bookmarklink.moc"
