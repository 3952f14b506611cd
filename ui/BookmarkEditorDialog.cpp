#include "BookmarkEditorDialog.h"

#include "BookmarkLook.h"
#include "TagLineEdit.h"
#include "Theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int QuoteLength = 280;

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(Theme::scaled(label->font(), 0.95, true));
    label->setBuddy(buddy);
    return label;
}

QString rgba(const QColor &color, int alpha)
{
    return QStringLiteral("rgba(%1, %2, %3, %4)")
            .arg(color.red())
            .arg(color.green())
            .arg(color.blue())
            .arg(alpha);
}

} // namespace

BookmarkEditorDialog::BookmarkEditorDialog(const Bookmark &bookmark, const QStringList &knownTags,
                                           QWidget *parent)
    : QDialog(parent)
    , m_bookmark(bookmark)
    , m_note(new QPlainTextEdit(this))
    , m_tags(new TagLineEdit(this))
    , m_star(new QToolButton(this))
{
    setObjectName(QStringLiteral("bookmarkEditor"));
    setWindowTitle(isNew() ? tr("New bookmark") : tr("Edit bookmark"));
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(6);
    layout->addWidget(createSummary());
    layout->addSpacing(8);

    m_note->setPlainText(bookmark.note);
    m_note->setPlaceholderText(tr("Why it matters, what to do with it\u2026"));
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Note"));
    m_note->setMinimumHeight(QFontMetrics(m_note->font()).lineSpacing() * 5 + 12);
    m_note->setStyleSheet(QStringLiteral("QPlainTextEdit { border: 1px solid #c9ced6;"
                                         " border-radius: 6px; padding: 2px; }"
                                         "QPlainTextEdit:focus { border-color: %1; }")
                                  .arg(Theme::accent().name()));
    layout->addWidget(sectionLabel(tr("&Note"), m_note, this));
    layout->addWidget(m_note, 1);
    layout->addSpacing(4);

    m_tags->setKnownTags(knownTags);
    m_tags->setTags(bookmark.tags);
    m_tags->setPlaceholderText(tr("Add tags \u2014 a comma or space ends each"));
    layout->addWidget(sectionLabel(tr("&Tags"), m_tags, this));
    layout->addWidget(m_tags);
    layout->addSpacing(8);
    layout->addWidget(createButtons());
    // Note, tags, Save, Cancel, then the star up top.
    setTabOrder(m_note, m_tags->lineEdit());
    setTabOrder(m_tags->lineEdit(), m_save);
    setTabOrder(m_save, m_cancel);
    setTabOrder(m_cancel, m_star);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *save = new QShortcut(keys, this);
        connect(save, &QShortcut::activated, this, &QDialog::accept);
    }
    // Compact at first: the height the wrapped quote needs at this width, with the note at its
    // minimum of five lines (it grows when the dialog is made taller).
    const int width = 480;
    resize(width,
           layout->totalHeightForWidth(width)
                   - qMax(m_note->sizeHint().height() - m_note->minimumHeight(), 0));
    m_note->setFocus(Qt::OtherFocusReason);
    m_note->moveCursor(QTextCursor::End);
}

QWidget *BookmarkEditorDialog::createSummary()
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("bookmarkSummary"));
    const QColor kindColor = BookmarkLook::kindColor(m_bookmark.kind);
    card->setStyleSheet(
            QStringLiteral("#bookmarkSummary { background: %1; border: 1px solid %2;"
                           " border-radius: 8px; }"
                           "#bookmarkKind { color: %3; background: %4; border-radius: 4px;"
                           " padding: 1px 6px; }"
                           "#bookmarkQuoteBar { background: %3; border-radius: 1px; }"
                           "#bookmarkQuote { color: #2a3039; }")
                    .arg(Theme::cardBackground().name(), Theme::cardBorder().name(),
                         kindColor.name(), rgba(kindColor, 30)));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 8, 12);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    auto *kind = new QLabel(bookmarkKindLabel(m_bookmark.kind).toUpper(), card);
    kind->setObjectName(QStringLiteral("bookmarkKind"));
    QFont kindFont = Theme::scaled(kind->font(), 0.8, true);
    kindFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
    kind->setFont(kindFont);
    top->addWidget(kind);
    if (!m_bookmark.topicTitle.isEmpty() && m_bookmark.kind != BookmarkKind::Episode) {
        auto *topic = new QLabel(m_bookmark.topicTitle, card);
        topic->setFont(Theme::scaled(topic->font(), 0.95, true));
        topic->setStyleSheet(QStringLiteral("color: #2a3039;"));
        top->addWidget(topic, 1);
    } else {
        top->addStretch(1);
    }
    m_star->setCheckable(true);
    m_star->setAutoRaise(true);
    m_star->setFont(Theme::scaled(m_star->font(), 1.5));
    m_star->setCursor(Qt::PointingHandCursor);
    m_star->setAccessibleName(tr("Star"));
    m_star->setChecked(m_bookmark.starred);
    showStar(m_bookmark.starred);
    connect(m_star, &QToolButton::toggled, this, &BookmarkEditorDialog::showStar);
    top->addWidget(m_star, 0, Qt::AlignTop);
    layout->addLayout(top);

    const QString quote = m_bookmark.quote.trimmed();
    m_quote = new QLabel(card); // reparented into the quote's row below
    m_quote->setObjectName(QStringLiteral("bookmarkQuote"));
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setWordWrap(true);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont quoteFont = Theme::scaled(m_quote->font(), 1.05);
    quoteFont.setItalic(true);
    m_quote->setFont(quoteFont);
    m_quote->setText(QStringLiteral("\u201c%1\u201d")
                             .arg(BookmarkLook::shortened(quote.simplified(), QuoteLength)));
    if (quote.size() > QuoteLength)
        m_quote->setToolTip(quote);
    // A block quote: a bar in the kind's colour beside the words.
    auto *quoteRow = new QWidget(card);
    auto *quoteLayout = new QHBoxLayout(quoteRow);
    quoteLayout->setContentsMargins(0, 2, 0, 2);
    quoteLayout->setSpacing(10);
    auto *bar = new QFrame(quoteRow);
    bar->setObjectName(QStringLiteral("bookmarkQuoteBar"));
    bar->setFixedWidth(3);
    quoteLayout->addWidget(bar);
    quoteLayout->addWidget(m_quote, 1);
    quoteRow->setVisible(!quote.isEmpty());
    layout->addWidget(quoteRow);

    m_source = new QLabel(
            BookmarkLook::source(m_bookmark.episodeTitle, m_bookmark.startMs, m_bookmark.endMs),
            card);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setFont(Theme::scaled(m_source->font(), 0.92));
    m_source->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::mutedText().name()));
    layout->addWidget(m_source);
    return card;
}

QWidget *BookmarkEditorDialog::createButtons()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("Ctrl+Enter saves"), row);
    hint->setFont(Theme::scaled(hint->font(), 0.9));
    hint->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::mutedText().name()));
    layout->addWidget(hint, 1);

    auto *buttons = new QDialogButtonBox(row);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_cancel->setAutoDefault(false);
    m_save->setStyleSheet(
            QStringLiteral("QPushButton { background: %1; color: white; border: 1px solid %1;"
                           " border-radius: 6px; padding: 5px 18px; font-weight: bold; }"
                           "QPushButton:hover { background: %2; }"
                           "QPushButton:focus { border-color: %3; }")
                    .arg(Theme::accent().name(), Theme::accent().darker(115).name(),
                         Theme::accent().darker(160).name()));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return row;
}

void BookmarkEditorDialog::setJustMade()
{
    m_justMade = true;
    setWindowTitle(tr("New bookmark"));
    m_cancel->setText(tr("Discard"));
    m_cancel->setToolTip(tr("Do not keep this bookmark"));
}

void BookmarkEditorDialog::showStar(bool starred)
{
    m_star->setText(starred ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
    m_star->setToolTip(starred ? tr("Starred \u2014 click to unstar") : tr("Star it"));
    m_star->setStyleSheet(QStringLiteral("QToolButton { color: %1; padding: 0px 4px; border: none;"
                                         " background: transparent; }")
                                  .arg(starred ? BookmarkLook::starColor().name()
                                               : QColor(0xa0, 0xa6, 0xae).name()));
}

Bookmark BookmarkEditorDialog::bookmark() const
{
    Bookmark bookmark = m_bookmark;
    QString note = m_note->toPlainText();
    while (!note.isEmpty() && note.back().isSpace())
        note.chop(1);
    bookmark.note = note;
    bookmark.tags = m_tags->tags();
    bookmark.starred = m_star->isChecked();
    return bookmark;
}
