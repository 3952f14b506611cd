#include "CitedTextView.h"

#include "BookmarkLook.h"
#include "ChipTextObject.h"
#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QMenu>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

#include <memory>

namespace {

const QString chipScheme = QStringLiteral("chip");

} // namespace

CitedTextView::CitedTextView(QWidget *parent)
    : QTextBrowser(parent)
    , m_chipObject(new ChipTextObject(this))
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    viewport()->setAutoFillBackground(false);
    setStyleSheet(QStringLiteral("QTextBrowser { background: transparent; }"));
    document()->setDocumentMargin(0);
    document()->documentLayout()->registerHandler(ChipTextObject::Type, m_chipObject);
    connect(this, &QTextBrowser::highlighted, this, &CitedTextView::onHighlighted);
    connect(this, &QTextBrowser::anchorClicked, this, &CitedTextView::onAnchorClicked);
}

void CitedTextView::setCitedText(const QString &summary, const QVector<Chip> &chips)
{
    m_chips = chips;
    m_chipPositions.clear();
    m_playing.clear();
    m_hovered = -1;
    clear();
    document()->setDocumentMargin(0);
    QTextCursor cursor(document());
    QTextCharFormat textFormat;
    textFormat.setFont(font());
    int written = 0;
    for (int i = 0; i < chips.size(); ++i) {
        const Chip &chip = chips.at(i);
        const int at = std::clamp(chip.textEnd, written, int(summary.size()));
        cursor.insertText(summary.mid(written, at - written), textFormat);
        written = at;

        QTextCharFormat chipFormat = textFormat;
        chipFormat.setObjectType(ChipTextObject::Type);
        chipFormat.setProperty(ChipTextObject::NumberProperty, chip.number);
        chipFormat.setProperty(ChipTextObject::IndexProperty, i);
        chipFormat.setProperty(ChipTextObject::HasAudioProperty, chip.hasAudio);
        chipFormat.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        chipFormat.setAnchor(true);
        chipFormat.setAnchorHref(chipScheme + QStringLiteral(":") + QString::number(i));
        chipFormat.setToolTip(chip.hasAudio ? tr("Citation %1: play the clip that backs this "
                                                 "sentence")
                                                      .arg(chip.number)
                                            : tr("Citation %1: no audio yet (the page gave no "
                                                 "clip times)")
                                                      .arg(chip.number));
        m_chipPositions << cursor.position();
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), chipFormat);
    }
    cursor.insertText(summary.mid(written), textFormat);
    m_chipObject->setPlaying({});
    m_chipObject->setHovered(-1);
    updateSentenceMarks();
    fitHeight();
}

int CitedTextView::documentPosition(int chipIndex) const
{
    return chipIndex >= 0 && chipIndex < m_chipPositions.size() ? m_chipPositions.at(chipIndex)
                                                                : -1;
}

QRect CitedTextView::chipRect(int index) const
{
    const int position = documentPosition(index);
    if (position < 0)
        return QRect();
    QTextCursor cursor(document());
    cursor.setPosition(position);
    const QRect before = cursorRect(cursor);
    cursor.setPosition(position + 1);
    const QRect after = cursorRect(cursor);
    const int right = after.top() == before.top() ? after.left() : before.left() + 16;
    return QRect(QPoint(before.left() + 3, before.top()), QPoint(right - 1, before.bottom()));
}

void CitedTextView::setPlayingChips(const QVector<int> &indexes)
{
    if (m_playing == indexes)
        return;
    m_playing = indexes;
    m_chipObject->setPlaying(QSet<int>(indexes.begin(), indexes.end()));
    updateSentenceMarks();
    viewport()->update();
}

void CitedTextView::onHighlighted(const QUrl &url)
{
    const int index = url.scheme() == chipScheme ? url.path().toInt() : -1;
    if (index == m_hovered)
        return;
    m_hovered = index;
    m_chipObject->setHovered(index);
    updateSentenceMarks();
    viewport()->update();
}

void CitedTextView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() != chipScheme)
        return;
    // A click leaves no keyboard-focus frame around the chip.
    QTextCursor cursor = textCursor();
    cursor.clearSelection();
    setTextCursor(cursor);
    bool ok = false;
    const int index = url.path().toInt(&ok);
    if (ok && index >= 0 && index < m_chips.size())
        Q_EMIT chipActivated(index);
}

int CitedTextView::toDocument(int offset) const
{
    // Offsets in the summary shift by one for every chip inserted before them.
    int shift = 0;
    for (int i = 0; i < m_chips.size() && m_chips.at(i).textEnd <= offset; ++i)
        ++shift;
    return offset + shift;
}

int CitedTextView::chipAtPosition(int position) const
{
    for (int i = 0; i < m_chips.size(); ++i) {
        if (position >= toDocument(m_chips.at(i).textStart) && position <= documentPosition(i))
            return i;
    }
    return -1;
}

int CitedTextView::focusedChip() const
{
    if (!hasFocus())
        return -1;
    const QTextCursor cursor = textCursor();
    for (int i = 0; cursor.hasSelection() && i < m_chipPositions.size(); ++i) {
        if (cursor.selectionStart() <= m_chipPositions.at(i)
            && m_chipPositions.at(i) < cursor.selectionEnd())
            return i;
    }
    return chipAtPosition(cursor.hasSelection() ? cursor.selectionStart() : cursor.position());
}

void CitedTextView::contextMenuEvent(QContextMenuEvent *event)
{
    const QUrl anchor(anchorAt(event->pos()));
    const int chip = anchor.scheme() == chipScheme
            ? anchor.path().toInt()
            : chipAtPosition(cursorForPosition(event->pos()).position());
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QAction *first = menu->actions().value(0);
    if (chip >= 0 && chip < m_chips.size()) {
        const int number = m_chips.at(chip).number;
        QAction *play = new QAction(tr("Play Citation %1").arg(number), menu.get());
        play->setEnabled(m_chips.at(chip).hasAudio);
        connect(play, &QAction::triggered, this, [this, chip] { Q_EMIT chipActivated(chip); });
        QAction *bookmark = new QAction(BookmarkLook::ribbonIcon(Theme::accent()),
                                        tr("Bookmark Citation %1…").arg(number), menu.get());
        connect(bookmark, &QAction::triggered, this,
                [this, chip] { Q_EMIT chipBookmarkRequested(chip); });
        menu->insertActions(first, {play, bookmark});
    }
    QAction *topic = new QAction(tr("Bookmark Topic…"), menu.get());
    connect(topic, &QAction::triggered, this, &CitedTextView::topicBookmarkRequested);
    menu->insertAction(first, topic);
    if (first)
        menu->insertSeparator(first);
    menu->exec(event->globalPos());
}

void CitedTextView::updateSentenceMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    auto mark = [&](int index, const QColor &background, bool underline) {
        if (index < 0 || index >= m_chips.size())
            return;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(toDocument(m_chips.at(index).textStart));
        selection.cursor.setPosition(documentPosition(index), QTextCursor::KeepAnchor);
        selection.format.setBackground(background);
        if (underline) {
            selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            selection.format.setUnderlineColor(Theme::accent());
        }
        selections << selection;
    };
    for (int index : std::as_const(m_playing))
        mark(index, QColor(0xfd, 0xec, 0xd8), false);
    if (!m_playing.contains(m_hovered))
        mark(m_hovered, QColor(0xe6, 0xee, 0xfc), true);
    setExtraSelections(selections);
}

int CitedTextView::heightForWidth(int width) const
{
    QTextDocument *doc = document();
    const qreal previous = doc->textWidth();
    doc->setTextWidth(width);
    const int height = int(std::ceil(doc->size().height()));
    doc->setTextWidth(previous);
    return height + 2 * frameWidth();
}

QSize CitedTextView::sizeHint() const
{
    const int width = std::max(200, this->width());
    return QSize(width, heightForWidth(width));
}

QSize CitedTextView::minimumSizeHint() const
{
    return QSize(120, fontMetrics().height());
}

void CitedTextView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

void CitedTextView::fitHeight()
{
    const int height = heightForWidth(viewport()->width() > 0 ? viewport()->width() : 400);
    if (height != this->height()) {
        setFixedHeight(height);
        updateGeometry();
    }
    verticalScrollBar()->setValue(0);
}
