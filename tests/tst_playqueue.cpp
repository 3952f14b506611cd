// The queue's rules without a sound card: in order, a gap, failures skipped, stop does not
// advance, next/previous, editing while playing, and a clip played from elsewhere taking over.
#include "playback/ClipPlayer.h"
#include "playback/PlayQueue.h"
#include "support/AudioFixtures.h"
#include "support/AudioOutputFake.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestPlayQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void playsEveryItemInOrder();
    void startsWhereAsked();
    void reportsAFailingItemAndGoesOn();
    void stopDoesNotAdvance();
    void movesWithNextAndPrevious();
    void followsEditsWhilePlaying();
    void removingThePlayingItemGoesOn();
    void aClipFromElsewhereTakesOver();
    void playsASingleItemAndClears();

private:
    QueueItem item(int n, qint64 startMs) const;
    QVector<QueueItem> three() const { return {item(1, 1000), item(2, 5000), item(3, 9000)}; }
    QVector<int> startedItems(const QSignalSpy &started) const;

    QTemporaryDir m_dir;
    QString m_wav;
    AudioOutputFake *m_output = nullptr; // owned by m_player
    std::unique_ptr<ClipPlayer> m_player;
    std::unique_ptr<PlayQueue> m_queue;
};

void TestPlayQueue::initTestCase()
{
    AudioFixtures fixtures(m_dir.path());
    QVERIFY2(fixtures.makeReference(12), qPrintable(fixtures.errorString()));
    m_wav = fixtures.referencePath();
}

void TestPlayQueue::init()
{
    auto output = std::make_unique<AudioOutputFake>();
    m_output = output.get();
    m_player = std::make_unique<ClipPlayer>(std::move(output));
    m_queue = std::make_unique<PlayQueue>(*m_player);
    m_queue->setGapMs(20);
}

QueueItem TestPlayQueue::item(int n, qint64 startMs) const
{
    return {{m_wav, startMs, startMs + 300, QStringLiteral("Claim %1").arg(n), n, 1},
            QStringLiteral("Citation %1").arg(n)};
}

// Which items (by clip id) the player started, in order.
QVector<int> TestPlayQueue::startedItems(const QSignalSpy &started) const
{
    QVector<int> ids;
    for (const QList<QVariant> &arguments : started)
        ids.append(int(arguments.at(0).value<PlaybackRequest>().clipId));
    return ids;
}

void TestPlayQueue::playsEveryItemInOrder()
{
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    QSignalSpy current(m_queue.get(), &PlayQueue::currentIndexChanged);
    QSignalSpy done(m_queue.get(), &PlayQueue::queueFinished);
    m_queue->playAll(three());
    QCOMPARE(m_queue->currentIndex(), 0);
    QVERIFY(m_queue->isActive());
    QVERIFY(done.wait(10000));
    QCOMPARE(startedItems(started), QVector<int>({1, 2, 3}));
    QCOMPARE(current.constLast().at(0).toInt(), 2);
    QCOMPARE(done.count(), 1);
    QVERIFY(!m_queue->isActive());
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
}

void TestPlayQueue::startsWhereAsked()
{
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    QSignalSpy done(m_queue.get(), &PlayQueue::queueFinished);
    m_queue->playAll(three(), 1);
    QVERIFY(done.wait(10000));
    QCOMPARE(startedItems(started), QVector<int>({2, 3}));
}

void TestPlayQueue::reportsAFailingItemAndGoesOn()
{
    QVector<QueueItem> items = three();
    items[1].request.source = m_dir.filePath(QStringLiteral("lost.mp3"));
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    QSignalSpy failed(m_queue.get(), &PlayQueue::itemFailed);
    QSignalSpy done(m_queue.get(), &PlayQueue::queueFinished);
    m_queue->playAll(items);
    QVERIFY(done.wait(10000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), 1);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("lost.mp3")));
    QCOMPARE(startedItems(started), QVector<int>({1, 3}));
}

void TestPlayQueue::stopDoesNotAdvance()
{
    m_output->setAutoPull(false);
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    QSignalSpy done(m_queue.get(), &PlayQueue::queueFinished);
    m_queue->playAll(three());
    m_output->pull(4800);
    m_player->stop();
    QVERIFY(!m_queue->isActive());
    m_output->setAutoPull(true);
    QTest::qWait(200); // ten gaps: nothing may start
    QCOMPARE(startedItems(started), QVector<int>({1}));
    QCOMPARE(m_queue->currentIndex(), 0);
    QCOMPARE(done.count(), 0);
    // The queue goes on when asked.
    QVERIFY(m_queue->next());
    QCOMPARE(m_player->currentRequest().clipId, qint64(2));
}

void TestPlayQueue::movesWithNextAndPrevious()
{
    m_output->setAutoPull(false);
    m_queue->playAll(three());
    QVERIFY(!m_queue->previous());
    QVERIFY(m_queue->next());
    QVERIFY(m_queue->next());
    QCOMPARE(m_queue->currentIndex(), 2);
    QCOMPARE(m_player->currentRequest().clipId, qint64(3));
    QVERIFY(!m_queue->next());
    QCOMPARE(m_queue->currentIndex(), 2);
    QVERIFY(m_queue->previous());
    QCOMPARE(m_player->currentRequest().clipId, qint64(2));
    m_queue->playAt(0);
    QCOMPARE(m_player->currentRequest().clipId, qint64(1));
    m_queue->playAt(7); // no such item: nothing changes
    QCOMPARE(m_queue->currentIndex(), 0);
}

void TestPlayQueue::followsEditsWhilePlaying()
{
    m_output->setAutoPull(false);
    QSignalSpy changed(m_queue.get(), &PlayQueue::itemsChanged);
    m_queue->playAll(three(), 1);
    m_queue->append(item(4, 3000));
    QCOMPARE(m_queue->count(), 4);
    m_queue->move(1, 3); // the playing item goes last
    QCOMPARE(m_queue->currentIndex(), 3);
    QCOMPARE(m_queue->items().at(3).request.clipId, qint64(2));
    m_queue->move(0, 2); // an item before it moves behind: it stays where it is
    QCOMPARE(m_queue->currentIndex(), 3);
    m_queue->remove(0);
    QCOMPARE(m_queue->currentIndex(), 2);
    QCOMPARE(m_player->currentRequest().clipId, qint64(2)); // still playing, untouched
    QCOMPARE(changed.count(), 5);
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    m_output->setAutoPull(true);
    QSignalSpy done(m_queue.get(), &PlayQueue::queueFinished);
    QVERIFY(done.wait(10000));
    QCOMPARE(started.count(), 0); // it was last
}

void TestPlayQueue::removingThePlayingItemGoesOn()
{
    m_output->setAutoPull(false);
    m_queue->playAll(three());
    m_queue->remove(0);
    QCOMPARE(m_queue->currentIndex(), 0);
    QCOMPARE(m_player->currentRequest().clipId, qint64(2));
    m_queue->remove(1);
    m_queue->remove(0); // the last one, playing: the queue stops
    QVERIFY(m_queue->isEmpty());
    QCOMPARE(m_queue->currentIndex(), -1);
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
}

void TestPlayQueue::aClipFromElsewhereTakesOver()
{
    QSignalSpy started(m_player.get(), &ClipPlayer::started);
    QSignalSpy finished(m_player.get(), &ClipPlayer::finished);
    m_output->setAutoPull(false);
    m_queue->playAll(three());
    m_player->play({m_wav, 100, 400, QStringLiteral("A popular clip"), 99, 1});
    QVERIFY(!m_queue->isActive());
    m_output->setAutoPull(true);
    QVERIFY(finished.wait(10000));
    QTest::qWait(100);
    QCOMPARE(startedItems(started), QVector<int>({1, 99}));
}

void TestPlayQueue::playsASingleItemAndClears()
{
    QSignalSpy done(m_queue.get(), &PlayQueue::queueFinished);
    m_queue->playSingle(item(5, 2000));
    QCOMPARE(m_queue->count(), 1);
    QVERIFY(done.wait(10000));
    m_output->setAutoPull(false);
    m_queue->playAll(three());
    QCOMPARE(m_player->state(), ClipPlayer::State::Playing);
    m_queue->clear();
    QVERIFY(m_queue->isEmpty());
    QCOMPARE(m_queue->currentIndex(), -1);
    QCOMPARE(m_player->state(), ClipPlayer::State::Stopped);
}

QTEST_GUILESS_MAIN(TestPlayQueue)
#include "tst_playqueue.moc"
