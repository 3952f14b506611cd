#pragma once

#include "feeds/TranscriptSegment.h"

#include <QAbstractListModel>
#include <QVector>

// One episode's transcript as rows, one per cue, for the synced transcript pane: which cue is
// playing at a position (binary search over the starts) and which cues match a find.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StartMsRole = Qt::UserRole + 1,
        EndMsRole,
        SpeakerRole,
        TextRole,
        CurrentRole, // bool: the cue playing now
        MatchRole,   // bool: the cue contains the find text
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    // Replaces the cues (sorted by start if they are not); clears the current cue and the find.
    void setTranscript(Transcript cues);
    const Transcript &cues() const { return m_cues; }

    // The cue being said at `positionMs`: the last one starting at or before it, -1 before the
    // first or when the transcript is empty. A gap between cues keeps the previous one.
    int cueAt(qint64 positionMs) const;
    // Marks the cue at `positionMs` as current (-1: none); emits currentCueChanged when it moves.
    void setPositionMs(qint64 positionMs);
    void clearCurrent();
    int currentCue() const { return m_current; }

    // Marks the cues whose text or speaker contains `text` (case-insensitive); returns their rows.
    QVector<int> find(const QString &text);
    const QVector<int> &matches() const { return m_matches; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void currentCueChanged(int row);

private:
    void setCurrent(int row);

    Transcript m_cues;
    int m_current = -1;
    QString m_findText;
    QVector<int> m_matches;
    QVector<bool> m_isMatch;
};
