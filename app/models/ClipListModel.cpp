#include "ClipListModel.h"

#include "domain/TimeFormat.h"

#include <algorithm>

ClipListModel::ClipListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ClipListModel::setClips(QVector<Clip> clips, qint64 episodeDurationMs)
{
    beginResetModel();
    m_clips = std::move(clips);
    std::stable_sort(m_clips.begin(), m_clips.end(),
                     [](const Clip &a, const Clip &b) { return a.startMs < b.startMs; });
    m_durationMs = episodeDurationMs;
    // Without a known duration, the timeline still needs to reach the last clip.
    for (const Clip &clip : std::as_const(m_clips))
        m_durationMs = std::max(m_durationMs, clip.endMs);
    endResetModel();
}

int ClipListModel::rowOfClip(qint64 clipId) const
{
    for (int row = 0; row < m_clips.size(); ++row) {
        if (m_clips.at(row).id == clipId)
            return row;
    }
    return -1;
}

int ClipListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clips.size());
}

QVariant ClipListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Clip &clip = m_clips.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return clip.title;
    case Qt::ToolTipRole:
        return QString(clipKindLabel(clip.kind)
                       + (clip.kind == ClipKind::Citation
                                  ? QStringLiteral(" %1").arg(clip.citationNumber)
                                  : QString())
                       + QStringLiteral(" \u00b7 ") + TimeFormat::span(clip.startMs, clip.endMs)
                       + (clip.title.isEmpty() ? QString() : QLatin1Char('\n') + clip.title));
    case ClipIdRole:
        return clip.id;
    case KindRole:
        return static_cast<int>(clip.kind);
    case StartMsRole:
        return clip.startMs;
    case EndMsRole:
        return clip.endMs;
    case CitationNumberRole:
        return clip.citationNumber;
    case PlayCountRole:
        return clip.playCount;
    }
    return QVariant();
}

QHash<int, QByteArray> ClipListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ClipIdRole, "clipId");
    names.insert(KindRole, "kind");
    names.insert(StartMsRole, "startMs");
    names.insert(EndMsRole, "endMs");
    names.insert(TitleRole, "title");
    names.insert(CitationNumberRole, "citationNumber");
    names.insert(PlayCountRole, "playCount");
    return names;
}
