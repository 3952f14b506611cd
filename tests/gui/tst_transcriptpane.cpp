// The synced transcript pane, driven with real clicks and keys: the current cue follows the
// position and stays in view, a click or Enter on a cue asks to play from its start, find marks
// and counts matches with next/previous, Ctrl+F reaches the find field; and the controller reads
// a feed episode's transcript from the library and follows only that episode's playback.
#include "GuiTestHelpers.h"
#include "TranscriptController.h"
#include "TranscriptPane.h"
#include "feeds/FeedImport.h"
#include "models/TranscriptModel.h"
#include "playback/ClipPlayer.h"
#include "storage/EpisodeReader.h"
#include "support/AudioOutputFake.h"
#include "support/TestLibrary.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {

using GuiTest::saveScreenshot;

// With CITECAST_SCREENSHOT_DIR set, keeps what the pane looks like.
// 60 cues of 5 s, every tenth about "loudness"; more than a pane's height.
Transcript longTranscript()
{
    Transcript cues;
    for (int i = 0; i < 60; ++i) {
        TranscriptSegment cue;
        cue.startMs = i * 5000;
        cue.endMs = cue.startMs + 5000;
        cue.speaker = i % 2 ? QStringLiteral("Dev Okafor") : QStringLiteral("Maya Lindqvist");
        cue.text = i % 10 == 3 ? QStringLiteral("Cue %1 talks about loudness and meters.").arg(i)
                               : QStringLiteral("Cue %1 says something else entirely.").arg(i);
        cues << cue;
    }
    return cues;
}

bool rowInView(QListView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    return rect.isValid() && view->viewport()->rect().intersects(rect);
}

} // namespace

class TestTranscriptPane : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TranscriptModel model;
        TranscriptPane pane {&model};

        Fixture()
        {
            model.setTranscript(longTranscript());
            pane.resize(360, 420);
            pane.show();
        }
    };

private Q_SLOTS:
    void currentCueFollowsThePositionAndStaysInView()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        QListView *view = f.pane.view();
        QVERIFY(rowInView(view, 0));
        QVERIFY(!rowInView(view, 50));
        f.model.setPositionMs(252000); // cue 50: 250-255 s
        QCOMPARE(f.model.currentCue(), 50);
        QVERIFY(f.model.index(50).data(TranscriptModel::CurrentRole).toBool());
        QTRY_VERIFY(rowInView(view, 50));
        QVERIFY(!rowInView(view, 0));
        f.model.setPositionMs(2000);
        QTRY_VERIFY(rowInView(view, 0));
    }

    void clickingACueAsksToPlayFromItsStart()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        QSignalSpy play(&f.pane, &TranscriptPane::cueActivated);
        QListView *view = f.pane.view();
        const QRect third = view->visualRect(f.model.index(2));
        QVERIFY(third.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, third.center());
        QCOMPARE(play.count(), 1);
        QCOMPARE(play.at(0).at(0).toLongLong(), 10000);
    }

    void enterOnAFocusedCuePlaysFromIt()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.pane));
        QSignalSpy play(&f.pane, &TranscriptPane::cueActivated);
        QListView *view = f.pane.view();
        view->setFocus();
        view->setCurrentIndex(f.model.index(4));
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(play.count(), 1);
        QCOMPARE(play.at(0).at(0).toLongLong(), 25000);
    }

    void findMarksAndCountsMatches()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        QTest::keyClicks(f.pane.findField(), QStringLiteral("LOUDNESS"));
        QCOMPARE(f.model.matches(), (QVector<int> {3, 13, 23, 33, 43, 53}));
        QVERIFY(f.model.index(13).data(TranscriptModel::MatchRole).toBool());
        QVERIFY(!f.model.index(14).data(TranscriptModel::MatchRole).toBool());
        QCOMPARE(f.pane.matchLabel()->text(), QStringLiteral("1 of 6"));
        QCOMPARE(f.pane.currentMatchRow(), 3);

        QTest::keyClick(f.pane.findField(), Qt::Key_Return); // next
        QCOMPARE(f.pane.matchLabel()->text(), QStringLiteral("2 of 6"));
        QCOMPARE(f.pane.currentMatchRow(), 13);
        f.model.setPositionMs(72000); // cue 14 plays, just below the match
        QTest::qWait(150);
        saveScreenshot(f.pane.grab().toImage(), QStringLiteral("transcript-find.png"));
        QTest::mouseClick(f.pane.nextButton(), Qt::LeftButton);
        QCOMPARE(f.pane.currentMatchRow(), 23);
        QTRY_VERIFY(rowInView(f.pane.view(), 23));
        QTest::mouseClick(f.pane.previousButton(), Qt::LeftButton);
        QTest::mouseClick(f.pane.previousButton(), Qt::LeftButton);
        QTest::mouseClick(f.pane.previousButton(), Qt::LeftButton); // wraps to the last
        QCOMPARE(f.pane.matchLabel()->text(), QStringLiteral("6 of 6"));
        QCOMPARE(f.pane.currentMatchRow(), 53);
        QTRY_VERIFY(rowInView(f.pane.view(), 53));

        f.pane.findField()->setText(QStringLiteral("no such words"));
        QCOMPARE(f.pane.matchLabel()->text(), QStringLiteral("no match"));
        QCOMPARE(f.pane.currentMatchRow(), -1);
        QVERIFY(!f.model.index(3).data(TranscriptModel::MatchRole).toBool());
        f.pane.findField()->clear();
        QVERIFY(f.pane.matchLabel()->text().isEmpty());
    }

    void ctrlFFocusesTheFindFieldWhenThePaneHasFocus()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.pane));
        f.pane.view()->setFocus();
        QVERIFY(!f.pane.findField()->hasFocus());
        QTest::keyClick(f.pane.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(f.pane.findField()->hasFocus());
    }

    void controllerReadsTheFeedTranscriptAndFollowsItsEpisode()
    {
        TestLibrary library;
        const QString path = TestPaths::data(QStringLiteral("feeds/onscreen/onscreen.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportResult imported
                = FeedImport(library.database())
                          .importFeed(file.readAll(), QStringLiteral("onscreen.xml"), path);
        QVERIFY(imported.ok);
        EpisodeReader reader(library.connection(), library.path());
        std::optional<EpisodeContent> withTranscript;
        std::optional<EpisodeContent> without;
        for (qint64 id : imported.episodeIds) {
            const std::optional<EpisodeContent> content = reader.content(id);
            QVERIFY(content);
            (content->transcript.isAvailable() ? withTranscript : without) = content;
        }
        QVERIFY(withTranscript && without);

        ClipPlayer player {std::make_unique<AudioOutputFake>()};
        QWidget parent;
        TranscriptController controller(library.database(), player, &parent);
        QSignalSpy availability(&controller, &TranscriptController::availabilityChanged);
        controller.setEpisode(*withTranscript);
        QVERIFY(controller.hasTranscript());
        QCOMPARE(controller.model()->rowCount(), 16);
        QCOMPARE(controller.model()->index(0).data(TranscriptModel::SpeakerRole).toString(),
                 QStringLiteral("Maya Lindqvist"));
        QVERIFY(!controller.pane()->isHidden());
        QCOMPARE(availability.count(), 1);

        const qint64 id = withTranscript->episode.id;
        controller.setPosition(id, 95500); // "minus fourteen LUFS", from 1:35
        QCOMPARE(controller.model()->currentCue(), 6);
        controller.setPosition(without->episode.id, 1000); // another episode plays: ignored
        QCOMPARE(controller.model()->currentCue(), 6);

        QSignalSpy play(&controller, &TranscriptController::playFromRequested);
        Q_EMIT controller.pane()->cueActivated(42000);
        QCOMPARE(play.count(), 1);
        QCOMPARE(play.at(0).at(0).toLongLong(), 42000);

        // View › Transcript hides it, also for the next episode with a transcript, and shows it.
        QVERIFY(controller.toggleAction()->isEnabled());
        controller.toggleAction()->trigger();
        QVERIFY(controller.pane()->isHidden());
        controller.setEpisode(*without);
        QVERIFY(!controller.hasTranscript());
        QVERIFY(controller.pane()->isHidden());
        QVERIFY(!controller.toggleAction()->isEnabled());
        QCOMPARE(availability.count(), 2);
        controller.setEpisode(*withTranscript);
        QVERIFY(controller.pane()->isHidden());
        controller.toggleAction()->trigger();
        QVERIFY(!controller.pane()->isHidden());
        QCOMPARE(TranscriptController::sourceText(withTranscript->transcript, 16),
                 QStringLiteral("WebVTT \u00b7 16 cues \u00b7 en"));
    }
};

QTEST_MAIN(TestTranscriptPane)
#include "tst_transcriptpane.moc"
