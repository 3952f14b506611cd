// Renders the window in the states a user sees (top of the page, the lower sections, a citation
// playing) and checks each rendering. With CITECAST_SCREENSHOT_DIR set, it also saves them as PNG
// for the documentation and for looking at what was built.
#include "BookmarkController.h"
#include "BookmarksPane.h"
#include "CitedTextView.h"
#include "ClipRow.h"
#include "EpisodePage.h"
#include "MainWindow.h"
#include "QueuePanel.h"
#include "ShortcutsOverlay.h"
#include "TimelineWidget.h"
#include "TopicPane.h"
#include "bookmarks/BookmarkDrafts.h"
#include "bookmarks/BookmarkStore.h"
#include "import/SampleLibrary.h"
#include "library/PlaybackSession.h"
#include "playback/ClipPlayer.h"
#include "storage/EpisodeReader.h"
#include "support/AudioOutputFake.h"
#include "support/TestLibrary.h"

#include <QDir>
#include <QImage>
#include <QScrollBar>
#include <QSet>
#include <QTabWidget>
#include <QTest>

class TestWindowScreenshots : public QObject
{
    Q_OBJECT

private:
    static void save(const QImage &image, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CITECAST_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            QVERIFY(image.save(QDir(dir).filePath(name)));
    }

    // Distinct colours in the image: a blank or broken rendering has very few.
    static int colourCount(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        return int(colours.size());
    }

private Q_SLOTS:
    void rendersTheSampleEpisode()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        auto *output = new AudioOutputFake;
        ClipPlayer player {std::unique_ptr<AudioOutput>(output)};
        MainWindow window(library.database(), player);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.timeline()->waveform().isNull(), 10000);

        const QImage top = window.grab().toImage();
        QCOMPARE(top.size(), QSize(1280, 860) * top.devicePixelRatio());
        QVERIFY(colourCount(top) > 50);
        save(top, QStringLiteral("window.png"));

        // A citation playing: its chip and sentence are marked.
        CitedTextView *text = window.page()->topicPane(1)->textView();
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->chipRect(1).center());
        QTRY_VERIFY(player.state() == ClipPlayer::State::Playing || output->startCount() > 0);
        player.pause();
        const QImage playing = window.grab().toImage();
        QVERIFY(playing != top);
        save(playing, QStringLiteral("window-playing.png"));

        // The popular clips and highlights.
        ClipRow *firstRow = window.page()->clipRows().first();
        window.page()->verticalScrollBar()->setValue(
                firstRow->mapTo(window.page()->widget(), QPoint(0, 0)).y() - 80);
        const QImage middle = window.grab().toImage();
        QVERIFY(middle != playing);
        save(middle, QStringLiteral("window-clips.png"));

        QScrollBar *scroll = window.page()->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        const QImage bottom = window.grab().toImage();
        QVERIFY(bottom != playing);
        save(bottom, QStringLiteral("window-lower-sections.png"));

        // Every answer in turn: the queue beside the page.
        window.session()->playKind(ClipKind::Question);
        player.pause();
        QTRY_VERIFY(window.queuePanel()->isVisible());
        QTRY_VERIFY(window.queuePanel()->geometry().right() < window.width());
        window.page()->verticalScrollBar()->setValue(0);
        QTest::qWait(100); // the page re-flows its text to the narrower width
        const QImage queue = window.grab().toImage();
        QVERIFY(queue != bottom);
        save(queue, QStringLiteral("window-queue.png"));

        window.shortcutsOverlay()->showOver();
        const QImage shortcuts = window.grab().toImage();
        QVERIFY(shortcuts != queue);
        save(shortcuts, QStringLiteral("window-shortcuts.png"));
    }

    // The Bookmarks tab with a few bookmarks, their lane on the timeline and counts in the list.
    void rendersBookmarks()
    {
        TestLibrary library;
        const ImportResult sample = SampleLibrary::import(library.database());
        QVERIFY(sample.ok);
        auto *output = new AudioOutputFake;
        ClipPlayer player {std::unique_ptr<AudioOutput>(output)};
        MainWindow window(library.database(), player);
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const EpisodeContent content = *EpisodeReader(library.connection(), library.path())
                                                .content(sample.episodeIds.value(0));
        BookmarkStore &store = window.bookmarks()->store();
        Bookmark insight = BookmarkDrafts::insight(content, 1, 1);
        insight.note = QStringLiteral("Compare with Chinchilla: data beats parameters?");
        insight.tags = {QStringLiteral("RL"), QStringLiteral("fine-tuning")};
        insight.starred = true;
        QVERIFY(store.add(insight));
        Bookmark highlight = BookmarkDrafts::clip(
                content, *content.clipByKey(content.highlights.at(0).clipKey));
        highlight.tags = {QStringLiteral("generalization")};
        QVERIFY(store.add(highlight));
        Bookmark range = BookmarkDrafts::range(content, 99020, 107000);
        range.note = QStringLiteral("Read the opinion QA paper");
        QVERIFY(store.add(range));
        QVERIFY(store.add(BookmarkDrafts::topic(content, 2)));
        window.sidebar()->setCurrentWidget(window.bookmarks()->pane());
        QTRY_VERIFY_WITH_TIMEOUT(!window.timeline()->waveform().isNull(), 10000);
        QCoreApplication::processEvents();

        const QImage bookmarks = window.grab().toImage();
        QVERIFY(colourCount(bookmarks) > 50);
        save(bookmarks, QStringLiteral("window-bookmarks.png"));
    }
};

QTEST_MAIN(TestWindowScreenshots)
#include "tst_windowscreenshots.moc"
