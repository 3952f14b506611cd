#pragma once

#include "Bookmark.h"

#include <QPointer>
#include <QUndoCommand>

class BookmarkStore;

// Editing a bookmark (its note, tags, star, quote), undoable: redo writes the edited copy (the
// first time with an updated time of now, afterwards exactly as it was then), undo writes the
// bookmark back exactly as it was before.
class EditBookmarkCommand : public QUndoCommand
{
public:
    // `before` is the bookmark as the store holds it; `after` the same bookmark edited.
    EditBookmarkCommand(BookmarkStore *store, Bookmark before, Bookmark after,
                        QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    const Bookmark &before() const { return m_before; }
    const Bookmark &after() const { return m_after; }
    QString errorString() const { return m_error; }

private:
    QPointer<BookmarkStore> m_store;
    Bookmark m_before;
    Bookmark m_after;
    bool m_stamped = false;
    QString m_error;
};
