#pragma once

#include "Bookmark.h"

#include <QPointer>
#include <QUndoCommand>

class BookmarkStore;

// Adding a bookmark, undoable: redo stores it (the first time as new, afterwards again under the
// same id, uid and times), undo deletes it. When the first add fails the command marks itself
// obsolete, so QUndoStack::push() drops it; errorString() says why.
class AddBookmarkCommand : public QUndoCommand
{
public:
    AddBookmarkCommand(BookmarkStore *store, Bookmark draft, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The bookmark as stored (id 0 until the first redo, or when it failed).
    const Bookmark &bookmark() const { return m_bookmark; }
    QString errorString() const { return m_error; }

private:
    QPointer<BookmarkStore> m_store;
    Bookmark m_bookmark;
    bool m_stored = false;
    QString m_error;
};
