#include "ClipRow.h"

#include "BookmarkLook.h"
#include "Icons.h"
#include "Theme.h"
#include "domain/TimeFormat.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QStyle>
#include <QToolButton>

ClipRow::ClipRow(ClipKind kind, const QString &text, qint64 clipId, qint64 startMs, qint64 endMs,
                 QWidget *parent)
    : QFrame(parent)
    , m_clipId(clipId)
    , m_play(new QToolButton(this))
    , m_text(new QLabel(text, this))
    , m_span(new QLabel(this))
{
    setObjectName(QStringLiteral("clipRow"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 12, 6);
    layout->setSpacing(10);

    m_play->setIcon(Icons::play(Theme::kindColor(kind)));
    m_play->setIconSize(QSize(22, 22));
    m_play->setAutoRaise(true);
    m_play->setEnabled(clipId != 0);
    m_play->setAccessibleName(tr("Play: %1").arg(text));
    m_play->setToolTip(clipId != 0 ? tr("Play %1").arg(TimeFormat::span(startMs, endMs))
                                   : tr("No audio yet"));
    layout->addWidget(m_play, 0, Qt::AlignVCenter);

    m_text->setWordWrap(true);
    if (kind == ClipKind::Highlight)
        m_text->setText(QStringLiteral("\u201c%1\u201d").arg(text));
    layout->addWidget(m_text, 1);

    m_span->setText(clipId != 0 ? TimeFormat::span(startMs, endMs) : tr("no audio yet"));
    QPalette muted = m_span->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText());
    m_span->setPalette(muted);
    m_span->setFont(Theme::scaled(font(), 0.9));
    layout->addWidget(m_span, 0, Qt::AlignVCenter);

    if (clipId != 0)
        setCursor(Qt::PointingHandCursor);
    connect(m_play, &QToolButton::clicked, this, [this] { Q_EMIT playRequested(m_clipId); });
}

void ClipRow::setBookmarkClip(qint64 clipId)
{
    m_bookmarkClip = clipId;
    if (!m_bookmark) {
        m_bookmark = new QToolButton(this);
        m_bookmark->setIcon(BookmarkLook::ribbonIcon(Theme::mutedText()));
        m_bookmark->setIconSize(QSize(16, 16));
        m_bookmark->setAutoRaise(true);
        m_bookmark->setCursor(Qt::PointingHandCursor);
        m_bookmark->setToolTip(tr("Bookmark this clip"));
        m_bookmark->setAccessibleName(tr("Bookmark: %1").arg(m_text->text()));
        layout()->addWidget(m_bookmark);
        connect(m_bookmark, &QToolButton::clicked, this,
                [this] { Q_EMIT bookmarkRequested(m_bookmarkClip); });
    }
}

void ClipRow::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *play = menu.addAction(m_play->icon(), tr("Play"), this,
                                   [this] { Q_EMIT playRequested(m_clipId); });
    play->setEnabled(m_clipId != 0);
    if (m_bookmark) {
        menu.addAction(BookmarkLook::ribbonIcon(Theme::accent()), tr("Bookmark\u2026"), this,
                       [this] { Q_EMIT bookmarkRequested(m_bookmarkClip); });
    }
    menu.exec(event->globalPos());
}

void ClipRow::setPlaying(bool playing)
{
    setProperty("playing", playing);
    style()->unpolish(this);
    style()->polish(this);
}

void ClipRow::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_clipId != 0
        && rect().contains(event->position().toPoint()))
        Q_EMIT playRequested(m_clipId);
    QFrame::mouseReleaseEvent(event);
}
