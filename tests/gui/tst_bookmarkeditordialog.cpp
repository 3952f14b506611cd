// The bookmark editor with a draft from the sample and a stored bookmark: it shows what is kept,
// takes a note and tags typed with the keyboard (completing a known tag), saves with Ctrl+Enter
// and cancels; what it returns is what the caller stores. With CITECAST_SCREENSHOT_DIR set it
// also saves renderings.
#include "BookmarkEditorDialog.h"
#include "TagLineEdit.h"
#include "Theme.h"
#include "bookmarks/AddBookmarkCommand.h"
#include "bookmarks/BookmarkDrafts.h"
#include "bookmarks/BookmarkStore.h"
#include "bookmarks/EditBookmarkCommand.h"
#include "import/SampleLibrary.h"
#include "storage/EpisodeReader.h"
#include "support/TestLibrary.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

namespace {

// The sample with two bookmarks, so the library knows the tags "AI", "economics" and
// "open source"; `draft` is a new insight (RL Impact [4], 1:08–1:20).
struct Fixture
{
    TestLibrary library;
    std::unique_ptr<BookmarkStore> store;
    EpisodeContent content;
    Bookmark draft;

    Fixture()
    {
        SampleLibrary::import(library.database());
        EpisodeReader reader(library.connection(), library.path());
        content = *reader.content(reader.findEpisode(QStringLiteral("citecast-sample-ep11"))->id);
        store = std::make_unique<BookmarkStore>(library.connection());
        Bookmark kept = BookmarkDrafts::insight(content, 0, 0);
        kept.tags = {QStringLiteral("AI"), QStringLiteral("open source")};
        store->add(kept);
        kept = BookmarkDrafts::range(content, 1000, 5000);
        kept.tags = {QStringLiteral("economics")};
        store->add(kept);
        draft = BookmarkDrafts::insight(content, 1, 1);
    }
};

void save(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("CITECAST_SCREENSHOT_DIR");
    if (!dir.isEmpty() && QDir().mkpath(dir))
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

} // namespace

class TestBookmarkEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Theme::apply(); }

    void showsWhatIsBookmarkedWithTheNoteFocused()
    {
        Fixture f;
        QCOMPARE(f.store->allTags().size(), 3);
        BookmarkEditorDialog dialog(f.draft, f.store->allTags());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New bookmark"));
        QVERIFY(dialog.quoteLabel()->text().contains(f.draft.sentence));
        QVERIFY(dialog.sourceLabel()->text().startsWith(f.content.episode.title));
        QVERIFY(dialog.sourceLabel()->text().endsWith(QStringLiteral("1:08\u20131:20")));
        QCOMPARE(QApplication::focusWidget(), dialog.noteEdit());
        QVERIFY(!dialog.starButton()->isChecked());
        QCOMPARE(dialog.tagEdit()->knownTags(), f.store->allTags());
    }

    void ctrlEnterSavesTheNoteTagsAndStar()
    {
        Fixture f;
        BookmarkEditorDialog dialog(f.draft, f.store->allTags());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("Compare with Chinchilla"));
        QTest::keyClick(dialog.noteEdit(), Qt::Key_Return);
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("later."));
        QTest::keyClick(dialog.noteEdit(), Qt::Key_Tab); // on to the tags
        QLineEdit *tags = dialog.tagEdit()->lineEdit();
        QCOMPARE(QApplication::focusWidget(), tags);

        // "ope" offers the library's "open source"; Down and Enter take it as one tag.
        QTest::keyClicks(tags, QStringLiteral("ope"));
        QAbstractItemView *popup = dialog.tagEdit()->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->model()->rowCount(), 1);
        QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("open source"));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(dialog.tagEdit()->chipTags(), QStringList {QStringLiteral("open source")});
        QCOMPARE(tags->text(), QString());
        QVERIFY(dialog.isVisible());

        // A comma or a space ends a new tag; a leading '#' is dropped; the last may stay typed.
        QTest::keyClicks(tags, QStringLiteral("#models, scaling ai"));
        QCOMPARE(dialog.tagEdit()->chipTags(),
                 (QStringList {QStringLiteral("open source"), QStringLiteral("models"),
                               QStringLiteral("scaling")}));
        QCOMPARE(tags->text(), QStringLiteral("ai"));
        dialog.starButton()->click();

        QTest::keyClick(tags, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Bookmark kept = dialog.bookmark();
        QCOMPARE(kept.note, QStringLiteral("Compare with Chinchilla\nlater."));
        QCOMPARE(kept.tags,
                 (QStringList {QStringLiteral("open source"), QStringLiteral("models"),
                               QStringLiteral("scaling"), QStringLiteral("ai")}));
        QVERIFY(kept.starred);
        QCOMPARE(kept.sentence, f.draft.sentence); // the anchor is untouched
        QCOMPARE(kept.startMs, f.draft.startMs);

        // What the window does with it: an undoable add.
        QUndoStack undo;
        auto *add = new AddBookmarkCommand(f.store.get(), kept);
        undo.push(add);
        const std::optional<Bookmark> stored = f.store->bookmark(add->bookmark().id);
        QVERIFY(stored);
        QCOMPARE(stored->note, kept.note);
        QCOMPARE(stored->tags, kept.tags);
    }

    void enterInTheTagsMakesATagAndOnAnEmptyFieldSaves()
    {
        Fixture f;
        BookmarkEditorDialog dialog(f.draft, f.store->allTags());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QLineEdit *tags = dialog.tagEdit()->lineEdit();
        tags->setFocus();
        QTest::keyClicks(tags, QStringLiteral("later"));
        QVERIFY(!dialog.tagEdit()->completer()->popup()->isVisible()); // no tag starts so
        QTest::keyClick(tags, Qt::Key_Return);
        QCOMPARE(dialog.tagEdit()->chipTags(), QStringList {QStringLiteral("later")});
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QTest::keyClick(tags, Qt::Key_Return);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.bookmark().tags, QStringList {QStringLiteral("later")});
    }

    void aSpaceWaitsWhileTheWordsSpellAKnownTag()
    {
        Fixture f;
        TagLineEdit edit;
        edit.setKnownTags(f.store->allTags());
        QTest::keyClicks(edit.lineEdit(), QStringLiteral("open s"));
        QCOMPARE(edit.chipTags(), QStringList());
        QTest::keyClicks(edit.lineEdit(), QStringLiteral("ource,"));
        QCOMPARE(edit.chipTags(), QStringList {QStringLiteral("open source")});
        QTest::keyClicks(edit.lineEdit(), QStringLiteral("open x"));
        QCOMPARE(edit.chipTags(),
                 (QStringList {QStringLiteral("open source"), QStringLiteral("open")}));
        QCOMPARE(edit.lineEdit()->text(), QStringLiteral("x"));
        // The same tag in another case is kept once; known tags already chosen are not offered.
        QTest::keyClicks(edit.lineEdit(), QStringLiteral(" OPEN "));
        QCOMPARE(edit.chipTags().size(), 3);
        const QAbstractItemModel *offered = edit.completer()->model();
        QVERIFY(!offered->match(offered->index(0, 0), Qt::DisplayRole, QStringLiteral("AI"))
                         .isEmpty());
        QVERIFY(offered->match(offered->index(0, 0), Qt::DisplayRole, QStringLiteral("open source"))
                        .isEmpty());
    }

    void cancelRejects()
    {
        Fixture f;
        BookmarkEditorDialog dialog(f.draft, f.store->allTags());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QTest::keyClicks(dialog.noteEdit(), QStringLiteral("never mind"));
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        BookmarkEditorDialog again(f.draft, {});
        again.show();
        QVERIFY(QTest::qWaitForWindowActive(&again));
        QSignalSpy escaped(&again, &QDialog::rejected);
        QTest::keyClick(again.noteEdit(), Qt::Key_Escape);
        QCOMPARE(escaped.count(), 1);
    }

    void aBookmarkJustMadeReadsAsNewAndOffersToDiscardIt()
    {
        Fixture f;
        const Bookmark stored = *f.store->add(f.draft); // B saves before the editor opens
        BookmarkEditorDialog dialog(stored, f.store->allTags());
        QVERIFY(!dialog.isNew());
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Cancel"));
        dialog.setJustMade();
        QVERIFY(dialog.isNew());
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New bookmark"));
        QCOMPARE(dialog.cancelButton()->text(), QStringLiteral("Discard"));
        QCOMPARE(dialog.bookmark().id, stored.id); // still the stored one, to edit
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCoreApplication::processEvents();
        save(dialog.grab().toImage(), QStringLiteral("bookmark-editor-new.png"));
    }

    void editsAStoredBookmark()
    {
        Fixture f;
        Bookmark draft = f.draft;
        draft.note = QStringLiteral("first thoughts");
        draft.tags = {QStringLiteral("AI"), QStringLiteral("economics")};
        draft.starred = true;
        const Bookmark stored = *f.store->add(draft);
        BookmarkEditorDialog dialog(stored, f.store->allTags());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit bookmark"));
        QCOMPARE(dialog.noteEdit()->toPlainText(), stored.note);
        QVERIFY(dialog.starButton()->isChecked());
        QCOMPARE(dialog.tagEdit()->chipTags(), stored.tags);

        QTest::keyClicks(dialog.noteEdit(), QStringLiteral(", and more  "));
        QTest::keyClick(dialog.noteEdit(), Qt::Key_Return); // trailing white space is dropped
        QTest::mouseClick(dialog.tagEdit()->chip(0), Qt::LeftButton); // removes "AI"
        QCOMPARE(dialog.tagEdit()->chipTags(), QStringList {QStringLiteral("economics")});
        QTest::keyClick(dialog.tagEdit()->lineEdit(), Qt::Key_Backspace); // and the last one
        QCOMPARE(dialog.tagEdit()->chipTags(), QStringList());
        dialog.starButton()->click();
        QTest::keyClick(dialog.noteEdit(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Bookmark edited = dialog.bookmark();
        QCOMPARE(edited.id, stored.id);
        QCOMPARE(edited.note, QStringLiteral("first thoughts, and more"));
        QCOMPARE(edited.tags, QStringList());
        QVERIFY(!edited.starred);
        QUndoStack undo;
        undo.push(new EditBookmarkCommand(f.store.get(), stored, edited));
        QCOMPARE(f.store->bookmark(stored.id)->note, edited.note);
        undo.undo();
        QCOMPARE(f.store->bookmark(stored.id)->note, stored.note);
    }

    void rendersForTheEye()
    {
        Fixture f;
        Bookmark draft = f.draft;
        draft.note = QStringLiteral("Compare with Chinchilla: data beats parameters?\nAsk in the "
                                    "reading group.");
        draft.tags = {QStringLiteral("AI"), QStringLiteral("open source"),
                      QStringLiteral("fine-tuning")};
        draft.starred = true;
        BookmarkEditorDialog dialog(draft, f.store->allTags());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCoreApplication::processEvents();
        const QImage filled = dialog.grab().toImage();
        // Compact: the quote is whole, and the note starts at five lines.
        QVERIFY(dialog.height() < 480);
        QVERIFY(dialog.quoteLabel()->height()
                >= dialog.quoteLabel()->heightForWidth(dialog.quoteLabel()->width()));
        save(filled, QStringLiteral("bookmark-editor.png"));

        BookmarkEditorDialog fresh(f.draft, f.store->allTags());
        fresh.show();
        QVERIFY(QTest::qWaitForWindowActive(&fresh));
        QTest::keyClick(fresh.noteEdit(), Qt::Key_Tab);
        QTest::keyClicks(fresh.tagEdit()->lineEdit(), QStringLiteral("e"));
        QAbstractItemView *popup = fresh.tagEdit()->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        // The completion popup is a window of its own: draw it where it sits over the dialog.
        QImage typing = fresh.grab().toImage();
        {
            QPainter painter(&typing);
            painter.drawPixmap(popup->mapToGlobal(QPoint(0, 0)) - fresh.mapToGlobal(QPoint(0, 0)),
                               popup->grab());
        }
        QVERIFY(typing != filled);
        save(typing, QStringLiteral("bookmark-editor-completing.png"));
    }
};

QTEST_MAIN(TestBookmarkEditorDialog)
#include "tst_bookmarkeditordialog.moc"
