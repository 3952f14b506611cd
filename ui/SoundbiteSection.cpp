#include "SoundbiteSection.h"

#include "ClipRow.h"

#include <QVBoxLayout>

#include <algorithm>

QVector<const Clip *> SoundbiteSection::soundbites(const EpisodeContent &content)
{
    QVector<const Clip *> result;
    for (const Clip &clip : content.clips) {
        if (clip.kind == ClipKind::Soundbite)
            result << &clip;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Clip *a, const Clip *b) { return a->startMs < b->startMs; });
    return result;
}

SoundbiteSection::SoundbiteSection(const EpisodeContent &content, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(0);
    const bool hasAudio = !content.episode.audio.isNull();
    for (const Clip *clip : soundbites(content)) {
        const QString text = clip->title.isEmpty() ? tr("Soundbite") : clip->title;
        auto *row = new ClipRow(ClipKind::Soundbite, text, hasAudio ? clip->id : 0, clip->startMs,
                                clip->endMs, this);
        connect(row, &ClipRow::playRequested, this, &SoundbiteSection::clipActivated);
        layout->addWidget(row);
        m_rows << row;
    }
}

void SoundbiteSection::setPlayingClip(qint64 clipId)
{
    for (ClipRow *row : std::as_const(m_rows))
        row->setPlaying(clipId != 0 && row->clipId() == clipId);
}
