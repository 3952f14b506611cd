#include "AddBookmarkCommand.h"

#include "BookmarkStore.h"

#include <QCoreApplication>

AddBookmarkCommand::AddBookmarkCommand(BookmarkStore *store, Bookmark draft, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_bookmark(std::move(draft))
{
    setText(QCoreApplication::translate("AddBookmarkCommand", "Add Bookmark"));
}

void AddBookmarkCommand::redo()
{
    if (!m_store)
        return;
    const std::optional<Bookmark> stored = m_store->add(m_bookmark);
    if (!stored) {
        m_error = m_store->errorString();
        qCWarning(lcBookmarks) << "could not add the bookmark:" << m_error;
        if (!m_stored)
            setObsolete(true);
        return;
    }
    m_bookmark = *stored;
    m_stored = true;
}

void AddBookmarkCommand::undo()
{
    if (!m_store || m_bookmark.id == 0)
        return;
    if (!m_store->remove(m_bookmark.id)) {
        m_error = m_store->errorString();
        qCWarning(lcBookmarks) << "could not undo adding bookmark" << m_bookmark.id << m_error;
    }
}
