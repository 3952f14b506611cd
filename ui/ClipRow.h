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

Q_SIGNALS:
    void playRequested(qint64 clipId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    qint64 m_clipId = 0;
    QToolButton *m_play = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_span = nullptr;
};
