#pragma once

#include <QFrame>
#include <QStringList>
#include <QVector>

class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

// Tags as chips in a field that looks like a line edit: the word being typed completes over the
// library's tags, a comma or a space turns it into a chip (unless it is still spelling a known
// tag of several words), Backspace on an empty field takes the last chip back, and clicking a
// chip removes it. Tags are cleaned the one way BookmarkTags does.
class TagLineEdit : public QFrame
{
    Q_OBJECT

public:
    explicit TagLineEdit(QWidget *parent = nullptr);

    // The tags offered for completion (those already chosen are left out).
    void setKnownTags(const QStringList &tags);
    QStringList knownTags() const { return m_known; }
    void setTags(const QStringList &tags);
    // The chips, then whatever is still typed, normalised.
    QStringList tags() const;
    // The chips alone, in order.
    QStringList chipTags() const { return m_tags; }
    void setPlaceholderText(const QString &text);

    QLineEdit *lineEdit() const { return m_input; }
    QCompleter *completer() const { return m_completer; }
    // The chip showing tags()[index]; clicking it removes the tag.
    QToolButton *chip(int index) const { return m_chips.value(index); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tagsChanged(const QStringList &tags);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void addTags(const QStringList &tags);
    void removeTag(int index);
    void takeTyped(const QString &text);
    void acceptCompletion(const QString &tag);
    void showCompletions(const QString &prefix);
    bool spellsKnownTag(const QString &text) const;
    QString knownTagAtStart(const QString &text) const;
    void rebuildChips();
    void updateCompletions();
    void setFocusLook(bool focused);
    // Places the chips and the input for `width`; returns the height they need.
    int arrange(int width, bool apply) const;

    QString m_placeholder;
    QStringList m_known;
    QStringList m_tags;
    QVector<QToolButton *> m_chips;
    QLineEdit *m_input = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
};
