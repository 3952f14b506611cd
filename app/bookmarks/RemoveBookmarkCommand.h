#pragma once

#include "Bookmark.h"

#include <QPointer>
#include <QUndoCommand>

class BookmarkStore;

// Deleting a bookmark, undoable: redo deletes it, undo puts it back exactly (same id, uid, tags
// and times). The bookmark is read from the store when the command is made.
class RemoveBookmarkCommand : public QUndoCommand
{
public:
    RemoveBookmarkCommand(BookmarkStore *store, qint64 bookmarkId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const Bookmark &bookmark() const { return m_bookmark; }
    QString errorString() const { return m_error; }

private:
    QPointer<BookmarkStore> m_store;
    Bookmark m_bookmark;
    bool m_removed = false;
    QString m_error;
};
