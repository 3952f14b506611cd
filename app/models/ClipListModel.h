#pragma once

#include "domain/Clip.h"

#include <QAbstractListModel>
#include <QVector>

// One episode's clips (every kind), ordered by start: the timeline's markers and the clip lists.
class ClipListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ClipIdRole = Qt::UserRole + 1,
        KindRole, // int value of ClipKind
        StartMsRole,
        EndMsRole,
        TitleRole,
        CitationNumberRole,
        PlayCountRole,
    };

    explicit ClipListModel(QObject *parent = nullptr);

    void setClips(QVector<Clip> clips, qint64 episodeDurationMs);
    const QVector<Clip> &clips() const { return m_clips; }
    qint64 episodeDurationMs() const { return m_durationMs; }
    int rowOfClip(qint64 clipId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<Clip> m_clips;
    qint64 m_durationMs = 0;
};
