#pragma once

#include "domain/Episode.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

// The library's episodes as rows for the episode list: number, title, guests, duration, questions.
// Episodes known only by title are listed too, flagged so the view can grey them.
class EpisodeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TitleColumn,
        GuestsColumn,
        DurationColumn,
        QuestionsColumn,
        ColumnCount
    };
    enum Role {
        EpisodeIdRole = Qt::UserRole + 1,
        GuidRole,
        KnownOnlyByTitleRole,
        ShowRole,
        HasAudioRole,
        SortRole, // a value that sorts naturally (numbers as numbers, unknowns last)
        BookmarkCountRole,
        PublishedMsRole,   // qint64 ms since the epoch (UTC); -1 when unknown
        DurationMsRole,    // qint64; -1 when unknown
        GuestListRole,     // QStringList
        HasTranscriptRole, // bool
    };

    explicit EpisodeListModel(QObject *parent = nullptr);

    void setEpisodes(QVector<Episode> episodes);
    // How many bookmarks each episode has (by episode id); rows without an entry have none.
    void setBookmarkCounts(const QHash<qint64, int> &counts);
    // Which episodes have a transcript (by episode id).
    void setTranscriptEpisodes(const QSet<qint64> &ids);
    const Episode *episodeAt(int row) const;
    int rowOfEpisode(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const Episode &episode, int column) const;
    QVariant sortValue(const Episode &episode, int column) const;
    QString toolTip(const Episode &episode) const;

    QVector<Episode> m_episodes;
    QHash<qint64, int> m_bookmarkCounts;
    QSet<qint64> m_withTranscript;
};
