// Undo and redo of adding, editing and deleting bookmarks through a QUndoStack restore the
// library's rows exactly (ids, uids, tags in order, times).
#include "bookmarks/AddBookmarkCommand.h"
#include "bookmarks/BookmarkStore.h"
#include "bookmarks/EditBookmarkCommand.h"
#include "bookmarks/RemoveBookmarkCommand.h"
#include "support/TestLibrary.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUndoStack>

namespace {

// The bookmark tables, row by row: what "exactly" means here.
QString rows(TestLibrary &library)
{
    QStringList lines;
    for (const char *sql : {"SELECT * FROM bookmarks ORDER BY id",
                            "SELECT * FROM bookmark_tags ORDER BY bookmark_id, position"}) {
        QSqlQuery query(library.connection());
        if (!query.exec(QLatin1String(sql)))
            return QStringLiteral("error");
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            lines << values.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

Bookmark draft(qint64 start)
{
    Bookmark b;
    b.kind = BookmarkKind::Range;
    b.episodeGuid = QStringLiteral("urn:test:undo");
    b.episodeTitle = QStringLiteral("Undo Episode");
    b.startMs = start;
    b.endMs = start + 1000;
    b.note = QStringLiteral("first note");
    b.tags = {QStringLiteral("b"), QStringLiteral("a")};
    return b;
}

} // namespace

class TestBookmarkUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoAndRedoAdd()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        QUndoStack stack;
        const QString empty = rows(library);
        auto *command = new AddBookmarkCommand(&store, draft(0));
        stack.push(command);
        const Bookmark added = command->bookmark();
        QVERIFY(added.id > 0);
        const QString afterAdd = rows(library);
        QVERIFY(afterAdd != empty);
        QCOMPARE(stack.undoText(), QStringLiteral("Add Bookmark"));

        stack.undo();
        QCOMPARE(rows(library), empty);
        QVERIFY(!store.bookmark(added.id));
        stack.redo();
        QCOMPARE(rows(library), afterAdd); // same id, uid, times and tags
        QCOMPARE(*store.bookmark(added.id), added);
    }

    void undoAndRedoEdit()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        QUndoStack stack;
        Bookmark original = draft(5000);
        original.createdMs = original.updatedMs = 1000; // long ago, so an edit's time differs
        original = *store.add(original);
        const QString before = rows(library);

        Bookmark edited = original;
        edited.note = QStringLiteral("second note\nwith two lines");
        edited.tags = {QStringLiteral("c")};
        edited.quote = QStringLiteral("a quote");
        edited.starred = true;
        auto *command = new EditBookmarkCommand(&store, original, edited);
        stack.push(command);
        QCOMPARE(stack.undoText(), QStringLiteral("Edit Bookmark"));
        const Bookmark after = *store.bookmark(original.id);
        QCOMPARE(after.note, edited.note);
        QCOMPARE(after.tags, edited.tags);
        QVERIFY(after.starred);
        QVERIFY(after.updatedMs > original.updatedMs);
        QCOMPARE(after.createdMs, original.createdMs);
        const QString afterEdit = rows(library);

        stack.undo();
        QCOMPARE(rows(library), before);
        stack.redo();
        QCOMPARE(rows(library), afterEdit);

        // Starring alone says so in the Undo menu.
        Bookmark starOff = after;
        starOff.starred = false;
        stack.push(new EditBookmarkCommand(&store, after, starOff));
        QCOMPARE(stack.undoText(), QStringLiteral("Unstar Bookmark"));
        QVERIFY(!store.bookmark(original.id)->starred);
        stack.undo();
        QCOMPARE(rows(library), afterEdit);
    }

    void undoAndRedoDelete()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        QUndoStack stack;
        const Bookmark first = *store.add(draft(0));
        const Bookmark second = *store.add(draft(2000));
        const QString both = rows(library);
        QSignalSpy added(&store, &BookmarkStore::bookmarkAdded);

        stack.push(new RemoveBookmarkCommand(&store, first.id));
        QCOMPARE(stack.undoText(), QStringLiteral("Delete Bookmark"));
        QVERIFY(!store.bookmark(first.id));
        const QString one = rows(library);
        QVERIFY(one != both);

        stack.undo();
        QCOMPARE(rows(library), both); // back under its own id, before the second one
        QCOMPARE(*store.bookmark(first.id), first);
        QCOMPARE(added.count(), 1);
        stack.redo();
        QCOMPARE(rows(library), one);
        QCOMPARE(*store.bookmark(second.id), second);
    }

    void aWholeSessionUndoesBackToTheStart()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        QUndoStack stack;
        const QString start = rows(library);
        auto *add = new AddBookmarkCommand(&store, draft(0));
        stack.push(add);
        const Bookmark b = add->bookmark();
        Bookmark edited = b;
        edited.note = QStringLiteral("edited");
        stack.push(new EditBookmarkCommand(&store, b, edited));
        stack.push(new RemoveBookmarkCommand(&store, b.id));
        const QString end = rows(library);
        QCOMPARE(end, start);
        stack.setIndex(2);
        QCOMPARE(store.bookmark(b.id)->note, QStringLiteral("edited"));
        stack.setIndex(0);
        QCOMPARE(rows(library), start);
        stack.setIndex(3);
        QCOMPARE(rows(library), end);
    }

    void aFailedAddLeavesNothingToUndo()
    {
        TestLibrary library;
        BookmarkStore store(library.connection());
        QUndoStack stack;
        Bookmark bad = draft(0);
        bad.episodeGuid.clear();
        stack.push(new AddBookmarkCommand(&store, bad));
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QCOMPARE(library.count(QStringLiteral("bookmarks")), 0);
        stack.push(new RemoveBookmarkCommand(&store, 999));
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBookmarkUndo)
#include "tst_bookmarkundo.moc"
