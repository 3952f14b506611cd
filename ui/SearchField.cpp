#include "SearchField.h"

#include <QKeyEvent>
#include <QTimer>

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_pause(new QTimer(this))
{
    setPlaceholderText(tr("Search everything (Ctrl+K)"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Search"));
    setToolTip(tr("Titles, guests, topics, transcripts and bookmark notes.\n"
                  "\"exact phrase\", guest:name, show:name, tag:tag\n"
                  "Enter plays the span, Ctrl+Enter opens the episode there"));
    setMinimumWidth(260);
    m_pause->setSingleShot(true);
    m_pause->setInterval(PauseMs);
    connect(m_pause, &QTimer::timeout, this,
            [this]() { Q_EMIT searchRequested(text().trimmed()); });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_pause->stop();
            Q_EMIT searchRequested(QString());
        } else {
            m_pause->start();
        }
    });
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        Q_EMIT moveRequested(1);
        return;
    case Qt::Key_Up:
        Q_EMIT moveRequested(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // A search still waiting for the pause runs now, so Enter acts on what is typed.
        if (m_pause->isActive()) {
            m_pause->stop();
            Q_EMIT searchRequested(text().trimmed());
        }
        Q_EMIT activateRequested(event->modifiers().testFlag(Qt::ControlModifier));
        return;
    case Qt::Key_Escape:
        Q_EMIT dismissRequested();
        if (!text().isEmpty())
            clear();
        else
            clearFocus();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

bool SearchField::event(QEvent *event)
{
    // While typing here, these keys are the field's, not the window's shortcuts (Escape stops
    // playback elsewhere, arrows step clips).
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Up || key == Qt::Key_Down
            || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void SearchField::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    selectAll();
}

void SearchField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A click on a result keeps the focus here (the list takes none); anything else closes them.
    if (event->reason() != Qt::PopupFocusReason)
        Q_EMIT dismissRequested();
}
