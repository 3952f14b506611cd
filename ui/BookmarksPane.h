#pragma once

#include "bookmarks/Bookmark.h"

#include <QWidget>

#include <optional>

class BookmarkFilterModel;
class BookmarkItemDelegate;
class BookmarkListModel;
class BookmarkStore;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QToolButton;

// Every kept insight, to find one again: filter by text, tag and star, sort by date, episode or
// span, and act on one (play, edit, copy its link, star, delete). It reads the store through its
// own models and emits intents; the window does the playing, editing and undoable writes.
class BookmarksPane : public QWidget
{
    Q_OBJECT

public:
    explicit BookmarksPane(BookmarkStore &store, QWidget *parent = nullptr);

    // Makes the bookmark current and scrolls to it, clearing the filters if they hide it.
    bool selectBookmark(qint64 id);
    std::optional<Bookmark> currentBookmark() const;

    BookmarkListModel *listModel() const { return m_model; }
    BookmarkFilterModel *filterModel() const { return m_filter; }
    BookmarkItemDelegate *delegate() const { return m_delegate; }
    QListView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_text; }
    QComboBox *tagFilter() const { return m_tag; }
    QComboBox *sortChoice() const { return m_sort; }
    QToolButton *starredOnlyButton() const { return m_starredOnly; }
    QToolButton *exportButton() const { return m_export; }
    // "5", or "2 of 5" while filtering.
    QLabel *countLabel() const { return m_count; }
    // Shown instead of the list when there is nothing to list: a title and a hint.
    QLabel *emptyTitle() const { return m_emptyTitle; }
    QLabel *emptyLabel() const { return m_emptyText; }
    bool isShowingEmptyState() const;
    QAction *playAction() const { return m_play; }
    QAction *editAction() const { return m_edit; }
    QAction *copyLinkAction() const { return m_copyLink; }
    QAction *starAction() const { return m_star; }
    QAction *deleteAction() const { return m_delete; }

Q_SIGNALS:
    // Open the episode at that place and play the span (double-click, Enter, "Play").
    void bookmarkActivated(const Bookmark &bookmark);
    void editRequested(const Bookmark &bookmark);
    void deleteRequested(qint64 id);
    void starToggled(qint64 id, bool starred);
    void exportRequested();
    // The bookmark's citecast:// link was put on the clipboard.
    void linkCopied(const QString &link);

private:
    QWidget *createHeader();
    QWidget *createFilters();
    QWidget *createEmptyState();
    void createActions();
    void showContextMenu(const QPoint &position);
    void updateActions();
    void updateTags();
    void updateEmptyState();
    void applySort();
    void clearFilters();
    void copyLink();

    BookmarkStore &m_store;
    BookmarkListModel *m_model = nullptr;
    BookmarkFilterModel *m_filter = nullptr;
    BookmarkItemDelegate *m_delegate = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_export = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_sort = nullptr;
    QToolButton *m_starredOnly = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_clearFilters = nullptr;
    QAction *m_play = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_copyLink = nullptr;
    QAction *m_star = nullptr;
    QAction *m_delete = nullptr;
};
