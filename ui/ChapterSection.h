#pragma once

#include "domain/EpisodeContent.h"

#include <QFrame>
#include <QUrl>
#include <QVector>

class QLabel;
class QToolButton;

// One chapter on the page, drawn like a topic: its number, title, span and length, its link.
// Clicking it (or its play button) asks for the chapter's clip.
class ChapterRow : public QFrame
{
    Q_OBJECT

public:
    ChapterRow(int number, const Clip &clip, const QString &linkUrl, bool playable,
               QWidget *parent = nullptr);

    qint64 clipId() const { return m_clipId; }
    QString title() const;
    QToolButton *playButton() const { return m_play; }
    QLabel *linkLabel() const { return m_link; } // null when the chapter has no link
    void setPlaying(bool playing);

Q_SIGNALS:
    void playRequested(qint64 clipId);
    void linkActivated(const QUrl &url);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    qint64 m_clipId = 0; // 0: no audio, nothing to play
    QToolButton *m_play = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_link = nullptr;
};

// A feed episode's chapters (clips of ClipKind::Chapter) as a card of topic-like rows, in order.
// Emits the chapter the user picked and the links they follow; plays nothing itself.
class ChapterSection : public QFrame
{
    Q_OBJECT

public:
    ChapterSection(const EpisodeContent &content, QWidget *parent = nullptr);

    // Chapters of `content`, by start: the section is only built when there are some.
    static QVector<const Clip *> chapters(const EpisodeContent &content);

    QVector<ChapterRow *> rows() const { return m_rows; }
    void setPlayingClip(qint64 clipId);

Q_SIGNALS:
    void chapterActivated(qint64 clipId);
    void linkActivated(const QUrl &url);

private:
    QVector<ChapterRow *> m_rows;
};
