#pragma once

#include "domain/EpisodeContent.h"

#include <QFrame>
#include <QVector>

class ClipRow;

// A feed episode's soundbites (podcast:soundbite: spans the publisher picked to share) as a card
// of playable rows. Emits the clip the user picked; plays nothing itself.
class SoundbiteSection : public QFrame
{
    Q_OBJECT

public:
    SoundbiteSection(const EpisodeContent &content, QWidget *parent = nullptr);

    // Soundbites of `content`, by start: the section is only built when there are some.
    static QVector<const Clip *> soundbites(const EpisodeContent &content);

    QVector<ClipRow *> rows() const { return m_rows; }
    void setPlayingClip(qint64 clipId);

Q_SIGNALS:
    void clipActivated(qint64 clipId);

private:
    QVector<ClipRow *> m_rows;
};
