// The Bookmarks pane over a library with the sample and a few bookmarks: it lists them, its
// filters and sorts narrow and order the list, its keys and menu emit the right intents, and it
// follows the store (undo included). With CITECAST_SCREENSHOT_DIR set it also saves renderings.
#include "BookmarkItemDelegate.h"
#include "BookmarksPane.h"
#include "Theme.h"
#include "bookmarks/AddBookmarkCommand.h"
#include "bookmarks/BookmarkDrafts.h"
#include "bookmarks/BookmarkFilterModel.h"
#include "bookmarks/BookmarkListModel.h"
#include "bookmarks/BookmarkStore.h"
#include "bookmarks/RemoveBookmarkCommand.h"
#include "import/SampleLibrary.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

namespace {

// A library with the sample and five bookmarks, kept one second apart in this order.
struct Fixture
{
    TestLibrary library;
    std::unique_ptr<BookmarkStore> store;
    EpisodeContent content;
    Bookmark insight, highlight, range, stub, orphan;

    Fixture(bool withBookmarks = true)
    {
        SampleLibrary::import(library.database());
        EpisodeReader reader(library.connection(), library.path());
        content = *reader.content(reader.findEpisode(QStringLiteral("citecast-sample-ep11"))->id);
        store = std::make_unique<BookmarkStore>(library.connection());
        if (!withBookmarks)
            return;

        Bookmark draft = BookmarkDrafts::insight(content, 1, 1); // RL Impact [4], 1:08–1:20
        draft.note = QStringLiteral("Compare with Chinchilla, later.\nSecond line.");
        draft.tags = {QStringLiteral("AI"), QStringLiteral("open source")};
        draft.starred = true;
        insight = add(draft, 1);
        draft = BookmarkDrafts::clip(content, *content.clipByKey(content.highlights.at(0).clipKey));
        draft.tags = {QStringLiteral("generalization")};
        highlight = add(draft, 2);
        draft = BookmarkDrafts::range(content, 99020, 107000);
        draft.note = QStringLiteral("Read the opinion QA paper");
        range = add(draft, 3);
        for (const Episode &episode : reader.episodes()) {
            if (episode.title.startsWith(QStringLiteral("Fixie.ai")))
                draft = BookmarkDrafts::episode(episode);
        }
        draft.note = QStringLiteral("Listen next");
        draft.tags = {QStringLiteral("to listen")};
        stub = add(draft, 4);
        draft = BookmarkDrafts::range(content, 5000, 9000); // then moved to an unknown episode
        draft.episodeGuid = QStringLiteral("urn:deleted-episode");
        draft.episodeId = 0; // no cached row either: the store resolves it to no episode
        draft.episodeTitle = QStringLiteral("A deleted episode");
        draft.quote = QStringLiteral("Something worth keeping from an episode now gone");
        orphan = add(draft, 5);
    }

    Bookmark add(Bookmark draft, int second)
    {
        draft.createdMs = 1714555800000 + second * 1000;
        return store->add(draft).value_or(Bookmark()); // tests check the ids
    }
};

QList<qint64> shownIds(const BookmarksPane &pane)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = pane.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(BookmarkListModel::IdRole).toLongLong();
    return ids;
}

QModelIndex rowOf(const BookmarksPane &pane, qint64 id)
{
    const QAbstractItemModel *model = pane.view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(BookmarkListModel::IdRole).toLongLong() == id)
            return model->index(row, pane.view()->modelColumn());
    }
    return QModelIndex();
}

void save(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("CITECAST_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

// Distinct colours in the image: a blank or broken rendering has very few.
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int i = 0; i < image.width() * image.height(); i += 3)
        colours.insert(image.pixel(i % image.width(), i / image.width()));
    return int(colours.size());
}

} // namespace

class TestBookmarksPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Theme::apply(); }

    void listsEveryBookmarkNewestFirst()
    {
        Fixture f;
        QVERIFY(f.insight.id > 0 && f.highlight.id > 0 && f.range.id > 0 && f.stub.id > 0
                && f.orphan.id > 0);
        BookmarksPane pane(*f.store);
        QCOMPARE(
                shownIds(pane),
                (QList<qint64> {f.orphan.id, f.stub.id, f.range.id, f.highlight.id, f.insight.id}));
        QVERIFY(!pane.isShowingEmptyState());
        QCOMPARE(pane.sortChoice()->currentText(), QStringLiteral("Newest first"));
        const QModelIndex orphan = rowOf(pane, f.orphan.id);
        QVERIFY(orphan.data(BookmarkListModel::OrphanRole).toBool());
        QVERIFY(!rowOf(pane, f.insight.id).data(BookmarkListModel::OrphanRole).toBool());
    }

    void typingInTheFilterNarrowsTheList()
    {
        Fixture f;
        BookmarksPane pane(*f.store);
        pane.show();
        QTest::keyClicks(pane.filterField(), QStringLiteral("chinch"));
        QCOMPARE(shownIds(pane), QList<qint64> {f.insight.id});
        pane.filterField()->clear();
        QCOMPARE(shownIds(pane).size(), 5);

        // Nothing matches: the empty state says so and clears the filter on request.
        QTest::keyClicks(pane.filterField(), QStringLiteral("no such words"));
        QCOMPARE(shownIds(pane).size(), 0);
        QVERIFY(pane.isShowingEmptyState());
        QCOMPARE(pane.emptyTitle()->text(), QStringLiteral("No bookmark matches"));
        QCOMPARE(pane.countLabel()->text(), QStringLiteral("0 of 5"));
        auto *clear = pane.findChild<QPushButton *>();
        QVERIFY(clear && clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(pane.filterField()->text(), QString());
        QCOMPARE(shownIds(pane).size(), 5);
        QCOMPARE(pane.countLabel()->text(), QStringLiteral("5"));
        QVERIFY(!pane.isShowingEmptyState());
    }

    void theTagChoiceFiltersAndFollowsTheTagsInUse()
    {
        Fixture f;
        BookmarksPane pane(*f.store);
        QComboBox *tags = pane.tagFilter();
        QCOMPARE(tags->count(), 5);
        QCOMPARE(tags->itemText(0), QStringLiteral("All tags"));
        QCOMPARE(tags->itemText(3), QStringLiteral("#open source")); // sorted in any case
        tags->setCurrentIndex(tags->findData(QStringLiteral("open source")));
        QCOMPARE(shownIds(pane), QList<qint64> {f.insight.id});

        Bookmark tagged = f.range;
        tagged.tags = {QStringLiteral("Open Source")};
        QVERIFY(f.store->update(tagged));
        QCOMPARE(tags->currentData().toString().toLower(), QStringLiteral("open source"));
        QCOMPARE(shownIds(pane).size(), 2);

        Bookmark draft = BookmarkDrafts::range(f.content, 1000, 2000);
        draft.tags = {QStringLiteral("zen")};
        QVERIFY(f.store->add(draft));
        QVERIFY(tags->findData(QStringLiteral("zen")) > 0);

        // The chosen tag goes out of use: every bookmark shows again.
        QVERIFY(f.store->remove(f.insight.id));
        tagged.tags.clear();
        QVERIFY(f.store->update(tagged));
        QCOMPARE(tags->findText(QStringLiteral("#open source"), Qt::MatchFixedString), -1);
        QCOMPARE(tags->currentIndex(), 0);
        QCOMPARE(shownIds(pane).size(), 5);
    }

    void starredOnlyShowsTheStarred()
    {
        Fixture f;
        BookmarksPane pane(*f.store);
        pane.starredOnlyButton()->click();
        QCOMPARE(shownIds(pane), QList<qint64> {f.insight.id});
        pane.starredOnlyButton()->click();
        QCOMPARE(shownIds(pane).size(), 5);
    }

    void theSortChoiceOrdersTheList()
    {
        Fixture f;
        BookmarksPane pane(*f.store);
        pane.sortChoice()->setCurrentIndex(pane.sortChoice()->findText(QStringLiteral("Span")));
        // Without a span first, then by start: 0:05, 1:08, 1:29 (highlight), 1:39.
        QCOMPARE(
                shownIds(pane),
                (QList<qint64> {f.stub.id, f.orphan.id, f.insight.id, f.highlight.id, f.range.id}));
        pane.sortChoice()->setCurrentIndex(pane.sortChoice()->findText(QStringLiteral("Episode")));
        const QList<qint64> byEpisode = shownIds(pane);
        QCOMPARE(byEpisode.first(), f.orphan.id); // "A deleted episode"
        QCOMPARE(byEpisode.at(1), f.stub.id);     // "Fixie.ai ..."
        QCOMPARE(byEpisode.mid(2), (QList<qint64> {f.insight.id, f.highlight.id, f.range.id}));
    }

    void enterAndDoubleClickActivateTheBookmark()
    {
        Fixture f;
        BookmarksPane pane(*f.store);
        pane.resize(340, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy activated(&pane, &BookmarksPane::bookmarkActivated);

        pane.view()->setFocus();
        pane.view()->setCurrentIndex(rowOf(pane, f.range.id));
        QTest::keyClick(pane.view(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<Bookmark>().id, f.range.id);
        QCOMPARE(activated.at(0).at(0).value<Bookmark>().startMs, 99020);

        const QRect rect = pane.view()->visualRect(rowOf(pane, f.insight.id));
        // As a mouse sends it: press, release, then the second press as a double-click.
        QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1); // one click only selects
        QTest::mouseDClick(pane.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseRelease(pane.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).value<Bookmark>(), f.insight);
    }

    void keysAndTheMenuEmitIntents()
    {
        Fixture f;
        BookmarksPane pane(*f.store);
        pane.resize(340, 600);
        pane.show();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        QSignalSpy deleted(&pane, &BookmarksPane::deleteRequested);
        QSignalSpy edit(&pane, &BookmarksPane::editRequested);
        QSignalSpy star(&pane, &BookmarksPane::starToggled);
        QSignalSpy copied(&pane, &BookmarksPane::linkCopied);
        QSignalSpy exported(&pane, &BookmarksPane::exportRequested);

        pane.view()->setFocus();
        pane.view()->setCurrentIndex(QModelIndex());
        QVERIFY(!pane.deleteAction()->isEnabled()); // nothing current
        pane.view()->setCurrentIndex(rowOf(pane, f.highlight.id));
        QTest::keyClick(pane.view(), Qt::Key_Delete);
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted.at(0).at(0).toLongLong(), f.highlight.id);
        QCOMPARE(f.store->bookmarks().size(), 5); // an intent only: the window deletes

        QTest::keyClick(pane.view(), Qt::Key_F2);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.at(0).at(0).value<Bookmark>(), f.highlight);

        QCOMPARE(pane.starAction()->text(), QStringLiteral("Star"));
        pane.starAction()->trigger();
        QCOMPARE(star.count(), 1);
        QCOMPARE(star.at(0).at(0).toLongLong(), f.highlight.id);
        QCOMPARE(star.at(0).at(1).toBool(), true);

        pane.copyLinkAction()->trigger();
        const QString link = QStringLiteral("citecast://episode/citecast-sample-ep11?t=%1-%2")
                                     .arg(f.highlight.startMs)
                                     .arg(f.highlight.endMs);
        QCOMPARE(QGuiApplication::clipboard()->text(), link);
        QCOMPARE(copied.count(), 1);

        pane.view()->setCurrentIndex(rowOf(pane, f.insight.id));
        QCOMPARE(pane.starAction()->text(), QStringLiteral("Unstar"));
        // A click on the card's star asks to toggle it.
        const QRect rect = pane.view()->visualRect(rowOf(pane, f.insight.id));
        QTest::mouseClick(pane.view()->viewport(), Qt::LeftButton, {},
                          BookmarkItemDelegate::starRect(rect).center());
        QCOMPARE(star.count(), 2);
        QCOMPARE(star.at(1).at(0).toLongLong(), f.insight.id);
        QCOMPARE(star.at(1).at(1).toBool(), false);

        // An orphan can be read and deleted, not played.
        pane.view()->setCurrentIndex(rowOf(pane, f.orphan.id));
        QVERIFY(!pane.playAction()->isEnabled());
        QVERIFY(pane.deleteAction()->isEnabled());

        pane.exportButton()->click();
        QCOMPARE(exported.count(), 1);
    }

    void followsTheStoreAndItsUndo()
    {
        Fixture f;
        BookmarksPane pane(*f.store);
        QVERIFY(f.store->remove(f.stub.id));
        QVERIFY(!shownIds(pane).contains(f.stub.id));
        QCOMPARE(shownIds(pane).size(), 4);

        QUndoStack undo;
        Bookmark draft = BookmarkDrafts::range(f.content, 30000, 40000);
        draft.note = QStringLiteral("made through the undo stack");
        auto *add = new AddBookmarkCommand(f.store.get(), draft);
        undo.push(add);
        const qint64 id = add->bookmark().id;
        QVERIFY(id > 0);
        QCOMPARE(shownIds(pane).first(), id); // the newest
        QVERIFY(pane.selectBookmark(id));
        QCOMPARE(pane.currentBookmark()->id, id);
        undo.undo();
        QVERIFY(!shownIds(pane).contains(id));
        QVERIFY(!pane.currentBookmark() || pane.currentBookmark()->id != id);
        undo.redo();
        QVERIFY(shownIds(pane).contains(id));

        undo.push(new RemoveBookmarkCommand(f.store.get(), f.insight.id));
        QVERIFY(!shownIds(pane).contains(f.insight.id));
        undo.undo();
        QVERIFY(shownIds(pane).contains(f.insight.id));
        QCOMPARE(rowOf(pane, f.insight.id).data(BookmarkListModel::NoteRole).toString(),
                 f.insight.note);
    }

    void anEmptyLibrarySaysHowToStart()
    {
        Fixture f(false);
        BookmarksPane pane(*f.store);
        QVERIFY(pane.isShowingEmptyState());
        QCOMPARE(pane.emptyTitle()->text(), QStringLiteral("No bookmarks yet"));
        QVERIFY(pane.emptyLabel()->text().startsWith(QStringLiteral("Press B while a clip plays")));
        QVERIFY(!pane.tagFilter()->isEnabled());
        QVERIFY(!pane.exportButton()->isEnabled());
        QVERIFY(f.store->add(BookmarkDrafts::range(f.content, 1000, 2000)));
        QVERIFY(!pane.isShowingEmptyState());
        QCOMPARE(shownIds(pane).size(), 1);
        QVERIFY(pane.exportButton()->isEnabled());
    }

    void selectingAHiddenBookmarkClearsTheFilters()
    {
        Fixture f;
        BookmarksPane pane(*f.store);
        pane.starredOnlyButton()->click();
        QVERIFY(pane.selectBookmark(f.range.id));
        QVERIFY(!pane.starredOnlyButton()->isChecked());
        QCOMPARE(pane.currentBookmark()->id, f.range.id);
        QVERIFY(!pane.selectBookmark(987654));
    }

    void rendersForTheEye()
    {
        Fixture f;
        BookmarksPane pane(*f.store);
        pane.resize(340, 620);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.view()->setCurrentIndex(rowOf(pane, f.range.id));
        const QImage list = pane.grab().toImage();
        QVERIFY(colourCount(list) > 60);
        save(list, QStringLiteral("bookmarks-pane.png"));

        QTest::keyClicks(pane.filterField(), QStringLiteral("nothing like this"));
        QCoreApplication::processEvents(); // the header lays out its new count
        const QImage noMatch = pane.grab().toImage();
        QVERIFY(noMatch != list);
        save(noMatch, QStringLiteral("bookmarks-pane-no-match.png"));

        Fixture empty(false);
        BookmarksPane emptyPane(*empty.store);
        emptyPane.resize(340, 420);
        emptyPane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&emptyPane));
        QCoreApplication::processEvents();
        const QImage nothing = emptyPane.grab().toImage();
        QVERIFY(colourCount(nothing) > 5);
        save(nothing, QStringLiteral("bookmarks-pane-empty.png"));
    }
};

QTEST_MAIN(TestBookmarksPane)
#include "tst_bookmarkspane.moc"
