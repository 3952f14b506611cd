// The episode list's Sort and Filter menus on the real pane: each menu entry narrows or orders the
// visible list, the chip says what is filtered and its Clear button lists everything again, the
// guest field filters as you type, the buttons are in the Tab order, and the sort and filters
// (not the guest) come back in the next session, from the window's own settings. With
// CITECAST_SCREENSHOT_DIR set it also saves a rendering.
#include "EpisodeFilterBar.h"
#include "EpisodeListPane.h"
#include "MainWindow.h"
#include "Theme.h"
#include "feeds/FeedImport.h"
#include "import/SampleLibrary.h"
#include "library/PlaybackSettings.h"
#include "models/EpisodeListFilter.h"
#include "models/EpisodeListModel.h"
#include "playback/ClipPlayer.h"
#include "support/AudioOutputFake.h"
#include "support/TestLibrary.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

constexpr qint64 minute = 60 * 1000;

QVector<Episode> library()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto make = [&](qint64 id, const QString &show, int number, const QString &title,
                          int daysAgo, int minutes, const QStringList &guests) {
        Episode episode;
        episode.id = id;
        episode.guid = title;
        episode.show = show;
        episode.number = number;
        episode.title = title;
        episode.published = now.addDays(-daysAgo);
        episode.durationMs = minutes * minute;
        episode.guests = guests;
        episode.audio = {AudioSource::Kind::File, QStringLiteral("a.opus")};
        return episode;
    };
    return {make(1, QStringLiteral("Deep Questions"), 1, QStringLiteral("Scaling laws revisited"),
                 300, 95, {QStringLiteral("Ada Lovelace")}),
            make(2, QStringLiteral("Deep Questions"), 2, QStringLiteral("Why agents fail"), 2, 25,
                 {QStringLiteral("Grace Hopper")}),
            make(3, QStringLiteral("Open Weights"), 3, QStringLiteral("The data wall"), 12, 48,
                 {QStringLiteral("Ada Yonath")}),
            make(4, QStringLiteral("Open Weights"), 4, QStringLiteral("Benchmarks lie"), 40, 62,
                 {})};
}

QStringList visibleTitles(const EpisodeListPane &pane)
{
    QStringList titles;
    const QAbstractItemModel *model = pane.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, EpisodeListModel::TitleColumn).data().toString();
    return titles;
}

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            if (QAction *inner = findAction(action->menu(), text))
                return inner;
        }
    }
    return nullptr;
}

void save(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("CITECAST_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

} // namespace

class TestEpisodeListFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Theme::apply(); }

    void init()
    {
        m_model = std::make_unique<EpisodeListModel>();
        m_model->setEpisodes(library());
        m_model->setTranscriptEpisodes({2, 3});
        m_model->setBookmarkCounts({{4, 2}});
        m_pane = std::make_unique<EpisodeListPane>(m_model.get());
        m_pane->resize(300, 520);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        m_bar = m_pane->filterBar();
    }

    void cleanup()
    {
        m_pane.reset();
        m_model.reset();
    }

    void sortMenuOrdersTheList()
    {
        QCOMPARE(m_bar->sortButton()->text(), QStringLiteral("Sort: Library order"));
        findAction(m_bar->sortMenu(), QStringLiteral("Newest first"))->trigger();
        QCOMPARE(visibleTitles(*m_pane),
                 QStringList({QStringLiteral("Why agents fail"), QStringLiteral("The data wall"),
                              QStringLiteral("Benchmarks lie"),
                              QStringLiteral("Scaling laws revisited")}));
        QCOMPARE(m_bar->sortButton()->text(), QStringLiteral("Sort: Newest first"));
        findAction(m_bar->sortMenu(), QStringLiteral("Longest first"))->trigger();
        QCOMPARE(visibleTitles(*m_pane).constFirst(), QStringLiteral("Scaling laws revisited"));
        QVERIFY(findAction(m_bar->sortMenu(), QStringLiteral("Longest first"))->isChecked());
        QVERIFY(!m_bar->isHidden());
        QVERIFY(m_pane->findChild<QWidget *>(QStringLiteral("episodeFilterChip"))->isHidden());
    }

    void filterMenuNarrowsAndTheChipClears()
    {
        findAction(m_bar->filterMenu(), QStringLiteral("Has Transcript"))->trigger();
        QCOMPARE(visibleTitles(*m_pane),
                 QStringList({QStringLiteral("Why agents fail"), QStringLiteral("The data wall")}));
        findAction(m_bar->filterMenu(), QStringLiteral("Last 7 Days"))->trigger();
        QCOMPARE(visibleTitles(*m_pane), QStringList({QStringLiteral("Why agents fail")}));
        QCOMPARE(m_bar->filterButton()->text(), QStringLiteral("Filter (2)"));
        QVERIFY(m_bar->summaryLabel()->isVisible());
        QCOMPARE(m_bar->summaryLabel()->toolTip(),
                 QStringLiteral("Filtered: Has transcript \u00b7 Last 7 days"));

        QTest::mouseClick(m_bar->clearButton(), Qt::LeftButton);
        QCOMPARE(visibleTitles(*m_pane).size(), 4);
        QVERIFY(!m_bar->summaryLabel()->isVisible());
        // The menu follows: nothing checked but "Any Time".
        QVERIFY(!findAction(m_bar->filterMenu(), QStringLiteral("Has Transcript"))->isChecked());
        QVERIFY(findAction(m_bar->filterMenu(), QStringLiteral("Any Time"))->isChecked());

        findAction(m_bar->filterMenu(), QStringLiteral("Has Bookmarks"))->trigger();
        QCOMPARE(visibleTitles(*m_pane), QStringList({QStringLiteral("Benchmarks lie")}));
        findAction(m_bar->filterMenu(), QStringLiteral("Has Bookmarks"))->trigger();
        findAction(m_bar->filterMenu(), QStringLiteral("30\u201360 min"))->trigger();
        QCOMPARE(visibleTitles(*m_pane), QStringList({QStringLiteral("The data wall")}));
        findAction(m_bar->filterMenu(), QStringLiteral("Clear Filters"))->trigger();
        QCOMPARE(visibleTitles(*m_pane).size(), 4);
    }

    void guestFieldFiltersAsYouType()
    {
        QVERIFY(m_bar->guestField()->isHidden());
        findAction(m_bar->filterMenu(), QStringLiteral("Guest\u2026"))->trigger();
        QVERIFY(m_bar->guestField()->isVisible());
        QTest::keyClicks(m_bar->guestField(), QStringLiteral("ada"));
        QCOMPARE(visibleTitles(*m_pane),
                 QStringList({QStringLiteral("Scaling laws revisited"),
                              QStringLiteral("The data wall")}));
        QCOMPARE(m_bar->summaryLabel()->toolTip(),
                 QStringLiteral("Filtered: Guest \u201cada\u201d"));
        // The text field above still narrows within the filtered list.
        QTest::keyClicks(m_pane->filterField(), QStringLiteral("wall"));
        QCOMPARE(visibleTitles(*m_pane), QStringList({QStringLiteral("The data wall")}));
        m_pane->filterField()->clear();
        QTest::keyClick(m_bar->guestField(), Qt::Key_Escape);
        QVERIFY(m_bar->guestField()->isHidden());
        QCOMPARE(visibleTitles(*m_pane).size(), 4);
    }

    void showFilterGoesThroughTheSameFilter()
    {
        findAction(m_bar->sortMenu(), QStringLiteral("Shortest first"))->trigger();
        m_pane->setShowFilter(QStringLiteral("Open Weights"));
        QCOMPARE(m_pane->episodeFilter()->show(), QStringLiteral("Open Weights"));
        QCOMPARE(visibleTitles(*m_pane),
                 QStringList({QStringLiteral("The data wall"), QStringLiteral("Benchmarks lie")}));
        findAction(m_bar->filterMenu(), QStringLiteral("Has Bookmarks"))->trigger();
        QCOMPARE(visibleTitles(*m_pane), QStringList({QStringLiteral("Benchmarks lie")}));
        // Picking an episode the filters hide lists everything again to show it.
        m_pane->selectEpisode(1);
        QCOMPARE(m_pane->currentEpisode(), qint64(1));
        QVERIFY(!m_pane->episodeFilter()->isFiltering());
        QCOMPARE(m_pane->showFilter(), QString());
    }

    void sortAndFiltersComeBackNextSession()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_pane->episodeFilter()->keepIn(&store);
        findAction(m_bar->sortMenu(), QStringLiteral("Longest first"))->trigger();
        findAction(m_bar->filterMenu(), QStringLiteral("Has Transcript"))->trigger();
        findAction(m_bar->filterMenu(), QStringLiteral("30\u201360 min"))->trigger();
        findAction(m_bar->filterMenu(), QStringLiteral("Guest\u2026"))->trigger();
        QTest::keyClicks(m_bar->guestField(), QStringLiteral("ada"));
        QCOMPARE(visibleTitles(*m_pane), QStringList({QStringLiteral("The data wall")}));

        // A new pane over the same settings: the same sort, the same ticks, the chip, the list;
        // the guest text was for that session only.
        m_pane.reset();
        m_pane = std::make_unique<EpisodeListPane>(m_model.get());
        m_bar = m_pane->filterBar();
        QCOMPARE(m_bar->sortButton()->text(), QStringLiteral("Sort: Library order"));
        m_pane->episodeFilter()->keepIn(&store);
        m_pane->resize(300, 520);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QCOMPARE(m_bar->sortButton()->text(), QStringLiteral("Sort: Longest first"));
        QVERIFY(findAction(m_bar->sortMenu(), QStringLiteral("Longest first"))->isChecked());
        QVERIFY(findAction(m_bar->filterMenu(), QStringLiteral("Has Transcript"))->isChecked());
        QVERIFY(!findAction(m_bar->filterMenu(), QStringLiteral("Has Bookmarks"))->isChecked());
        QVERIFY(findAction(m_bar->filterMenu(), QStringLiteral("30\u201360 min"))->isChecked());
        QCOMPARE(m_pane->episodeFilter()->guest(), QString());
        QVERIFY(m_bar->guestField()->isHidden());
        QCOMPARE(m_bar->filterButton()->text(), QStringLiteral("Filter (2)"));
        QCOMPARE(m_bar->summaryLabel()->toolTip(),
                 QStringLiteral("Filtered: Has transcript \u00b7 30 min\u20131 h"));
        QCOMPARE(visibleTitles(*m_pane), QStringList({QStringLiteral("The data wall")}));
        save(m_pane->grab().toImage(), QStringLiteral("episode-list-restored.png"));

        // Clearing is remembered too; an unknown sort from a newer version is ignored.
        QTest::mouseClick(m_bar->clearButton(), Qt::LeftButton);
        store.setValue(QStringLiteral("episodeList/sort"), 99);
        m_pane.reset();
        m_pane = std::make_unique<EpisodeListPane>(m_model.get());
        m_bar = m_pane->filterBar();
        m_pane->episodeFilter()->keepIn(&store);
        QVERIFY(!m_pane->episodeFilter()->isFiltering());
        QCOMPARE(m_pane->episodeFilter()->sortKey(), EpisodeListFilter::SortKey::Library);
        QCOMPARE(visibleTitles(*m_pane).size(), 4);
    }

    void theWindowKeepsThemInItsSettings()
    {
        TestLibrary testLibrary;
        QVERIFY(SampleLibrary::import(testLibrary.database()).ok);
        const QString feedPath = TestPaths::data(QStringLiteral("feeds/onscreen/onscreen.xml"));
        QFile feed(feedPath);
        QVERIFY(feed.open(QIODevice::ReadOnly));
        QVERIFY(FeedImport(testLibrary.database())
                        .importFeed(feed.readAll(), QStringLiteral("onscreen.xml"), feedPath)
                        .ok);
        QSettings store(QDir(testLibrary.dir()).filePath(QStringLiteral("settings.ini")),
                        QSettings::IniFormat);
        PlaybackSettings settings(&store);
        ClipPlayer player(std::make_unique<AudioOutputFake>());
        {
            MainWindow window(testLibrary.database(), player, &settings);
            EpisodeFilterBar *bar = window.episodeList()->filterBar();
            findAction(bar->sortMenu(), QStringLiteral("Oldest first"))->trigger();
            findAction(bar->filterMenu(), QStringLiteral("Has Transcript"))->trigger();
            // Only the feed's first item has a transcript; the library lists the other first.
            QCOMPARE(window.episodeList()->view()->model()->rowCount(), 1);
        }
        QCOMPARE(store.value(QStringLiteral("episodeList/sort")).toInt(),
                 int(EpisodeListFilter::SortKey::Oldest));
        MainWindow window(testLibrary.database(), player, &settings);
        const EpisodeListFilter *filter = window.episodeList()->episodeFilter();
        QCOMPARE(filter->sortKey(), EpisodeListFilter::SortKey::Oldest);
        // Opening the first episode at start did not clear them: it opened the top of the list.
        QVERIFY(filter->requiresTranscript());
        QVERIFY(window.currentEpisode() != 0);
        QCOMPARE(window.currentEpisode(), window.episodeList()->firstListedEpisode());
        QCOMPARE(window.episodeList()->view()->currentIndex().data().toString(),
                 QStringLiteral("Why loudness normalization changed mastering"));
        QCOMPARE(window.episodeList()->filterBar()->sortButton()->text(),
                 QStringLiteral("Sort: Oldest first"));
    }

    void buttonsAreInTheTabOrder()
    {
        m_pane->activateWindow();
        m_pane->filterField()->setFocus();
        QTRY_VERIFY(m_pane->filterField()->hasFocus());
        QTest::keyClick(m_pane->filterField(), Qt::Key_Tab);
        QVERIFY(m_bar->sortButton()->hasFocus());
        QTest::keyClick(m_bar->sortButton(), Qt::Key_Tab);
        QVERIFY(m_bar->filterButton()->hasFocus());
    }

    void screenshot()
    {
        findAction(m_bar->sortMenu(), QStringLiteral("Newest first"))->trigger();
        findAction(m_bar->filterMenu(), QStringLiteral("Has Transcript"))->trigger();
        findAction(m_bar->filterMenu(), QStringLiteral("Last 30 Days"))->trigger();
        QCoreApplication::processEvents(); // the layout makes room for the chip
        // One line, elided to the chip's width, starting as the tooltip does.
        QVERIFY(m_bar->summaryLabel()->text().startsWith(QStringLiteral("Filtered: Has")));
        QVERIFY(m_bar->summaryLabel()->text().size() <= m_bar->summaryLabel()->toolTip().size());
        const QImage image = m_pane->grab().toImage();
        QVERIFY(!image.isNull());
        save(image, QStringLiteral("episode-list-filtered.png"));
        m_bar->filterMenu()->popup(m_bar->filterButton()->mapToGlobal(QPoint(0, 24)));
        QVERIFY(QTest::qWaitForWindowExposed(m_bar->filterMenu()));
        save(m_bar->filterMenu()->grab().toImage(), QStringLiteral("episode-filter-menu.png"));
        m_bar->filterMenu()->hide();
    }

private:
    std::unique_ptr<EpisodeListModel> m_model;
    std::unique_ptr<EpisodeListPane> m_pane;
    EpisodeFilterBar *m_bar = nullptr;
};

QTEST_MAIN(TestEpisodeListFilters)
#include "tst_episodelistfilters.moc"
