// `citecast play`: what each command line resolves to, and one clear message for each mistake.
#include "cli/PlayCommand.h"
#include "storage/EpisodeWriter.h"
#include "storage/Transaction.h"
#include "support/AudioFixtures.h"
#include "support/TestLibrary.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSqlQuery>
#include <QtTest>

#include <optional>

namespace {

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
    std::optional<PlaybackRequest> played; // what would have been played
    HeadlessPlayback::Options options;     // and how
};

} // namespace

class TestPlayCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsHelp();
    void resolvesWhatToPlay_data();
    void resolvesWhatToPlay();
    void passesTheSpeed_data();
    void passesTheSpeed();
    void refusesMistakes_data();
    void refusesMistakes();
    void reportsAnEpisodeWithoutAudio();
    void reportsNoOutputDevice();

private:
    Outcome run(const QStringList &arguments, const QString &library = QString());

    TestLibrary m_library;
    QString m_audio;
    QString m_guid = QStringLiteral("urn:citecast:test:42");
    qint64 m_episodeId = 0;
    qint64 m_clipId = 0;
};

void TestPlayCommand::initTestCase()
{
    // No sound server for this process, whatever runs around it: nothing here makes a sound.
    qputenv("PULSE_SERVER", QByteArrayLiteral("unix:/nonexistent/citecast-tests-have-no-sound"));
    QVERIFY(m_library.isValid());
    AudioFixtures fixtures(m_library.dir());
    QVERIFY2(fixtures.makeReference(10), qPrintable(fixtures.errorString()));
    m_audio = fixtures.referencePath();

    EpisodeContent content;
    content.episode.guid = m_guid;
    content.episode.title = QStringLiteral("Learning in public");
    content.episode.audio = {AudioSource::Kind::File, m_audio};
    Topic topic;
    topic.title = QStringLiteral("Habits");
    topic.summary = QStringLiteral("Write every day. Read old notes.");
    topic.citations = {{1, QStringLiteral("Write every day."), 0, 16, 0},
                       {2, QStringLiteral("Read old notes."), 17, 32, 0}};
    content.topics = {topic};
    Clip citation;
    citation.key = citationClipKey(1);
    citation.kind = ClipKind::Citation;
    citation.citationNumber = 1;
    citation.title = QStringLiteral("On writing daily");
    citation.startMs = 2000;
    citation.endMs = 3500;
    Clip popular;
    popular.key = QStringLiteral("popular:0");
    popular.kind = ClipKind::Popular;
    popular.title = QStringLiteral("The best bit");
    popular.startMs = 6000;
    popular.endMs = 7250;
    content.clips = {citation, popular}; // citation 2 has no clip times
    Transaction transaction(m_library.connection());
    EpisodeWriter writer(m_library.connection(), m_library.path());
    m_episodeId = writer.write(content);
    QVERIFY2(m_episodeId > 0, qPrintable(writer.errorString()));
    QVERIFY(transaction.commit());
    QSqlQuery query(m_library.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM clips WHERE clip_key = 'popular:0'")));
    QVERIFY(query.next());
    m_clipId = query.value(0).toLongLong();
}

Outcome TestPlayCommand::run(const QStringList &arguments, const QString &library)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.code
            = PlayCommand::run(arguments, library.isEmpty() ? m_library.path() : library, out, err,
                               [&outcome](const PlaybackRequest &request,
                                          const HeadlessPlayback::Options &options, QTextStream &) {
                                   outcome.played = request;
                                   outcome.options = options;
                                   return 0;
                               });
    return outcome;
}

void TestPlayCommand::printsHelp()
{
    const Outcome outcome = run({QStringLiteral("--help")});
    QCOMPARE(outcome.code, 0);
    QVERIFY(outcome.out.contains(QStringLiteral("--citation N")));
    QVERIFY(outcome.out.contains(QStringLiteral("--from MS")));
    QVERIFY(!outcome.played);
}

void TestPlayCommand::resolvesWhatToPlay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<qint64>("startMs");
    QTest::addColumn<qint64>("endMs");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("stored"); // an episode of the library rather than a bare file
    QTest::newRow("citation by guid")
            << QStringList {m_guid, QStringLiteral("--citation"), QStringLiteral("1")}
            << qint64(2000) << qint64(3500) << QStringLiteral("On writing daily") << true;
    QTest::newRow("citation by id")
            << QStringList {QString::number(m_episodeId), QStringLiteral("--citation=1")}
            << qint64(2000) << qint64(3500) << QStringLiteral("On writing daily") << true;
    QTest::newRow("clip") << QStringList {m_guid, QStringLiteral("--clip"),
                                          QString::number(m_clipId)}
                          << qint64(6000) << qint64(7250) << QStringLiteral("The best bit") << true;
    QTest::newRow("episode span") << QStringList {m_guid, QStringLiteral("--from"),
                                                  QStringLiteral("500"), QStringLiteral("--to"),
                                                  QStringLiteral("0:01.250")}
                                  << qint64(500) << qint64(1250)
                                  << QStringLiteral("Learning in public") << true;
    QTest::newRow("file span") << QStringList {m_audio, QStringLiteral("--from"),
                                               QStringLiteral("4000"), QStringLiteral("--to"),
                                               QStringLiteral("4100")}
                               << qint64(4000) << qint64(4100) << QStringLiteral("reference.wav")
                               << false;
    QTest::newRow("file to its end")
            << QStringList {m_audio, QStringLiteral("--from"), QStringLiteral("9000"),
                            QStringLiteral("--speed"), QStringLiteral("1")}
            << qint64(9000) << qint64(-1) << QStringLiteral("reference.wav") << false;
}

void TestPlayCommand::resolvesWhatToPlay()
{
    QFETCH(QStringList, arguments);
    QFETCH(qint64, startMs);
    QFETCH(qint64, endMs);
    QFETCH(QString, title);
    QFETCH(bool, stored);
    const Outcome outcome = run(arguments);
    QVERIFY2(outcome.code == 0, qPrintable(outcome.err));
    QVERIFY(outcome.played);
    QCOMPARE(QFileInfo(outcome.played->source).canonicalFilePath(),
             QFileInfo(m_audio).canonicalFilePath());
    QCOMPARE(outcome.played->startMs, startMs);
    QCOMPARE(outcome.played->endMs, endMs);
    QCOMPARE(outcome.played->title, title);
    QCOMPARE(outcome.played->episodeId, stored ? m_episodeId : 0);
    QVERIFY(outcome.out.contains(title));
}

void TestPlayCommand::passesTheSpeed_data()
{
    QTest::addColumn<QString>("speed");
    QTest::addColumn<double>("expected");
    QTest::newRow("default") << QString() << 1.0;
    QTest::newRow("half") << QStringLiteral("0.5") << 0.5;
    QTest::newRow("one and a half") << QStringLiteral("1.5") << 1.5;
    QTest::newRow("three") << QStringLiteral("3") << 3.0;
}

void TestPlayCommand::passesTheSpeed()
{
    QFETCH(QString, speed);
    QFETCH(double, expected);
    QStringList arguments {m_guid, QStringLiteral("--citation"), QStringLiteral("1")};
    if (!speed.isEmpty())
        arguments << QStringLiteral("--speed") << speed;
    const Outcome outcome = run(arguments);
    QVERIFY2(outcome.code == 0, qPrintable(outcome.err));
    QVERIFY(outcome.played);
    QCOMPARE(outcome.options.speed, expected);
    // The span stays the citation's: speed changes how fast it plays, not what.
    QCOMPARE(outcome.played->startMs, qint64(2000));
    QCOMPARE(outcome.played->endMs, qint64(3500));
    QCOMPARE(outcome.out.contains(QStringLiteral("at %1x").arg(speed)),
             !speed.isEmpty() && expected != 1.0);
}

void TestPlayCommand::refusesMistakes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString citation = QStringLiteral("--citation");
    QTest::newRow("unknown episode")
            << QStringList {QStringLiteral("nope"), citation, QStringLiteral("1")} << 2
            << QStringLiteral("episode 'nope' not found");
    QTest::newRow("unknown citation") << QStringList {m_guid, citation, QStringLiteral("9")} << 2
                                      << QStringLiteral("citation 9 not found in episode "
                                                        "'Learning in public'");
    QTest::newRow("citation without times")
            << QStringList {m_guid, citation, QStringLiteral("2")} << 2
            << QStringLiteral("citation 2 of 'Learning in public' has no audio yet (the page "
                              "gave no clip times)");
    QTest::newRow("unknown clip") << QStringList {m_guid, QStringLiteral("--clip"),
                                                  QStringLiteral("999")}
                                  << 2 << QStringLiteral("clip 999 not found");
    QTest::newRow("missing file") << QStringList {QStringLiteral("/no/such/episode.mp3"),
                                                  QStringLiteral("--from"), QStringLiteral("0"),
                                                  QStringLiteral("--to"), QStringLiteral("10")}
                                  << 2 << QStringLiteral("'/no/such/episode.mp3' does not exist");
    QTest::newRow("reversed span")
            << QStringList {m_audio, QStringLiteral("--from"), QStringLiteral("5000"),
                            QStringLiteral("--to"), QStringLiteral("4000")}
            << 2 << QStringLiteral("empty or reversed");
    QTest::newRow("speed too fast")
            << QStringList {m_audio, QStringLiteral("--speed"), QStringLiteral("4")} << 1
            << QStringLiteral("--speed needs a number from 0.5 to 3 (such as 1.5), not '4'");
    QTest::newRow("speed too slow")
            << QStringList {m_audio, QStringLiteral("--speed"), QStringLiteral("0.25")} << 1
            << QStringLiteral("from 0.5 to 3");
    QTest::newRow("speed not a number")
            << QStringList {m_audio, QStringLiteral("--speed"), QStringLiteral("fast")} << 1
            << QStringLiteral("not 'fast'");
    QTest::newRow("two selections") << QStringList {m_guid, citation, QStringLiteral("1"),
                                                    QStringLiteral("--from"), QStringLiteral("0")}
                                    << 1 << QStringLiteral("only one of");
    QTest::newRow("nothing selected")
            << QStringList {m_guid} << 1 << QStringLiteral("say what to play");
    QTest::newRow("bad time") << QStringList {m_audio, QStringLiteral("--from"),
                                              QStringLiteral("soon")}
                              << 1 << QStringLiteral("--from needs milliseconds");
    QTest::newRow("citation of a file") << QStringList {m_audio, citation, QStringLiteral("1")} << 1
                                        << QStringLiteral("need an episode");
    QTest::newRow("no target") << QStringList {} << 1 << QStringLiteral("name one episode");
    QTest::newRow("unknown option")
            << QStringList {m_audio, QStringLiteral("--loud")} << 1 << QStringLiteral("loud");
}

void TestPlayCommand::refusesMistakes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.code, code);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QCOMPARE(outcome.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!outcome.played);
}

void TestPlayCommand::reportsAnEpisodeWithoutAudio()
{
    TestLibrary library;
    EpisodeContent content;
    content.episode.guid = QStringLiteral("urn:citecast:test:silent");
    content.episode.title = QStringLiteral("Only a page");
    Transaction transaction(library.connection());
    QVERIFY(EpisodeWriter(library.connection(), library.path()).write(content) > 0);
    QVERIFY(transaction.commit());
    const Outcome outcome
            = run({content.episode.guid, QStringLiteral("--from"), QStringLiteral("0"),
                   QStringLiteral("--to"), QStringLiteral("1000")},
                  library.path());
    QCOMPARE(outcome.code, 2);
    QVERIFY2(outcome.err.contains(QStringLiteral("the episode has no audio")),
             qPrintable(outcome.err));
}

void TestPlayCommand::reportsNoOutputDevice()
{
    // The real player, in a process that has no sound server: exit code 3 and why.
    QVERIFY(QMediaDevices::audioOutputs().isEmpty());
    QString out;
    QString errors;
    QTextStream outStream(&out);
    QTextStream errStream(&errors);
    const int code = PlayCommand::run({m_guid, QStringLiteral("--citation"), QStringLiteral("1")},
                                      m_library.path(), outStream, errStream);
    QCOMPARE(code, 3);
    QVERIFY2(errors.contains(QStringLiteral("no audio output device")), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestPlayCommand)
#include "tst_playcommand.moc"
