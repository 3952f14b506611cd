#pragma once

#include "bookmarks/Bookmark.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class TagLineEdit;

// The small editor that opens when the user keeps something (or edits what was kept): what it
// is, the words it quotes and where they are, then a note, tags and a star. It only edits a copy;
// the caller stores bookmark() (AddBookmarkCommand for a draft, EditBookmarkCommand otherwise).
class BookmarkEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // `bookmark` is a draft (id 0) or a stored bookmark; `knownTags` are offered for completion.
    BookmarkEditorDialog(const Bookmark &bookmark, const QStringList &knownTags,
                         QWidget *parent = nullptr);

    // The bookmark given, with the note, tags (normalised) and star as edited. (Named so that
    // QDialog::result(), the accepted/rejected code, stays as it is.)
    Bookmark bookmark() const;
    bool isNew() const { return m_justMade || m_bookmark.id == 0; }
    // The bookmark was stored a moment ago (B saves at once): it reads as new, and Cancel says
    // that it discards the bookmark.
    void setJustMade();

    QPlainTextEdit *noteEdit() const { return m_note; }
    TagLineEdit *tagEdit() const { return m_tags; }
    QToolButton *starButton() const { return m_star; }
    QLabel *quoteLabel() const { return m_quote; }
    QLabel *sourceLabel() const { return m_source; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QWidget *createSummary();
    QWidget *createButtons();
    void showStar(bool starred);

    Bookmark m_bookmark;
    bool m_justMade = false;
    QLabel *m_quote = nullptr;
    QLabel *m_source = nullptr;
    QPlainTextEdit *m_note = nullptr;
    TagLineEdit *m_tags = nullptr;
    QToolButton *m_star = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
};
