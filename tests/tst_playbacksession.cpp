// What the user asks the player for, turned into queue items for the open episode.
#include "import/SampleLibrary.h"
#include "library/OpenEpisode.h"
#include "library/PlaybackSession.h"
#include "library/PlaybackSettings.h"
#include "playback/ClipPlayer.h"
#include "playback/PlayQueue.h"
#include "support/AudioOutputFake.h"
#include "support/TestLibrary.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

class TestPlaybackSession : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestLibrary library;
        QSettings store {QDir(library.dir()).filePath(QStringLiteral("settings.ini")),
                         QSettings::IniFormat};
        PlaybackSettings settings {&store};
        AudioOutputFake *output = new AudioOutputFake;
        ClipPlayer player {std::unique_ptr<AudioOutput>(output)};
        PlayQueue queue {player};
        OpenEpisode episode {library.database()};
        PlaybackSession session {episode, player, queue, settings};

        Fixture()
        {
            output->setAutoPull(false); // nothing ends by itself
            const ImportResult sample = SampleLibrary::import(library.database());
            episode.open(sample.episodeIds.value(0));
        }
        QStringList labels() const
        {
            QStringList result;
            for (const QueueItem &item : queue.items())
                result << item.label;
            return result;
        }
    };

private Q_SLOTS:
    void playAllOfATopicOrAKind()
    {
        Fixture f;
        f.session.playTopic(1); // "RL Impact": markers 1 and 4
        QCOMPARE(f.labels(),
                 (QStringList {QStringLiteral("Citation 1"), QStringLiteral("Citation 4")}));
        QCOMPARE(f.queue.currentIndex(), 0);
        QCOMPARE(f.player.currentRequest(), f.queue.items().at(0).request);
        QCOMPARE(f.queue.items().at(1).request.clipId, f.episode.content().citationClip(4)->id);

        f.session.playKind(ClipKind::Question);
        QCOMPARE(f.queue.count(), 5);
        QVERIFY(f.labels().at(0).startsWith(QStringLiteral("Answer")));
    }

    void stepsWithinTheQueueOrAmongClips()
    {
        Fixture f;
        f.session.playTopic(0); // citations 1, 2, 3
        f.session.step(1);
        QCOMPARE(f.queue.currentIndex(), 1);
        f.session.step(-1);
        QCOMPARE(f.queue.currentIndex(), 0);
        QSignalSpy messages(&f.session, &PlaybackSession::messageRequested);
        f.session.step(-1);
        QCOMPARE(messages.count(), 1);

        // A single clip steps to the neighbouring clip of its kind.
        f.session.playCitationNumber(0, 5);
        QCOMPARE(f.queue.count(), 1);
        f.session.step(1);
        QCOMPARE(f.player.currentRequest().clipId, f.episode.content().citationClip(6)->id);
    }

    void seekKeepsTheSpanEnd()
    {
        Fixture f;
        f.session.playCitationNumber(1, 4);
        const PlaybackRequest clip = f.player.currentRequest();
        f.session.seekBy(3000);
        QCOMPARE(f.player.currentRequest().startMs, clip.startMs + 3000);
        QCOMPARE(f.player.currentRequest().endMs, clip.endMs);
        f.session.seekBy(60000); // past the clip: the episode plays on
        QCOMPARE(f.player.currentRequest().endMs, -1);
        QCOMPARE(f.player.currentRequest().clipId, 0);
    }

    void playsTheEpisodeWhenNothingIsLoaded()
    {
        Fixture f;
        f.session.togglePlayback();
        QCOMPARE(f.player.state(), ClipPlayer::State::Playing);
        QCOMPARE(f.player.currentRequest().startMs, 0);
        QCOMPARE(f.player.currentRequest().endMs, -1);
        f.session.togglePlayback();
        QCOMPARE(f.player.state(), ClipPlayer::State::Paused);
    }

    void settingsReachThePlayer()
    {
        Fixture f;
        f.settings.setLeadInMs(400);
        f.settings.setSpeed(1.5);
        f.settings.setMuted(true);
        QCOMPARE(f.player.leadInMs(), 400);
        QCOMPARE(f.player.speed(), 1.5);
        QVERIFY(f.player.isMuted());
        f.session.changeSpeed(2);
        QCOMPARE(f.player.speed(), 2.0);
        f.session.changeSpeed(10);
        QCOMPARE(f.player.speed(), 3.0);
    }

    void explainsWhatCannotPlay()
    {
        Fixture f;
        QSignalSpy messages(&f.session, &PlaybackSession::messageRequested);
        f.session.playCitationNumber(0, 9);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("no citation 9")));
        QCOMPARE(f.player.state(), ClipPlayer::State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackSession)
#include "tst_playbacksession.moc"
