// The playback rules without a sound card: ClipPlayer on a fake output that records what it got.
#include "playback/ClipPlayer.h"
#include "playback/SpanAudioDevice.h"
#include "support/AudioAlignment.h"
#include "support/AudioFixtures.h"
#include "support/AudioOutputFake.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr qint64 PerMs = 48;
constexpr qint64 FadeFrames = SpanAudioDevice::FadeMs * PerMs;
constexpr qint64 TailFrames = SpanAudioDevice::TailMs * PerMs;
} // namespace

class TestClipPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void playsExactlyTheSpanAndFinishesOnce_data();
    void playsExactlyTheSpanAndFinishesOnce();
    void playsToTheEndOfTheAudio();
    void aSecondPlayReplacesTheFirst();
    void pausesAndResumes();
    void stopEmitsNoFinished();
    void reportsPositionWhilePlaying();
    void reportsAMissingFile();
    void reportsATruncatedFile();
    void reportsABadSpan();
    void reportsNoOutputDevice();
    void reportsAnOutputThatWillNotStart();
    void reportsAnOutputThatFails();
    void setsTheVolume();

private:
    QString file(AudioFixtures::Format format) const { return m_files.value(int(format)); }

    QTemporaryDir m_dir;
    std::unique_ptr<AudioFixtures> m_fixtures;
    QHash<int, QString> m_files;
    AudioOutputFake *m_output = nullptr; // owned by m_player
    std::unique_ptr<ClipPlayer> m_player;
};

void TestClipPlayer::initTestCase()
{
    const QStringList missing = AudioFixtures::missingTools();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("missing tools (run scripts/setup): ")
                        + missing.join(QLatin1Char(' '))));
    m_fixtures = std::make_unique<AudioFixtures>(m_dir.path());
    QVERIFY2(m_fixtures->makeReference(20), qPrintable(m_fixtures->errorString()));
    for (AudioFixtures::Format format :
         {AudioFixtures::Format::Wav, AudioFixtures::Format::Mp3Cbr, AudioFixtures::Format::Opus}) {
        const QString path = m_fixtures->encode(format);
        QVERIFY2(!path.isEmpty(), qPrintable(m_fixtures->errorString()));
        m_files.insert(int(format), path);
    }
}

void TestClipPlayer::init()
{
    auto output = std::make_unique<AudioOutputFake>();
    m_output = output.get();
    m_player = std::make_unique<ClipPlayer>(std::move(output));
}

void TestClipPlayer::playsExactlyTheSpanAndFinishesOnce_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("wav") << int(AudioFixtures::Format::Wav);
    QTest::newRow("mp3") << int(AudioFixtures::Format::Mp3Cbr);
    QTest::newRow("opus") << int(AudioFixtures::Format::Opus);
}

void TestClipPlayer::playsExactlyTheSpanAndFinishesOnce()
{
    QFETCH(int, format);
    QSignalSpy states(m_player.get(), &ClipPlayer::stateChanged);
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    QSignalSpy errors(m_player.get(), &ClipPlayer::errorOccurred);
    const PlaybackRequest request {file(AudioFixtures::Format(format)), 4000, 5500,
                                   QStringLiteral("A claim"),           7,    3};
    m_player->play(request);
    QCOMPARE(m_player->state(), ClipPlayer::State::Playing);
    QCOMPARE(m_player->currentRequest(), request);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).value<PlaybackRequest>(), request);

    QVERIFY(finished.wait(10000));
    QTest::qWait(50); // nothing more may follow
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<PlaybackRequest>(), request);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
    QCOMPARE(states.count(), 2);
    QCOMPARE(states.at(1).at(0).value<ClipPlayer::State>(), ClipPlayer::State::Stopped);
    QCOMPARE(m_player->positionMs(), request.endMs);
    QVERIFY(m_player->currentRequest().isNull());

    // Exactly the span's frames, then the silence that lets it be heard.
    const int channels = m_output->format().channelCount();
    QCOMPARE(m_output->framesReceived(), (request.endMs - request.startMs) * PerMs + TailFrames);
    const QVector<qint16> heard = AudioAlignment::channel(m_output->samples(), channels);
    const QVector<qint16> tail = heard.mid(heard.size() - TailFrames);
    QCOMPARE(AudioAlignment::audibleRange(tail).first, qint64(-1));
    // Past the fade, what was played is the source from startMs on.
    const QVector<qint16> body = heard.mid(FadeFrames, 200 * PerMs);
    const AudioAlignment::Match match
            = AudioAlignment::find(m_fixtures->reference(), body, (request.startMs - 50) * PerMs,
                                   (request.startMs + 50) * PerMs);
    QVERIFY(match.correlation > 0.9);
    QCOMPARE(match.offset, request.startMs * PerMs + FadeFrames);
    // The edges are faded, not cut.
    QVERIFY(qAbs(heard.at(0)) < 50);
    const qint64 last = heard.size() - TailFrames - 1;
    QVERIFY(qAbs(heard.at(last)) < 50);
}

void TestClipPlayer::playsToTheEndOfTheAudio()
{
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_player->play({file(AudioFixtures::Format::Wav), 18500, -1});
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_output->framesReceived(), 1500 * PerMs + TailFrames);
    QCOMPARE(m_player->positionMs(), qint64(20000));
}

void TestClipPlayer::aSecondPlayReplacesTheFirst()
{
    m_output->setAutoPull(false);
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    QSignalSpy states(m_player.get(), &ClipPlayer::stateChanged);
    const PlaybackRequest first {file(AudioFixtures::Format::Wav), 1000, 9000};
    const PlaybackRequest second {file(AudioFixtures::Format::Mp3Cbr), 12000, 12500};
    m_player->play(first);
    QCOMPARE(m_output->pull(4800), qint64(4800));
    m_player->play(second);
    QCOMPARE(m_player->currentRequest(), second);
    QCOMPARE(m_output->startCount(), 2);
    m_output->setAutoPull(true);
    QVERIFY(finished.wait(10000));
    QTest::qWait(50);
    QCOMPARE(started.count(), 2);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<PlaybackRequest>(), second);
    QCOMPARE(m_output->framesReceived(), 500 * PerMs + TailFrames);
    // Playing -> (still playing the second) -> Stopped.
    QCOMPARE(states.count(), 2);
}

void TestClipPlayer::pausesAndResumes()
{
    m_output->setAutoPull(false);
    QSignalSpy states(m_player.get(), &ClipPlayer::stateChanged);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_player->play({file(AudioFixtures::Format::Wav), 2000, 3000});
    QCOMPARE(m_output->pull(250 * PerMs), 250 * PerMs);
    m_player->pause();
    QCOMPARE(m_player->state(), ClipPlayer::State::Paused);
    QVERIFY(m_output->isSuspended());
    QCOMPARE(m_player->positionMs(), qint64(2250));
    QCOMPARE(m_output->pull(PerMs), qint64(0)); // a suspended sink takes nothing
    m_player->togglePause();
    QCOMPARE(m_player->state(), ClipPlayer::State::Playing);
    QVERIFY(!m_output->isSuspended());
    m_player->togglePause();
    QCOMPARE(m_player->state(), ClipPlayer::State::Paused);
    m_player->resume();
    m_output->setAutoPull(true);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_output->framesReceived(), 1000 * PerMs + TailFrames);
    const QList<ClipPlayer::State> expected
            = {ClipPlayer::State::Playing, ClipPlayer::State::Paused,  ClipPlayer::State::Playing,
               ClipPlayer::State::Paused,  ClipPlayer::State::Playing, ClipPlayer::State::Stopped};
    QCOMPARE(states.count(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(states.at(i).at(0).value<ClipPlayer::State>(), expected.at(i));
}

void TestClipPlayer::stopEmitsNoFinished()
{
    m_output->setAutoPull(false);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_player->play({file(AudioFixtures::Format::Wav), 0, 2000});
    m_output->pull(100 * PerMs);
    m_player->stop();
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
    QVERIFY(!m_output->isStarted());
    QVERIFY(m_player->currentRequest().isNull());
    m_output->setAutoPull(true);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_player->positionMs(), qint64(100));
}

void TestClipPlayer::reportsPositionWhilePlaying()
{
    m_output->setAutoPull(false);
    QSignalSpy positions(m_player.get(), &ClipPlayer::positionChanged);
    m_player->play({file(AudioFixtures::Format::Wav), 6000, 8000});
    QCOMPARE(positions.count(), 1);
    QCOMPARE(positions.at(0).at(0).toLongLong(), qint64(6000));
    m_output->pull(300 * PerMs);
    QVERIFY(positions.wait(2000));
    QCOMPARE(positions.last().at(0).toLongLong(), qint64(6300));
    QCOMPARE(m_player->positionMs(), qint64(6300));
}

void TestClipPlayer::reportsAMissingFile()
{
    QSignalSpy errors(m_player.get(), &ClipPlayer::errorOccurred);
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    m_player->play({m_dir.filePath(QStringLiteral("episode-404.mp3")), 0, 1000});
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
    QCOMPARE(m_player->error(), ClipPlayer::Error::SourceError);
    QVERIFY(errors.wait(2000)); // queued, so callers connecting after play() still hear it
    QCOMPARE(errors.count(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("episode-404.mp3")), qPrintable(message));
    QCOMPARE(started.count(), 0);
    QCOMPARE(m_output->startCount(), 0);
}

void TestClipPlayer::reportsATruncatedFile()
{
    const QString half = m_fixtures->truncatedCopy(file(AudioFixtures::Format::Mp3Cbr));
    QVERIFY(!half.isEmpty());
    QSignalSpy errors(m_player.get(), &ClipPlayer::errorOccurred);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    // Starts in the half that is there and runs into the cut: plays it, then says why it stopped.
    m_player->play({half, 8000, 12000});
    QVERIFY(errors.wait(10000));
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.contains(QFileInfo(half).fileName()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("truncated")), qPrintable(message));
    QCOMPARE(m_player->error(), ClipPlayer::Error::SourceError);
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
    QCOMPARE(finished.count(), 0);
    // Entirely in the missing half: refused before anything plays.
    m_player->play({half, 15000, 16000});
    QVERIFY(errors.wait(2000));
    QVERIFY(errors.at(1).at(0).toString().contains(QFileInfo(half).fileName()));
}

void TestClipPlayer::reportsABadSpan()
{
    QSignalSpy errors(m_player.get(), &ClipPlayer::errorOccurred);
    m_player->play({file(AudioFixtures::Format::Wav), 3000, 2000});
    QCOMPARE(m_player->error(), ClipPlayer::Error::InvalidRequest);
    QVERIFY(errors.wait(2000));
    QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("empty or reversed")));
    m_player->play({QString(), 0, 1000});
    QCOMPARE(m_player->error(), ClipPlayer::Error::InvalidRequest);
    QCOMPARE(m_output->startCount(), 0);
}

void TestClipPlayer::reportsNoOutputDevice()
{
    m_output->setAvailable(false, QStringLiteral("no audio output device was found"));
    QSignalSpy errors(m_player.get(), &ClipPlayer::errorOccurred);
    m_player->play({file(AudioFixtures::Format::Wav), 0, 1000});
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
    QCOMPARE(m_player->error(), ClipPlayer::Error::OutputError);
    QVERIFY(errors.wait(2000));
    QVERIFY(errors.at(0).at(0).toString().contains(
            QStringLiteral("no audio output device was found")));
    QCOMPARE(m_output->startCount(), 0);
}

void TestClipPlayer::reportsAnOutputThatWillNotStart()
{
    m_output->setStartError(QStringLiteral("the audio output device could not be opened"));
    QSignalSpy errors(m_player.get(), &ClipPlayer::errorOccurred);
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    m_player->play({file(AudioFixtures::Format::Wav), 0, 1000});
    QCOMPARE(m_player->error(), ClipPlayer::Error::OutputError);
    QVERIFY(errors.wait(2000));
    QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("could not be opened")));
    QCOMPARE(started.count(), 0);
}

void TestClipPlayer::reportsAnOutputThatFails()
{
    m_output->setAutoPull(false);
    QSignalSpy errors(m_player.get(), &ClipPlayer::errorOccurred);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_player->play({file(AudioFixtures::Format::Wav), 0, 1000});
    m_output->pull(PerMs * 10);
    m_output->fail(QStringLiteral("the sound server cannot be reached"));
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
    QCOMPARE(m_player->error(), ClipPlayer::Error::OutputError);
    QVERIFY(errors.wait(2000));
    QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("cannot be reached")));
    QCOMPARE(finished.count(), 0);
}

void TestClipPlayer::setsTheVolume()
{
    m_player->setVolume(0.25f);
    QCOMPARE(m_output->volume(), 0.25f);
    QCOMPARE(m_player->volume(), 0.25f);
    m_player->setVolume(3.0f);
    QCOMPARE(m_output->volume(), 1.0f);
    m_player->setVolume(-1.0f);
    QCOMPARE(m_output->volume(), 0.0f);
}

QTEST_GUILESS_MAIN(TestClipPlayer)
#include "tst_clipplayer.moc"
