#pragma once

#include "domain/ClipKind.h"

#include <QFrame>

class QLabel;
class QToolButton;

// A playable line of the page: a round play button, the text (a clip title, a highlight's quote
// or a question) and the span it plays. Used by Popular clips, Highlights and Questions.
class ClipRow : public QFrame
{
    Q_OBJECT

public:
    // `clipId` 0 means there is no audio for it yet: the button is disabled.
    ClipRow(ClipKind kind, const QString &text, qint64 clipId, qint64 startMs, qint64 endMs,
            QWidget *parent = nullptr);

    qint64 clipId() const { return m_clipId; }
    QToolButton *playButton() const { return m_play; }
    void setPlaying(bool playing);
    // Shows the bookmark button (and the context menu's "Bookmark…") for the clip `clipId`, which
    // may have no audio yet.
    void setBookmarkClip(qint64 clipId);
    QToolButton *bookmarkButton() const { return m_bookmark; }

Q_SIGNALS:
    void playRequested(qint64 clipId);
    void bookmarkRequested(qint64 clipId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    qint64 m_clipId = 0;
    QToolButton *m_play = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_span = nullptr;
    QToolButton *m_bookmark = nullptr;
    qint64 m_bookmarkClip = 0;
};
