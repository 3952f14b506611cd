#pragma once

#include <QString>
#include <QVector>
#include <QtGlobal>

// One cue of an episode's transcript: who says what, from when to when.
struct TranscriptSegment
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString speaker; // empty when the transcript does not say
    QString text;    // plain text, one line per line of the cue

    bool operator==(const TranscriptSegment &other) const
    {
        return startMs == other.startMs && endMs == other.endMs && speaker == other.speaker
                && text == other.text;
    }
};

using Transcript = QVector<TranscriptSegment>;
