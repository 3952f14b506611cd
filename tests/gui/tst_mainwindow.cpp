// The window end to end without a sound card: the sample's page, its chips, the timeline and the
// player bar, driven with real mouse clicks.
#include "CitedTextView.h"
#include "ClipRow.h"
#include "EpisodeListPane.h"
#include "EpisodePage.h"
#include "MainWindow.h"
#include "PlayerBar.h"
#include "PreferencesDialog.h"
#include "QueuePanel.h"
#include "ShortcutsOverlay.h"
#include "TimelineWidget.h"
#include "TopicPane.h"
#include "desktop/MprisService.h"
#include "import/SampleLibrary.h"
#include "library/PlaybackSession.h"
#include "library/PlaybackSettings.h"
#include "models/ClipListModel.h"
#include "playback/ClipPlayer.h"
#include "playback/PlayQueue.h"
#include "playback/SpanAudioDevice.h"
#include "support/AudioOutputFake.h"
#include "support/TestLibrary.h"

#include <QComboBox>
#include <QDir>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

class TestMainWindow : public QObject
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
        std::unique_ptr<MainWindow> window;
        qint64 episodeId = 0;

        Fixture()
        {
            const ImportResult sample = SampleLibrary::import(library.database());
            episodeId = sample.episodeIds.value(0);
            window = std::make_unique<MainWindow>(library.database(), player, &settings);
            window->resize(1200, 850);
            window->show();
        }
    };

private Q_SLOTS:
    void opensTheSampleEpisode()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QCOMPARE(f.window->currentEpisode(), f.episodeId);
        EpisodePage *page = f.window->page();
        QCOMPARE(page->topicCount(), 3);
        QCOMPARE(page->topicPane(0)->title(), QStringLiteral("Model Insights"));
        QCOMPARE(page->topicPane(1)->textView()->chipCount(), 2);
        QVERIFY(f.window->windowTitle().contains(QStringLiteral("Tatsu Hashimoto")));
        // Episodes known only by title are listed too.
        QCOMPARE(f.window->episodeList()->view()->model()->rowCount(), 10);
    }

    void clickingCitationChipPlaysExactlyItsClip_data()
    {
        QTest::addColumn<int>("topic");
        QTest::addColumn<int>("chip");
        QTest::addColumn<int>("number");
        QTest::newRow("citation 4") << 1 << 1 << 4;
        QTest::newRow("citation 1 in topic 1") << 0 << 0 << 1;
        QTest::newRow("citation 1 in topic 2") << 1 << 0 << 1;
        QTest::newRow("citation 6") << 2 << 1 << 6;
    }

    void clickingCitationChipPlaysExactlyItsClip()
    {
        QFETCH(int, topic);
        QFETCH(int, chip);
        QFETCH(int, number);
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        TopicPane *pane = f.window->page()->topicPane(topic);
        f.window->page()->ensureWidgetVisible(pane);
        CitedTextView *text = pane->textView();
        const QRect rect = text->chipRect(chip);
        QVERIFY(rect.isValid());

        QSignalSpy started(&f.player, &ClipPlayer::started);
        QSignalSpy finished(&f.player, &ClipPlayer::finished);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);

        const PlaybackRequest request = started.at(0).at(0).value<PlaybackRequest>();
        // The requested span is exactly the citation clip's, from the library.
        QSqlQuery query(f.library.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, start_ms, end_ms FROM clips WHERE clip_key = "
                                          "'citation:%1'")
                                   .arg(number))
                && query.next());
        QCOMPARE(request.clipId, query.value(0).toLongLong());
        QCOMPARE(request.startMs, query.value(1).toLongLong());
        QCOMPARE(request.endMs, query.value(2).toLongLong());
        QVERIFY(request.source.endsWith(QStringLiteral("narration.opus")));
        QVERIFY(f.window->playerBar()->nowPlayingText().contains(
                QStringLiteral("Citation %1").arg(number)));

        // It stops by itself at the end, having delivered the span's samples and no more.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        const QAudioFormat format = f.output->format();
        const qint64 expectedFrames
                = (request.endMs - request.startMs) * format.sampleRate() / 1000;
        const qint64 tailFrames = SpanAudioDevice::TailMs * format.sampleRate() / 1000;
        const qint64 frames = f.output->received().size() / format.bytesPerFrame();
        QVERIFY2(qAbs(frames - tailFrames - expectedFrames) <= format.sampleRate() / 100,
                 qPrintable(QStringLiteral("%1 frames for %2").arg(frames).arg(expectedFrames)));
        QCOMPARE(f.player.state(), ClipPlayer::State::Stopped);
    }

    void clickingATimelineMarkerPlaysIt()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        TimelineWidget *timeline = f.window->timeline();
        const QRect marker = timeline->markerRect(0);
        QVERIFY(marker.isValid());
        QSignalSpy activated(timeline, &TimelineWidget::clipActivated);
        QSignalSpy started(&f.player, &ClipPlayer::started);
        QTest::mouseClick(timeline, Qt::LeftButton, {}, marker.center());
        QCOMPARE(activated.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        QCOMPARE(started.at(0).at(0).value<PlaybackRequest>().clipId,
                 activated.at(0).at(0).toLongLong());
    }

    void clickingAClipRowPlaysIt()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QVector<ClipRow *> rows = f.window->page()->clipRows();
        QVERIFY(rows.size() >= 10); // popular clips, highlights, questions
        ClipRow *row = rows.last();
        f.window->page()->ensureWidgetVisible(row);
        QSignalSpy started(&f.player, &ClipPlayer::started);
        QTest::mouseClick(row->playButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        QCOMPARE(started.at(0).at(0).value<PlaybackRequest>().clipId, row->clipId());
    }

    void keyboardPlaysCitationsAndSteps()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QSignalSpy started(&f.player, &ClipPlayer::started);
        QSqlQuery query(f.library.connection());
        auto clipId = [&query](const QString &key) {
            query.exec(QStringLiteral("SELECT id FROM clips WHERE clip_key = '%1'").arg(key));
            return query.next() ? query.value(0).toLongLong() : qint64(-1);
        };

        QTest::keyClick(f.window.get(), Qt::Key_4);
        QTRY_COMPARE(started.count(), 1);
        QCOMPARE(started.last().at(0).value<PlaybackRequest>().clipId,
                 clipId(QStringLiteral("citation:4")));

        QTest::keyClick(f.window.get(), Qt::Key_BracketRight);
        QTRY_COMPARE(started.count(), 2);
        QCOMPARE(started.last().at(0).value<PlaybackRequest>().clipId,
                 clipId(QStringLiteral("citation:5")));

        QTest::keyClick(f.window.get(), Qt::Key_BracketLeft);
        QTRY_COMPARE(started.count(), 3);
        QCOMPARE(started.last().at(0).value<PlaybackRequest>().clipId,
                 clipId(QStringLiteral("citation:4")));

        // Forward 5 s within the clip: the same end, 5 s later.
        f.player.pause();
        const qint64 before = f.player.positionMs();
        const PlaybackRequest playing = f.player.currentRequest();
        QTest::keyClick(f.window.get(), Qt::Key_Right);
        QTRY_COMPARE(started.count(), 4);
        const PlaybackRequest moved = started.last().at(0).value<PlaybackRequest>();
        QCOMPARE(moved.startMs, before + 5000);
        QCOMPARE(moved.endMs, playing.endMs);

        QTest::keyClick(f.window.get(), Qt::Key_Escape);
        QCOMPARE(f.player.state(), ClipPlayer::State::Stopped);
    }

    void mediaKeysStepThroughClips()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        MprisService *mpris = f.window->mpris();
        QVERIFY(mpris->canGoNext());
        QSignalSpy started(&f.player, &ClipPlayer::started);
        QTest::keyClick(f.window.get(), Qt::Key_2);
        QTRY_COMPARE(started.count(), 1);
        mpris->next(); // what a media key or the panel's "next" does
        QTRY_COMPARE(started.count(), 2);
        QSqlQuery query(f.library.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM clips WHERE clip_key = 'citation:3'"))
                && query.next());
        QCOMPARE(started.last().at(0).value<PlaybackRequest>().clipId, query.value(0).toLongLong());
        QCOMPARE(mpris->metadata().value(QStringLiteral("xesam:album")).toString(),
                 QStringLiteral("Stanford Professor Tatsu Hashimoto on AI Biases and Improving LLM "
                                "Performance"));
    }

    void shortcutsOverlayListsTheKeys()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QVERIFY(!f.window->shortcutsOverlay()->isVisible());
        QTest::keyClick(f.window.get(), Qt::Key_Question, Qt::ShiftModifier);
        QTRY_VERIFY(f.window->shortcutsOverlay()->isVisible());
        // A key closes it without playing anything.
        QSignalSpy started(&f.player, &ClipPlayer::started);
        QTest::keyClick(f.window->shortcutsOverlay(), Qt::Key_Space);
        QVERIFY(!f.window->shortcutsOverlay()->isVisible());
        QCOMPARE(started.count(), 0);
    }

    void playAllQueuesATopicsCitations()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QSignalSpy started(&f.player, &ClipPlayer::started);
        TopicPane *pane = f.window->page()->topicPane(0);
        QVERIFY(pane->playAllButton());
        f.window->page()->ensureWidgetVisible(pane);
        QTest::mouseClick(pane->playAllButton(), Qt::LeftButton);
        QCOMPARE(f.window->queue()->count(), 3);
        QVERIFY(f.window->queuePanel()->isVisible());
        QTRY_COMPARE(started.count(), 1);
        QVERIFY(f.window->playerBar()->nowPlayingText().startsWith(
                QStringLiteral("Citation 1 \u00b7 1 of 3")));
        // Each plays to its end, then the next: citations 1, 2, 3 in turn.
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 3, 20000);
        QSqlQuery query(f.library.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM clips WHERE clip_key = 'citation:3'"))
                && query.next());
        QCOMPARE(started.last().at(0).value<PlaybackRequest>().clipId, query.value(0).toLongLong());
        QCOMPARE(f.window->queue()->currentIndex(), 2);
    }

    void queuePanelEditsTheQueue()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.output->setAutoPull(false); // nothing ends by itself while the queue is edited
        f.window->session()->playKind(ClipKind::Question);
        f.player.pause(); // (a playing output that takes nothing would count as stalled)
        QCOMPARE(f.window->queue()->count(), 5);
        QListView *view = f.window->queuePanel()->view();
        QCOMPARE(view->model()->rowCount(), 5);
        view->setCurrentIndex(view->model()->index(3, 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(f.window->queue()->count(), 4);
        // Enter (or a double-click) jumps to an entry.
        QSignalSpy started(&f.player, &ClipPlayer::started);
        view->setCurrentIndex(view->model()->index(2, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(started.count(), 1);
        QCOMPARE(f.window->queue()->currentIndex(), 2);
        QCOMPARE(started.last().at(0).value<PlaybackRequest>(),
                 f.window->queue()->items().at(2).request);
        // A single clip afterwards is a queue of one: the panel goes away.
        QTest::keyClick(f.window.get(), Qt::Key_4);
        QTRY_COMPARE(f.window->queue()->count(), 1);
        QVERIFY(!f.window->queuePanel()->isVisible());
    }

    void speedAndMuteFollowTheKeysAndTheBar()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QTest::keyClick(f.window.get(), Qt::Key_Greater, Qt::ShiftModifier);
        QCOMPARE(f.settings.speed(), 1.25);
        QCOMPARE(f.player.speed(), 1.25);
        QCOMPARE(f.window->playerBar()->speedButton()->text(), QStringLiteral("1.25\u00d7"));
        QTest::keyClick(f.window.get(), Qt::Key_Less, Qt::ShiftModifier);
        QTest::keyClick(f.window.get(), Qt::Key_Less, Qt::ShiftModifier);
        QCOMPARE(f.player.speed(), 0.75);
        QTest::mouseClick(f.window->playerBar()->muteButton(), Qt::LeftButton);
        QVERIFY(f.player.isMuted());
        QVERIFY(f.settings.muted());
    }

    void preferencesApplyAtOnce()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        PreferencesDialog dialog(f.settings, f.window.get());
        dialog.leadInBox()->setValue(750);
        dialog.leadOutBox()->setValue(500);
        QCOMPARE(f.player.leadInMs(), 750);
        QCOMPARE(f.player.leadOutMs(), 500);
        dialog.speedBox()->setCurrentIndex(dialog.speedBox()->findData(1.5));
        QCOMPARE(f.player.speed(), 1.5);
        QCOMPARE(f.window->playerBar()->speedButton()->text(), QStringLiteral("1.5\u00d7"));
        // A clip now plays with its context around it, and the request stays the clip's.
        QSignalSpy started(&f.player, &ClipPlayer::started);
        QTest::keyClick(f.window.get(), Qt::Key_4);
        QTRY_COMPARE(started.count(), 1);
        const PlaybackRequest request = started.last().at(0).value<PlaybackRequest>();
        QCOMPARE(f.player.spanStartMs(), request.startMs - 750);
        QCOMPARE(f.player.spanEndMs(), request.endMs + 500);
    }

    void citecastLinksOpenTheSpan()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        f.output->setAutoPull(false);
        // Away from the sample first, so the link has to bring it back.
        QSqlQuery query(f.library.connection());
        QVERIFY(query.exec(QStringLiteral(
                        "SELECT id FROM episodes WHERE known_only_by_title = 1 LIMIT 1"))
                && query.next());
        f.window->openEpisode(query.value(0).toLongLong());
        QSignalSpy started(&f.player, &ClipPlayer::started);
        f.window->openLink(QStringLiteral("citecast://episode/citecast-sample-ep11?t=68760-80463"));
        QCOMPARE(f.window->currentEpisode(), f.episodeId);
        QCOMPARE(f.window->episodeList()->currentEpisode(), f.episodeId);
        QTRY_COMPARE(started.count(), 1);
        QCOMPARE(started.last().at(0).value<PlaybackRequest>().startMs, 68760);
        QCOMPARE(started.last().at(0).value<PlaybackRequest>().endMs, 80463);

        f.window->openLink(QStringLiteral("citecast://episode/no-such-episode?t=1-2"));
        QVERIFY(f.window->statusBar()->currentMessage().contains(
                QStringLiteral("not in this library")));
        QCOMPARE(started.count(), 1);
    }

    void importsAFeedFileLikeAPage()
    {
        // File › Import (and dropping files) reads what `citecast import` reads: a feed file
        // adds its episodes and opens the first; a transcript goes to the open episode.
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        const QAbstractItemModel *list = f.window->episodeList()->view()->model();
        const int before = list->rowCount();
        f.window->importFiles({QStringLiteral(CITECAST_TEST_DATA "/feeds/onscreen/onscreen.xml")});
        QCOMPARE(list->rowCount(), before + 2);
        QSqlQuery query(f.library.database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT feed_guid FROM episodes WHERE id = %1")
                                   .arg(f.window->currentEpisode()))
                && query.next());
        QVERIFY(!query.value(0).toString().isEmpty()); // a feed episode is open
        // A transcript file with no episode named goes to the one that is open.
        f.window->openEpisode(f.episodeId);
        f.window->importFiles(
                {QStringLiteral(CITECAST_TEST_DATA "/feeds/onscreen/onscreen-transcript.vtt")});
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM transcript_segments WHERE "
                                          "episode_id = %1")
                                   .arg(f.episodeId))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 16);
    }

    void relatedEpisodeOpensWhenInTheLibrary()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        QSignalSpy related(f.window->page(), &EpisodePage::relatedActivated);
        const QList<QPushButton *> buttons
                = f.window->page()->findChildren<QPushButton *>(QStringLiteral("related"));
        QCOMPARE(buttons.size(), 9);
        f.window->page()->ensureWidgetVisible(buttons.first());
        QTest::mouseClick(buttons.first(), Qt::LeftButton);
        QCOMPARE(related.count(), 1);
        const qint64 target = related.at(0).at(0).toLongLong();
        QCOMPARE(f.window->currentEpisode(), target);
        QCOMPARE(f.window->episodeList()->currentEpisode(), target);
        QCOMPARE(f.window->page()->topicCount(), 0); // known only by title: nothing to play
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
