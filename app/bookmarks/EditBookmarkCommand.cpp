#include "EditBookmarkCommand.h"

#include "BookmarkStore.h"

#include <QCoreApplication>

namespace {

QString describe(const Bookmark &before, const Bookmark &after)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("EditBookmarkCommand", text);
    };
    Bookmark onlyStar = before;
    onlyStar.starred = after.starred;
    onlyStar.updatedMs = after.updatedMs;
    if (before.starred != after.starred && onlyStar == after)
        return after.starred ? tr("Star Bookmark") : tr("Unstar Bookmark");
    return tr("Edit Bookmark");
}

} // namespace

EditBookmarkCommand::EditBookmarkCommand(BookmarkStore *store, Bookmark before, Bookmark after,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    m_after.id = m_before.id;
    setText(describe(m_before, m_after));
}

void EditBookmarkCommand::redo()
{
    if (!m_store)
        return;
    const std::optional<Bookmark> stored = m_store->update(
            m_after, m_stamped ? BookmarkStore::Stamp::Keep : BookmarkStore::Stamp::Touch);
    if (!stored) {
        m_error = m_store->errorString();
        qCWarning(lcBookmarks) << "could not edit bookmark" << m_after.id << m_error;
        if (!m_stamped)
            setObsolete(true);
        return;
    }
    m_after = *stored;
    m_stamped = true;
}

void EditBookmarkCommand::undo()
{
    if (!m_store)
        return;
    if (!m_store->update(m_before, BookmarkStore::Stamp::Keep)) {
        m_error = m_store->errorString();
        qCWarning(lcBookmarks) << "could not undo editing bookmark" << m_before.id << m_error;
    }
}
