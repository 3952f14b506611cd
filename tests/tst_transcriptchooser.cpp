// TranscriptChooser: the documented preference order among an episode's transcript links.
#include "feeds/TranscriptChooser.h"

#include <QtTest>

namespace {

TranscriptLink link(const char *type, const char *language = "")
{
    return {QStringLiteral("https://e.org/t"), QString::fromLatin1(type),
            QString::fromLatin1(language), QString()};
}

} // namespace

class TestTranscriptChooser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksTheBest_data();
    void picksTheBest();
};

void TestTranscriptChooser::picksTheBest_data()
{
    QTest::addColumn<QVector<TranscriptLink>>("links");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("chosen");

    QTest::newRow("none") << QVector<TranscriptLink>() << QString() << -1;
    QTest::newRow("plain text cannot follow the audio")
            << QVector<TranscriptLink> {link("text/plain")} << QString() << -1;
    QTest::newRow("JSON over VTT over SRT over HTML")
            << QVector<TranscriptLink> {link("text/html"), link("application/x-subrip"),
                                        link("application/json"), link("text/vtt")}
            << QString() << 2;
    QTest::newRow("VTT over SRT (themnshow-style pair)")
            << QVector<TranscriptLink> {link("application/x-subrip"), link("text/vtt")} << QString()
            << 1;
    QTest::newRow("the wanted language first")
            << QVector<TranscriptLink> {link("application/json", "es"), link("text/html", "en-US")}
            << QStringLiteral("en") << 1;
    QTest::newRow("feed order among equals")
            << QVector<TranscriptLink> {link("text/vtt", "de"), link("text/vtt", "de")}
            << QStringLiteral("de") << 0;
}

void TestTranscriptChooser::picksTheBest()
{
    QFETCH(QVector<TranscriptLink>, links);
    QFETCH(QString, language);
    QFETCH(int, chosen);
    QCOMPARE(TranscriptChooser::best(links, language), chosen);
}

QTEST_GUILESS_MAIN(TestTranscriptChooser)
#include "tst_transcriptchooser.moc"
