#include "TranscriptModel.h"

#include "domain/TimeFormat.h"

#include <algorithm>

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TranscriptModel::setTranscript(Transcript cues)
{
    beginResetModel();
    m_cues = std::move(cues);
    std::stable_sort(m_cues.begin(), m_cues.end(),
                     [](const TranscriptSegment &a, const TranscriptSegment &b) {
                         return a.startMs < b.startMs;
                     });
    m_current = -1;
    m_findText.clear();
    m_matches.clear();
    m_isMatch.fill(false, m_cues.size());
    endResetModel();
    Q_EMIT currentCueChanged(-1);
}

int TranscriptModel::cueAt(qint64 positionMs) const
{
    if (positionMs < 0)
        return -1;
    const auto after = std::upper_bound(
            m_cues.cbegin(), m_cues.cend(), positionMs,
            [](qint64 position, const TranscriptSegment &cue) { return position < cue.startMs; });
    return int(after - m_cues.cbegin()) - 1;
}

void TranscriptModel::setPositionMs(qint64 positionMs)
{
    setCurrent(cueAt(positionMs));
}

void TranscriptModel::clearCurrent()
{
    setCurrent(-1);
}

void TranscriptModel::setCurrent(int row)
{
    if (row == m_current)
        return;
    const int previous = m_current;
    m_current = row;
    if (previous >= 0)
        Q_EMIT dataChanged(index(previous), index(previous), {CurrentRole});
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {CurrentRole});
    Q_EMIT currentCueChanged(row);
}

QVector<int> TranscriptModel::find(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle == m_findText)
        return m_matches;
    m_findText = needle;
    QVector<int> matches;
    QVector<bool> isMatch(m_cues.size(), false);
    if (!needle.isEmpty()) {
        for (int row = 0; row < m_cues.size(); ++row) {
            const TranscriptSegment &cue = m_cues.at(row);
            if (cue.text.contains(needle, Qt::CaseInsensitive)
                || cue.speaker.contains(needle, Qt::CaseInsensitive)) {
                matches << row;
                isMatch[row] = true;
            }
        }
    }
    const bool changed = isMatch != m_isMatch;
    m_matches = matches;
    m_isMatch = isMatch;
    if (changed && !m_cues.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {MatchRole});
    return m_matches;
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cues.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TranscriptSegment &cue = m_cues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return cue.text;
    case Qt::ToolTipRole:
        return QString(
                TimeFormat::span(cue.startMs, cue.endMs)
                + (cue.speaker.isEmpty() ? QString() : QStringLiteral(" \u00b7 ") + cue.speaker));
    case Qt::AccessibleTextRole:
        return QString(TimeFormat::clock(cue.startMs)
                       + (cue.speaker.isEmpty() ? QString() : QStringLiteral(", ") + cue.speaker)
                       + QStringLiteral(": ") + cue.text);
    case StartMsRole:
        return cue.startMs;
    case EndMsRole:
        return cue.endMs;
    case SpeakerRole:
        return cue.speaker;
    case CurrentRole:
        return index.row() == m_current;
    case MatchRole:
        return m_isMatch.value(index.row());
    }
    return QVariant();
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StartMsRole, "startMs");
    names.insert(EndMsRole, "endMs");
    names.insert(SpeakerRole, "speaker");
    names.insert(TextRole, "text");
    names.insert(CurrentRole, "current");
    names.insert(MatchRole, "match");
    return names;
}
