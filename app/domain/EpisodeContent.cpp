#include "EpisodeContent.h"

const Clip *EpisodeContent::clipByKey(const QString &key) const
{
    for (const Clip &clip : clips) {
        if (clip.key == key)
            return &clip;
    }
    return nullptr;
}

const Clip *EpisodeContent::clipById(qint64 id) const
{
    for (const Clip &clip : clips) {
        if (clip.id == id)
            return &clip;
    }
    return nullptr;
}

const Clip *EpisodeContent::citationClip(int number) const
{
    return clipByKey(citationClipKey(number));
}
