#include "TranscriptPane.h"

#include "Theme.h"
#include "TranscriptCueDelegate.h"
#include "domain/Counted.h"
#include "models/TranscriptModel.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

TranscriptPane::TranscriptPane(TranscriptModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_delegate(new TranscriptCueDelegate(this))
    , m_source(new QLabel(this))
    , m_find(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("transcriptPane"));
    setMinimumWidth(260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 8, 8);
    layout->setSpacing(6);

    auto *heading = new QLabel(tr("Transcript"), this);
    heading->setFont(Theme::scaled(font(), 1.15, true));
    heading->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(heading);
    QPalette muted = m_source->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText());
    m_source->setPalette(muted);
    m_source->setFont(Theme::scaled(font(), 0.85));
    m_source->setContentsMargins(4, 0, 0, 0);
    m_source->setWordWrap(true);
    layout->addWidget(m_source);

    auto *findRow = new QHBoxLayout;
    findRow->setSpacing(2);
    m_find->setPlaceholderText(tr("Find in transcript"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find in transcript"));
    findRow->addWidget(m_find, 1);
    m_count->setPalette(muted);
    m_count->setFont(Theme::scaled(font(), 0.85));
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("888 of 888")));
    m_count->setAlignment(Qt::AlignCenter);
    findRow->addWidget(m_count);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setAutoRaise(true);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setAutoRaise(true);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    layout->addLayout(findRow);

    m_view->setModel(model);
    m_view->setItemDelegate(m_delegate);
    m_view->setMouseTracking(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWordWrap(true); // so that a change of width lays the cues out again
    // Long transcripts are measured a few hundred cues at a time, between events.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(300);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setAccessibleName(tr("Transcript cues"));
    m_view->setStyleSheet(QStringLiteral("QListView { background: white; border-radius: 8px; }"));
    layout->addWidget(m_view, 1);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, &TranscriptPane::focusFind);
    auto *nextShortcut = new QShortcut(QKeySequence::FindNext, this);
    nextShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextShortcut, &QShortcut::activated, this, &TranscriptPane::findNext);
    auto *previousShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    previousShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previousShortcut, &QShortcut::activated, this, &TranscriptPane::findPrevious);
    m_view->installEventFilter(this);

    connect(m_find, &QLineEdit::textChanged, this, &TranscriptPane::onFindTextChanged);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        // Shift+Enter goes backwards, as in browsers and editors.
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_next, &QToolButton::clicked, this, &TranscriptPane::findNext);
    connect(m_previous, &QToolButton::clicked, this, &TranscriptPane::findPrevious);
    // A click, or Enter on the focused cue, plays from there.
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT cueActivated(index.data(TranscriptModel::StartMsRole).toLongLong());
    });
    connect(m_model, &TranscriptModel::currentCueChanged, this,
            &TranscriptPane::onCurrentCueChanged);
    connect(m_model, &TranscriptModel::modelAboutToBeReset, m_delegate,
            &TranscriptCueDelegate::clearSizes);
    connect(m_model, &TranscriptModel::modelReset, this, [this] {
        m_match = -1;
        m_delegate->setCurrentMatchRow(-1);
        onFindTextChanged(m_find->text());
    });
    updateCount();
}

bool TranscriptPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex index = m_view->currentIndex();
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && index.isValid()) {
            Q_EMIT cueActivated(index.data(TranscriptModel::StartMsRole).toLongLong());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TranscriptPane::setSourceText(const QString &text)
{
    m_source->setText(text);
    m_source->setVisible(!text.isEmpty());
}

int TranscriptPane::currentMatchRow() const
{
    return m_match >= 0 ? m_model->matches().value(m_match, -1) : -1;
}

void TranscriptPane::focusFind()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void TranscriptPane::onFindTextChanged(const QString &text)
{
    m_delegate->setFindText(text.trimmed());
    const QVector<int> matches = m_model->find(text);
    showMatch(matches.isEmpty() ? -1 : 0);
}

void TranscriptPane::findNext()
{
    const int count = int(m_model->matches().size());
    if (count > 0)
        showMatch((m_match + 1) % count);
}

void TranscriptPane::findPrevious()
{
    const int count = int(m_model->matches().size());
    if (count > 0)
        showMatch((m_match - 1 + count) % count);
}

void TranscriptPane::showMatch(int matchIndex)
{
    m_match = matchIndex;
    const int row = currentMatchRow();
    m_delegate->setCurrentMatchRow(row);
    if (row >= 0)
        m_view->scrollTo(m_model->index(row), QAbstractItemView::PositionAtCenter);
    m_view->viewport()->update();
    updateCount();
}

void TranscriptPane::updateCount()
{
    const int count = int(m_model->matches().size());
    const bool searching = !m_find->text().trimmed().isEmpty();
    if (!searching)
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("no match"));
    else
        m_count->setText(tr("%1 of %2").arg(m_match + 1).arg(count));
    m_count->setAccessibleName(searching ? counted(count, tr("match"), tr("matches")) : QString());
    m_next->setEnabled(count > 0);
    m_previous->setEnabled(count > 0);
    QPalette palette = m_find->palette();
    palette.setColor(QPalette::Base,
                     searching && count == 0 ? QColor(0xfd, 0xec, 0xec) : QColor(Qt::white));
    m_find->setPalette(palette);
}

void TranscriptPane::onCurrentCueChanged(int row)
{
    if (row < 0)
        return;
    // Keep the cue being said in view, unless the user is reading elsewhere with a find open.
    if (!m_find->text().trimmed().isEmpty() && m_find->hasFocus())
        return;
    const QModelIndex index = m_model->index(row);
    const QRect rect = m_view->visualRect(index);
    if (!m_view->viewport()->rect().contains(rect))
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}
