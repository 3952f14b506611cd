#pragma once

#include "domain/Topic.h"

#include <QFrame>

class CitedTextView;
class QLabel;
class QToolButton;

// One "Topics covered" pane: the topic's title and its summary with citation chips.
class TopicPane : public QFrame
{
    Q_OBJECT

public:
    // `hasAudio(i)` tells whether citation i of the topic can be played.
    TopicPane(const Topic &topic, const QVector<bool> &citationHasAudio, QWidget *parent = nullptr);

    CitedTextView *textView() const { return m_text; }
    QToolButton *playAllButton() const { return m_playAll; }
    QString title() const;
    // Marks the citations (by index in the topic) that are playing.
    void setPlayingCitations(const QVector<int> &indexes);

Q_SIGNALS:
    void citationActivated(int citationIndex);
    void playAllRequested();
    void citationBookmarkRequested(int citationIndex);
    void bookmarkRequested(); // the whole topic

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QLabel *m_title = nullptr;
    CitedTextView *m_text = nullptr;
    QToolButton *m_playAll = nullptr;
};
