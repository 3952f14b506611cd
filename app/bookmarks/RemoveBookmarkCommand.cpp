#include "RemoveBookmarkCommand.h"

#include "BookmarkStore.h"

#include <QCoreApplication>

RemoveBookmarkCommand::RemoveBookmarkCommand(BookmarkStore *store, qint64 bookmarkId,
                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
{
    setText(QCoreApplication::translate("RemoveBookmarkCommand", "Delete Bookmark"));
    const std::optional<Bookmark> found = store ? store->bookmark(bookmarkId) : std::nullopt;
    if (found)
        m_bookmark = *found;
    else
        m_error = QCoreApplication::translate("RemoveBookmarkCommand", "There is no bookmark %1.")
                          .arg(bookmarkId);
}

void RemoveBookmarkCommand::redo()
{
    if (!m_store || m_bookmark.id == 0) {
        setObsolete(true);
        return;
    }
    if (!m_store->remove(m_bookmark.id)) {
        m_error = m_store->errorString();
        qCWarning(lcBookmarks) << "could not delete bookmark" << m_bookmark.id << m_error;
        if (!m_removed)
            setObsolete(true);
        return;
    }
    m_removed = true;
}

void RemoveBookmarkCommand::undo()
{
    if (!m_store || m_bookmark.id == 0)
        return;
    if (!m_store->add(m_bookmark)) {
        m_error = m_store->errorString();
        qCWarning(lcBookmarks) << "could not undo deleting bookmark" << m_bookmark.id << m_error;
    }
}
