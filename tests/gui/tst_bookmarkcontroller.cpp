// Bookmarks in the real window, driven as a user would without a sound card: a range dragged on
// the timeline and Ctrl+B, B on a citation reached with Tab, a clip row's bookmark button, the
// editor typed into, the Edit menu's Undo and Redo, the Bookmarks tab's double-click that opens and
// plays, the timeline lane and the episode list's counts, exports (one note, a folder of notes,
// CSV with and without a BOM), and deleting an episode. With CITECAST_SCREENSHOT_DIR set it also
// saves the export dialog's list of types.
#include "BookmarkController.h"
#include "BookmarkEditorDialog.h"
#include "BookmarksPane.h"
#include "CitedTextView.h"
#include "ClipRow.h"
#include "EpisodeListPane.h"
#include "EpisodePage.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "TagLineEdit.h"
#include "TimelineWidget.h"
#include "TopicPane.h"
#include "bookmarks/BookmarkDrafts.h"
#include "bookmarks/BookmarkListModel.h"
#include "bookmarks/BookmarkStore.h"
#include "import/SampleLibrary.h"
#include "library/PlaybackSettings.h"
#include "models/EpisodeListModel.h"
#include "playback/ClipPlayer.h"
#include "storage/EpisodeReader.h"
#include "support/AudioOutputFake.h"
#include "support/TestLibrary.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace {

using GuiTest::drag;
using GuiTest::menuAction;
using GuiTest::saveAs;
using GuiTest::saveScreenshot;
using GuiTest::whenMenuShown;
using GuiTest::whenShown;

// Types a note and tags into the editor, then clicks Save.
void fillEditorAndSave(const QString &note, const QString &tags)
{
    whenShown<BookmarkEditorDialog>([note, tags](BookmarkEditorDialog *editor) {
        QTest::keyClicks(editor->noteEdit(), note);
        QTest::keyClicks(editor->tagEdit()->lineEdit(), tags);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    });
}

QList<qint64> shownIds(const BookmarksPane *pane)
{
    QList<qint64> ids;
    const QAbstractItemModel *model = pane->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(BookmarkListModel::IdRole).toLongLong();
    return ids;
}

} // namespace

class TestBookmarkController : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestLibrary library;
        QSettings settingsFile {QDir(library.dir()).filePath(QStringLiteral("settings.ini")),
                                QSettings::IniFormat};
        PlaybackSettings settings {&settingsFile};
        AudioOutputFake *output = new AudioOutputFake;
        ClipPlayer player {std::unique_ptr<AudioOutput>(output)};
        std::unique_ptr<MainWindow> window;
        qint64 episodeId = 0;

        Fixture()
        {
            const ImportResult sample = SampleLibrary::import(library.database());
            episodeId = sample.episodeIds.value(0);
            window = std::make_unique<MainWindow>(library.database(), player, &settings);
            window->resize(1280, 860);
            window->show();
        }
        BookmarkController *bookmarks() const { return window->bookmarks(); }
        // The offscreen platform leaves no window active once a dialog closes (a desktop gives
        // the activation back), and window shortcuts need an active window.
        bool reactivate() const
        {
            window->activateWindow();
            return QTest::qWaitForWindowActive(window.get());
        }
        BookmarkStore &store() const { return window->bookmarks()->store(); }
        BookmarksPane *pane() const { return window->bookmarks()->pane(); }
        int countInEpisodeList(qint64 id) const
        {
            const QAbstractItemModel *model = window->episodeList()->view()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex index = model->index(row, 0);
                if (index.data(EpisodeListModel::EpisodeIdRole).toLongLong() == id)
                    return index.data(EpisodeListModel::BookmarkCountRole).toInt();
            }
            return -1;
        }
        QVector<TimelineMarker> laneMarkers() const
        {
            QVector<TimelineMarker> markers;
            for (int i = 0; i < window->timeline()->markerCount(); ++i) {
                if (window->timeline()->marker(i).laneId == BookmarkController::LaneId)
                    markers << window->timeline()->marker(i);
            }
            return markers;
        }
    };

private Q_SLOTS:
    void ctrlBKeepsTheTimelineSelectionWithItsNote()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        TimelineWidget *timeline = f.window->timeline();
        const int y = TimelineGeometry::RulerHeight + 10; // in the waveform band
        drag(timeline, QPoint(timeline->xForTime(20000), y), QPoint(timeline->xForTime(35000), y));
        QVERIFY(timeline->hasSelection());
        const auto [startMs, endMs] = timeline->selection();
        QVERIFY2(qAbs(startMs - 20000) < 1000 && qAbs(endMs - 35000) < 1000,
                 qPrintable(QStringLiteral("%1-%2").arg(startMs).arg(endMs)));

        fillEditorAndSave(QStringLiteral("Compare with the RLHF numbers"),
                          QStringLiteral("rlhf, later,"));
        QTest::keyClick(f.window.get(), Qt::Key_B, Qt::ControlModifier);

        const QVector<Bookmark> stored = f.store().bookmarks();
        QCOMPARE(stored.size(), 1);
        const Bookmark &kept = stored.constFirst();
        QCOMPARE(kept.kind, BookmarkKind::Range);
        QCOMPARE(kept.startMs, startMs);
        QCOMPARE(kept.endMs, endMs);
        QCOMPARE(kept.note, QStringLiteral("Compare with the RLHF numbers"));
        QCOMPARE(kept.tags, (QStringList {QStringLiteral("rlhf"), QStringLiteral("later")}));

        // In the Bookmarks tab, made current; on the timeline's lane; counted in the list.
        QCOMPARE(shownIds(f.pane()), QList<qint64> {kept.id});
        QCOMPARE(f.pane()->currentBookmark()->id, kept.id);
        QCOMPARE(f.laneMarkers().size(), 1);
        QCOMPARE(f.laneMarkers().constFirst().id, kept.id);
        QCOMPARE(f.laneMarkers().constFirst().startMs, startMs);
        QCOMPARE(f.countInEpisodeList(f.episodeId), 1);

        // File › Export Bookmarks… as Markdown: the note, the tags and the span are in it.
        const QString path = QDir(f.library.dir()).filePath(QStringLiteral("bookmarks.md"));
        saveAs(path);
        QAction *exportAction = menuAction(f.window.get(), QStringLiteral("File"),
                                           QStringLiteral("Export Bookmarks"));
        QVERIFY(exportAction);
        exportAction->trigger();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(path + QLatin1Char(' ') + f.window->statusBar()->currentMessage()));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("Compare with the RLHF numbers")),
                 qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("#rlhf")));
        QVERIFY(markdown.contains(QStringLiteral("citecast://episode/")));
    }

    void undoAndRedoThroughTheEditMenu()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QAction *undo = menuAction(f.window.get(), QStringLiteral("Edit"), QStringLiteral("Undo"));
        QAction *redo = menuAction(f.window.get(), QStringLiteral("Edit"), QStringLiteral("Redo"));
        QVERIFY(undo && redo);
        QVERIFY(!undo->isEnabled());

        f.window->timeline()->setSelection(60000, 75000);
        fillEditorAndSave(QStringLiteral("first thoughts"), QString());
        QTest::keyClick(f.window.get(), Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(f.store().bookmarks().size(), 1);
        const Bookmark kept = f.store().bookmarks().constFirst();
        // The add and the editor's note are one step.
        QCOMPARE(f.bookmarks()->undoStack().count(), 1);
        QCOMPARE(undo->text(), QStringLiteral("Undo Add Bookmark"));

        undo->trigger();
        QCOMPARE(f.store().bookmarks().size(), 0);
        QVERIFY(shownIds(f.pane()).isEmpty());
        QVERIFY(f.laneMarkers().isEmpty());
        QCOMPARE(f.countInEpisodeList(f.episodeId), 0);
        QCOMPARE(redo->text(), QStringLiteral("Redo Add Bookmark"));

        redo->trigger();
        QCOMPARE(f.store().bookmarks().size(), 1);
        QCOMPARE(f.store().bookmarks().constFirst(), kept); // the same id, uid, note and times
        QCOMPARE(shownIds(f.pane()), QList<qint64> {kept.id});

        // Ctrl+Z and Ctrl+Shift+Z do the same from anywhere in the window but text fields (which
        // undo their own typing).
        QVERIFY(f.reactivate());
        f.window->page()->setFocus();
        QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.store().bookmarks().size(), 0);
        QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.store().bookmarks().size(), 1);

        // Editing from the pane is its own step.
        whenShown<BookmarkEditorDialog>([](BookmarkEditorDialog *editor) {
            QVERIFY(!editor->isNew());
            editor->starButton()->click();
            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        });
        QVERIFY(f.pane()->selectBookmark(kept.id));
        f.pane()->editAction()->trigger();
        QVERIFY(f.store().bookmark(kept.id)->starred);
        QCOMPARE(undo->text(), QStringLiteral("Undo Star Bookmark"));
        undo->trigger();
        QVERIFY(!f.store().bookmark(kept.id)->starred);
    }

    void discardingTheEditorKeepsNothing()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        f.window->timeline()->setSelection(10000, 12000);
        qint64 storedWhileOpen = -1;
        whenShown<BookmarkEditorDialog>([&f, &storedWhileOpen](BookmarkEditorDialog *editor) {
            // Saved the moment it was made: the library holds it while the editor is open.
            storedWhileOpen = f.store().bookmarks().size();
            QCOMPARE(editor->windowTitle(), QStringLiteral("New bookmark"));
            QCOMPARE(editor->cancelButton()->text(), QStringLiteral("Discard"));
            QTest::mouseClick(editor->cancelButton(), Qt::LeftButton);
        });
        QTest::keyClick(f.window.get(), Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(storedWhileOpen, 1);
        QCOMPARE(f.store().bookmarks().size(), 0);
        QCOMPARE(f.bookmarks()->undoStack().count(), 0); // nothing to undo or redo
        QVERIFY(f.laneMarkers().isEmpty());
    }

    void ctrlBWithoutASelectionSaysWhatToDo()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QTest::keyClick(f.window.get(), Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(f.store().bookmarks().size(), 0);
        QVERIFY(f.window->statusBar()->currentMessage().contains(QStringLiteral("Select a range")));
    }

    void bKeepsTheFocusedCitation()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        TopicPane *topic = f.window->page()->topicPane(1);
        f.window->page()->ensureWidgetVisible(topic);
        CitedTextView *text = topic->textView();
        text->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClick(text, Qt::Key_Tab); // the first chip: citation 1 of the second topic
        QTest::keyClick(text, Qt::Key_Tab); // the second: citation 4
        QCOMPARE(text->focusedChip(), 1);
        QVERIFY(f.window->page()->focusedCitation() == std::make_optional(std::make_pair(1, 1)));

        fillEditorAndSave(QStringLiteral("the RL impact"), QString());
        QTest::keyClick(text, Qt::Key_B);
        QCOMPARE(f.store().bookmarks().size(), 1);
        const Bookmark kept = f.store().bookmarks().constFirst();
        QCOMPARE(kept.kind, BookmarkKind::Insight);
        QCOMPARE(kept.citationNumber, 4);
        QCOMPARE(kept.topicTitle, topic->title());
        QVERIFY(!kept.sentence.isEmpty());
        QVERIFY(kept.hasSpan());
        QCOMPARE(kept.note, QStringLiteral("the RL impact"));
    }

    void bWhilePlayingKeepsThePlayingClipAndShiftBTheLast30Seconds()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QSignalSpy started(&f.player, &ClipPlayer::started);
        QTest::keyClick(f.window.get(), Qt::Key_4); // citation 4 plays
        QTRY_COMPARE(started.count(), 1);
        f.player.pause();
        fillEditorAndSave(QString(), QString());
        QTest::keyClick(f.window.get(), Qt::Key_B);
        QCOMPARE(f.store().bookmarks().size(), 1);
        QCOMPARE(f.store().bookmarks().constFirst().kind, BookmarkKind::Insight);
        QCOMPARE(f.store().bookmarks().constFirst().citationNumber, 4);

        fillEditorAndSave(QString(), QString());
        QVERIFY(f.reactivate());
        QTest::keyClick(f.window.get(), Qt::Key_B, Qt::ShiftModifier);
        QVERIFY2(f.store().bookmarks().size() == 2,
                 qPrintable(f.window->statusBar()->currentMessage()));
        const Bookmark recent = f.store().bookmarks().constLast();
        QCOMPARE(recent.kind, BookmarkKind::Range);
        QCOMPARE(recent.endMs, f.player.positionMs());
        QCOMPARE(recent.startMs, std::max<qint64>(0, recent.endMs - 30000));
    }

    void aClipRowsButtonBookmarksTheClip()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        ClipRow *row = f.window->page()->clipRows().value(0);
        QVERIFY(row && row->bookmarkButton());
        f.window->page()->ensureWidgetVisible(row);
        fillEditorAndSave(QString(), QString());
        QTest::mouseClick(row->bookmarkButton(), Qt::LeftButton);
        QCOMPARE(f.store().bookmarks().size(), 1);
        const Bookmark kept = f.store().bookmarks().constFirst();
        QVERIFY(kept.kind == BookmarkKind::Clip || kept.kind == BookmarkKind::Insight);
        QVERIFY(kept.hasSpan());
    }

    void doubleClickInThePaneOpensTheEpisodeAndPlaysTheSpan()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        const EpisodeContent content
                = *EpisodeReader(f.library.connection(), f.library.path()).content(f.episodeId);
        Bookmark draft = BookmarkDrafts::range(content, 99020, 107000);
        draft.note = QStringLiteral("play me");
        const std::optional<Bookmark> kept = f.store().add(draft);
        QVERIFY(kept);
        // Another episode is open.
        const QAbstractItemModel *episodes = f.window->episodeList()->view()->model();
        qint64 other = 0;
        for (int row = 0; row < episodes->rowCount() && other == 0; ++row) {
            const qint64 id
                    = episodes->index(row, 0).data(EpisodeListModel::EpisodeIdRole).toLongLong();
            if (id != f.episodeId)
                other = id;
        }
        f.window->episodeList()->selectEpisode(other);
        QCOMPARE(f.window->currentEpisode(), other);

        f.window->sidebar()->setCurrentWidget(f.pane());
        QListView *view = f.pane()->view();
        QTRY_VERIFY(view->isVisible());
        const QModelIndex index = view->model()->index(0, view->modelColumn());
        const QRect rect = view->visualRect(index);
        QSignalSpy started(&f.player, &ClipPlayer::started);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(f.window->currentEpisode(), f.episodeId);
        QTRY_COMPARE(started.count(), 1);
        const PlaybackRequest request = started.at(0).at(0).value<PlaybackRequest>();
        QCOMPARE(request.episodeId, f.episodeId);
        QCOMPARE(request.startMs, 99020);
        QCOMPARE(request.endMs, 107000);

        // A click on the timeline's bookmark lane plays it too.
        f.player.stop();
        QCOMPARE(f.laneMarkers().size(), 1);
        int laneIndex = -1;
        for (int i = 0; i < f.window->timeline()->markerCount(); ++i) {
            if (f.window->timeline()->marker(i).laneId == BookmarkController::LaneId)
                laneIndex = i;
        }
        f.window->timeline()->setVisibleRange(90000, 30000);
        const QRect marker = f.window->timeline()->markerRect(laneIndex);
        QVERIFY(marker.isValid());
        QTest::mouseClick(f.window->timeline(), Qt::LeftButton, {}, marker.center());
        QTRY_COMPARE(started.count(), 2);
        QCOMPARE(started.at(1).at(0).value<PlaybackRequest>().startMs, 99020);

        // An insight plays its citation's clip as timed now, whatever span it stored (a
        // re-import may have retimed the clip): the window resolves it by its sentence.
        f.player.stop();
        Bookmark stale = BookmarkDrafts::insight(content, 1, 1); // citation 4
        const qint64 clipNow = content.topics.at(1).citations.at(1).clipId;
        const qint64 startNow = content.clipById(clipNow)->startMs;
        stale.startMs = 1000;
        stale.endMs = 2000;
        const std::optional<Bookmark> old = f.store().add(stale);
        QVERIFY(old);
        QVERIFY(f.pane()->selectBookmark(old->id));
        f.pane()->playAction()->trigger();
        QTRY_COMPARE(started.count(), 3);
        QCOMPARE(started.at(2).at(0).value<PlaybackRequest>().clipId, clipNow);
        QCOMPARE(started.at(2).at(0).value<PlaybackRequest>().startMs, startNow);
    }

    void deletingAnEpisodeAsksAndKeepsItsBookmarksAsOrphans()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        const EpisodeContent content
                = *EpisodeReader(f.library.connection(), f.library.path()).content(f.episodeId);
        QVERIFY(f.store().add(BookmarkDrafts::insight(content, 1, 1)));
        QVERIFY(f.store().add(BookmarkDrafts::range(content, 5000, 9000)));
        QCOMPARE(f.countInEpisodeList(f.episodeId), 2);
        const int episodesBefore = f.window->episodeList()->view()->model()->rowCount();

        // Asked first; Cancel keeps everything.
        QString question;
        whenShown<QMessageBox>([&question](QMessageBox *box) {
            question = box->text() + QLatin1Char('\n') + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        f.window->episodeList()->selectEpisode(f.episodeId);
        QListView *list = f.window->episodeList()->view();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY2(question.contains(content.episode.title), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("2 bookmarks stay as orphans")),
                 qPrintable(question));
        QCOMPARE(list->model()->rowCount(), episodesBefore);

        whenShown<QMessageBox>([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        QAction *remove = menuAction(f.window.get(), QStringLiteral("Edit"),
                                     QStringLiteral("Delete Episode"));
        QVERIFY(remove);
        remove->trigger();
        QCOMPARE(list->model()->rowCount(), episodesBefore - 1);
        QVERIFY(f.window->currentEpisode() != f.episodeId);

        // Still listed, as orphans, and still exported.
        const QVector<Bookmark> orphans = f.store().bookmarks();
        QCOMPARE(orphans.size(), 2);
        for (const Bookmark &orphan : orphans) {
            QVERIFY(orphan.isOrphan());
            QCOMPARE(orphan.episodeTitle, content.episode.title);
        }
        QCOMPARE(shownIds(f.pane()).size(), 2);
        QVERIFY(f.pane()->view()
                        ->model()
                        ->index(0, 0)
                        .data(BookmarkListModel::OrphanRole)
                        .toBool());
        const QString json = QDir(f.library.dir()).filePath(QStringLiteral("bookmarks.json"));
        saveAs(json, 2); // JSON
        f.pane()->exportButton()->click();
        QFile file(json);
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(f.window->statusBar()->currentMessage()));
        const QByteArray exported = file.readAll();
        QVERIFY2(exported.contains(content.episode.guid.toUtf8()), exported.constData());
        QVERIFY(exported.startsWith('[') || exported.startsWith('{'));
    }

    void exportsANoteFolderAndCsvForExcel()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        const EpisodeContent content
                = *EpisodeReader(f.library.connection(), f.library.path()).content(f.episodeId);
        QVERIFY(f.store().add(BookmarkDrafts::insight(content, 1, 1)));
        QVERIFY(f.store().add(BookmarkDrafts::range(content, 5000, 9000)));
        const QDir dir(f.library.dir());
        QAction *exportAction = menuAction(f.window.get(), QStringLiteral("File"),
                                           QStringLiteral("Export Bookmarks"));
        QVERIFY(exportAction);

        // "One note per episode": the save dialog's type, then the folder, as a user picks them.
        QVERIFY(dir.mkpath(QStringLiteral("notes")));
        const QString notes = dir.filePath(QStringLiteral("notes"));
        QStringList types;
        bool askedForFolder = false;
        whenShown<QFileDialog>([&](QFileDialog *dialog) {
            types = dialog->nameFilters();
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
            if (combo) {
                combo->showPopup();
                saveScreenshot(dialog->grab().toImage(), QStringLiteral("export-dialog.png"));
                saveScreenshot(combo->view()->window()->grab().toImage(),
                               QStringLiteral("export-dialog-types.png"));
                combo->hidePopup();
            }
            dialog->selectNameFilter(types.value(1));
            dialog->selectFile(dir.filePath(QStringLiteral("bookmarks.md")));
            QMetaObject::invokeMethod(dialog, "accept");
            whenShown<QFileDialog>([&](QFileDialog *folderDialog) {
                askedForFolder = folderDialog->fileMode() == QFileDialog::Directory;
                folderDialog->setDirectory(notes);
                folderDialog->selectFile(notes);
                QMetaObject::invokeMethod(folderDialog, "accept");
            });
        });
        exportAction->trigger();
        QCOMPARE(types.size(), 6);
        QCOMPARE(types.at(1),
                 QStringLiteral("Markdown, one note per episode, in a folder chosen next (*.md)"));
        QVERIFY(askedForFolder);
        const QStringList written = QDir(notes).entryList({QStringLiteral("*.md")}, QDir::Files);
        QCOMPARE(written, QStringList {content.episode.title + QStringLiteral(".md")});
        QFile note(QDir(notes).filePath(written.constFirst()));
        QVERIFY(note.open(QIODevice::ReadOnly));
        const QByteArray markdown = note.readAll();
        QVERIFY2(markdown.startsWith("---\n"), markdown.constData());
        QVERIFY(markdown.contains(content.episode.guid.toUtf8()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bookmarks.md")))); // no stray file
        QVERIFY2(f.window->statusBar()->currentMessage().contains(
                         QStringLiteral("2 bookmarks to 1 note in")),
                 qPrintable(f.window->statusBar()->currentMessage()));

        // CSV for Excel starts with the UTF-8 byte order mark; the plain CSV does not.
        const QString csv = dir.filePath(QStringLiteral("bookmarks.csv"));
        QVERIFY(f.reactivate());
        saveAs(csv, 4);
        exportAction->trigger();
        QFile excel(csv);
        QVERIFY2(excel.open(QIODevice::ReadOnly),
                 qPrintable(f.window->statusBar()->currentMessage()));
        const QByteArray withMark = excel.readAll();
        excel.close();
        QVERIFY(withMark.startsWith("\xEF\xBB\xBF"));
        QVERIFY(withMark.contains(content.episode.guid.toUtf8()));
        QVERIFY(dir.mkpath(QStringLiteral("plain"))); // beside it, no "Replace?" question
        QFile plainFile(dir.filePath(QStringLiteral("plain/bookmarks.csv")));
        QVERIFY(f.reactivate());
        saveAs(plainFile.fileName(), 3);
        exportAction->trigger();
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        const QByteArray plain = plainFile.readAll();
        QCOMPARE(plain, withMark.mid(3));
    }

    void contextMenusOfChipsTopicsEpisodesAndTheTimelineBookmark()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        TopicPane *topic = f.window->page()->topicPane(1);
        f.window->page()->ensureWidgetVisible(topic);
        CitedTextView *text = topic->textView();
        QStringList entries;
        whenMenuShown(QStringLiteral("Bookmark Citation"), &entries);
        fillEditorAndSave(QStringLiteral("from the menu"), QString());
        const QPoint chip = text->chipRect(1).center();
        QContextMenuEvent onChip(QContextMenuEvent::Mouse, chip,
                                 text->viewport()->mapToGlobal(chip));
        QCoreApplication::sendEvent(text->viewport(), &onChip);
        QVERIFY2(entries.contains(QStringLiteral("Play Citation 4")),
                 qPrintable(entries.join(QLatin1Char(','))));
        QCOMPARE(f.store().bookmarks().size(), 1);
        QCOMPARE(f.store().bookmarks().constFirst().citationNumber, 4);
        QCOMPARE(f.store().bookmarks().constFirst().note, QStringLiteral("from the menu"));

        entries.clear();
        whenMenuShown(QStringLiteral("Bookmark Topic"), &entries);
        fillEditorAndSave(QString(), QString());
        QContextMenuEvent onTopic(QContextMenuEvent::Mouse, QPoint(4, 4),
                                  topic->mapToGlobal(QPoint(4, 4)));
        QCoreApplication::sendEvent(topic, &onTopic);
        QCOMPARE(f.store().bookmarks().size(), 2);
        QCOMPARE(f.store().bookmarks().constLast().kind, BookmarkKind::Topic);
        QCOMPARE(f.store().bookmarks().constLast().topicTitle, topic->title());

        QListView *list = f.window->episodeList()->view();
        const QRect second = list->visualRect(list->model()->index(1, list->modelColumn()));
        const qint64 stub = list->model()
                                    ->index(1, list->modelColumn())
                                    .data(EpisodeListModel::EpisodeIdRole)
                                    .toLongLong();
        entries.clear();
        whenMenuShown(QStringLiteral("Bookmark Episode"), &entries);
        fillEditorAndSave(QStringLiteral("listen next"), QString());
        Q_EMIT list->customContextMenuRequested(second.center());
        QVERIFY(entries.contains(QStringLiteral("Delete Episode\u2026")));
        QCOMPARE(f.store().bookmarks().size(), 3);
        QCOMPARE(f.store().bookmarks().constLast().kind, BookmarkKind::Episode);
        QCOMPARE(f.countInEpisodeList(stub), 1);

        // The timeline's menu keeps its selection.
        f.window->episodeList()->selectEpisode(f.episodeId);
        TimelineWidget *timeline = f.window->timeline();
        timeline->setSelection(40000, 52000);
        entries.clear();
        whenMenuShown(QStringLiteral("Bookmark Selection"), &entries);
        fillEditorAndSave(QString(), QString());
        const QPoint at(timeline->xForTime(45000), TimelineGeometry::RulerHeight + 10);
        QContextMenuEvent onTimeline(QContextMenuEvent::Mouse, at, timeline->mapToGlobal(at));
        QCoreApplication::sendEvent(timeline, &onTimeline);
        QCOMPARE(f.store().bookmarks().size(), 4);
        QCOMPARE(f.store().bookmarks().constLast().startMs, 40000);
        QCOMPARE(f.store().bookmarks().constLast().endMs, 52000);
    }

    void shortcutsAreListedInTheOverlay()
    {
        Fixture f;
        const QVector<PlaybackActions::Shortcut> keys = f.bookmarks()->shortcuts();
        QStringList listed;
        for (const PlaybackActions::Shortcut &shortcut : keys)
            listed << shortcut.keys;
        QVERIFY(listed.contains(QStringLiteral("B")));
        QVERIFY(listed.contains(QStringLiteral("Shift+B")));
        QVERIFY(listed.contains(QStringLiteral("Ctrl+B")));
    }
};

QTEST_MAIN(TestBookmarkController)
#include "tst_bookmarkcontroller.moc"
