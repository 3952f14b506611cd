#include "TagLineEdit.h"

#include "Theme.h"
#include "bookmarks/BookmarkTags.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>

namespace {

constexpr int Margin = 4;
constexpr int Spacing = 4;
constexpr int MinimumInputWidth = 90;

bool isComma(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';');
}

} // namespace

TagLineEdit::TagLineEdit(QWidget *parent)
    : QFrame(parent)
    , m_input(new QLineEdit(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("tagLineEdit"));
    setAttribute(Qt::WA_StyledBackground);
    setCursor(Qt::IBeamCursor);
    setStyleSheet(QStringLiteral("#tagLineEdit { background: white; border: 1px solid #c9ced6;"
                                 " border-radius: 6px; }"
                                 "#tagLineEdit[focused=\"true\"] { border: 1px solid %1; }"
                                 "#tagLineEdit QLineEdit { background: transparent; border: none;"
                                 " padding: 2px; }"
                                 "#tagChip { background: #e6eefc; color: #1d4ea3; border: none;"
                                 " border-radius: 10px; padding: 2px 8px; }"
                                 "#tagChip:hover { background: #d3e1fb; }")
                          .arg(Theme::accent().name()));
    setFocusProxy(m_input);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_input->setFrame(false);
    m_input->setAccessibleName(tr("Tags"));
    m_input->installEventFilter(this);
    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(8);
    m_completer->popup()->setStyleSheet(
            QStringLiteral("QListView { border: 1px solid #c9ced6; background: white;"
                           " padding: 2px; outline: none; }"
                           "QListView::item { padding: 3px 6px; border-radius: 4px; }"
                           "QListView::item:selected { background: %1; color: white; }")
                    .arg(Theme::accent().name()));
    // Not QLineEdit::setCompleter(): that writes the completion into the field, while here a
    // completion becomes a chip at once.
    m_completer->setWidget(m_input);

    connect(m_input, &QLineEdit::textEdited, this, &TagLineEdit::takeTyped);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TagLineEdit::acceptCompletion);
    // Enter that the completer's popup passes on (before it completes): the popup's highlighted
    // tag, when there is one, is taken by acceptCompletion(); otherwise what is typed.
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        QAbstractItemView *popup = m_completer->popup();
        if (popup->isVisible() && popup->currentIndex().isValid())
            return;
        popup->hide();
        if (!m_input->text().trimmed().isEmpty()) {
            addTags({m_input->text()});
            m_input->clear();
        }
    });
}

void TagLineEdit::setKnownTags(const QStringList &tags)
{
    m_known = BookmarkTags::normalized(tags);
    updateCompletions();
}

void TagLineEdit::setTags(const QStringList &tags)
{
    m_tags = BookmarkTags::normalized(tags);
    m_input->clear();
    rebuildChips();
    updateCompletions();
    Q_EMIT tagsChanged(m_tags);
}

QStringList TagLineEdit::tags() const
{
    return BookmarkTags::normalized(QStringList(m_tags) << m_input->text());
}

void TagLineEdit::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    m_input->setPlaceholderText(m_tags.isEmpty() ? text : QString());
}

void TagLineEdit::addTags(const QStringList &tags)
{
    const QStringList merged = BookmarkTags::normalized(QStringList(m_tags) + tags);
    if (merged == m_tags)
        return;
    m_tags = merged;
    rebuildChips();
    updateCompletions();
    Q_EMIT tagsChanged(m_tags);
}

void TagLineEdit::removeTag(int index)
{
    if (index < 0 || index >= m_tags.size())
        return;
    m_tags.removeAt(index);
    rebuildChips();
    updateCompletions();
    m_input->setFocus();
    Q_EMIT tagsChanged(m_tags);
}

void TagLineEdit::acceptCompletion(const QString &tag)
{
    addTags({tag});
    m_input->clear();
}

bool TagLineEdit::spellsKnownTag(const QString &text) const
{
    // White space collapsed but a trailing space kept: "ai " no longer spells "ai".
    QString typed;
    for (QChar c : text) {
        if (!c.isSpace())
            typed += c;
        else if (!typed.isEmpty() && !typed.endsWith(QLatin1Char(' ')))
            typed += QLatin1Char(' ');
    }
    for (const QString &tag : m_known) {
        if (tag.startsWith(typed, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString TagLineEdit::knownTagAtStart(const QString &text) const
{
    QString best;
    for (const QString &tag : m_known) {
        if (tag.size() > best.size() && tag.contains(QLatin1Char(' '))
            && text.startsWith(tag, Qt::CaseInsensitive)
            && (text.size() == tag.size() || text.at(tag.size()).isSpace()
                || isComma(text.at(tag.size()))))
            best = text.left(tag.size());
    }
    return best;
}

void TagLineEdit::takeTyped(const QString &text)
{
    // Commas always separate; a space does too unless the words so far still spell a known tag
    // of several words ("open source").
    QStringList done;
    QString rest = text;
    while (true) {
        while (!rest.isEmpty() && (rest.front().isSpace() || isComma(rest.front())))
            rest.remove(0, 1);
        qsizetype comma = 0;
        while (comma < rest.size() && !isComma(rest.at(comma)))
            ++comma;
        const QString phrase = rest.left(comma);
        const qsizetype space = phrase.indexOf(QLatin1Char(' '));
        if (space < 0 && comma == rest.size())
            break; // one word, still being typed
        if (comma == rest.size() && spellsKnownTag(phrase))
            break;
        const QString known = knownTagAtStart(phrase);
        const QString word = !known.isEmpty() ? known : space >= 0 ? phrase.left(space) : phrase;
        done << word;
        rest.remove(0, word.size());
    }
    if (!done.isEmpty()) {
        m_input->setText(rest);
        addTags(done);
    }
    showCompletions(m_input->text());
}

void TagLineEdit::showCompletions(const QString &prefix)
{
    m_completer->setCompletionPrefix(prefix.trimmed().isEmpty() ? QString() : prefix);
    if (prefix.trimmed().isEmpty() || m_completer->completionCount() == 0)
        m_completer->popup()->hide();
    else
        m_completer->complete();
}

void TagLineEdit::rebuildChips()
{
    // A chip may be removing itself from its own clicked(): delete the old ones later.
    for (QToolButton *chip : std::as_const(m_chips)) {
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    for (int i = 0; i < m_tags.size(); ++i) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setText(m_tags.at(i) + QStringLiteral("  \u2715"));
        chip->setToolTip(tr("Remove the tag \u201c%1\u201d").arg(m_tags.at(i)));
        chip->setAccessibleName(tr("Remove tag %1").arg(m_tags.at(i)));
        chip->setFocusPolicy(Qt::NoFocus);
        chip->setCursor(Qt::PointingHandCursor);
        connect(chip, &QToolButton::clicked, this,
                [this, chip] { removeTag(int(m_chips.indexOf(chip))); });
        chip->show();
        m_chips << chip;
    }
    m_input->setPlaceholderText(m_tags.isEmpty() ? m_placeholder : QString());
    arrange(width(), true);
    updateGeometry();
}

void TagLineEdit::updateCompletions()
{
    QStringList offered;
    for (const QString &tag : std::as_const(m_known)) {
        if (!BookmarkTags::contains(m_tags, tag))
            offered << tag;
    }
    m_completions->setStringList(offered);
}

int TagLineEdit::arrange(int width, bool apply) const
{
    const int inputHeight = m_input->sizeHint().height();
    int rowHeight = inputHeight;
    for (QToolButton *chip : m_chips)
        rowHeight = qMax(rowHeight, chip->sizeHint().height());
    const int right = width - Margin;
    int x = Margin;
    int y = Margin;
    for (QToolButton *chip : m_chips) {
        const QSize hint = chip->sizeHint();
        const int chipWidth = qMin(hint.width(), right - Margin);
        if (x > Margin && x + chipWidth > right) {
            x = Margin;
            y += rowHeight + Spacing;
        }
        if (apply)
            chip->setGeometry(x, y + (rowHeight - hint.height()) / 2, chipWidth, hint.height());
        x += chipWidth + Spacing;
    }
    if (x > Margin && right - x < MinimumInputWidth) {
        x = Margin;
        y += rowHeight + Spacing;
    }
    if (apply)
        m_input->setGeometry(x, y + (rowHeight - inputHeight) / 2, qMax(right - x, 10),
                             inputHeight);
    return y + rowHeight + Margin;
}

int TagLineEdit::heightForWidth(int width) const
{
    return arrange(width, false);
}

QSize TagLineEdit::sizeHint() const
{
    const int width = qMax(this->width(), 240);
    return QSize(240, arrange(width, false));
}

QSize TagLineEdit::minimumSizeHint() const
{
    return QSize(MinimumInputWidth + 2 * Margin, arrange(qMax(width(), 120), false));
}

void TagLineEdit::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    arrange(width(), true);
}

void TagLineEdit::mousePressEvent(QMouseEvent *event)
{
    m_input->setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

void TagLineEdit::setFocusLook(bool focused)
{
    setProperty("focused", focused);
    style()->unpolish(this);
    style()->polish(this);
}

bool TagLineEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input) {
        if (event->type() == QEvent::FocusIn) {
            setFocusLook(true);
        } else if (event->type() == QEvent::FocusOut) {
            setFocusLook(false);
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            // Enter makes a chip of what is typed and goes no further (a dialog would accept);
            // on an empty field it passes on, to the dialog's default button.
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier
                && !m_input->text().trimmed().isEmpty()) {
                addTags({m_input->text()});
                m_input->clear();
                return true;
            }
            if (key->key() == Qt::Key_Backspace && m_input->text().isEmpty() && !m_tags.isEmpty()) {
                removeTag(int(m_tags.size()) - 1);
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}
