#pragma once

#include "domain/Episode.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>
#include <QVector>

#include <functional>

// The library's episodes as rows for the episode list: number, title, guests, duration, questions.
// Episodes known only by title are listed too, flagged so the view can grey them.
// A large library loads by pages (loadEpisodes): the first before the window paints, the rest in
// batches on the event loop, so start-up does not grow with the library.
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

    // Rows [offset, offset + limit) of the list; fewer than `limit` rows means the end.
    using PageReader = std::function<QVector<Episode>(int offset, int limit)>;
    static constexpr int FirstPageSize = 200;
    static constexpr int BatchSize = 1000;

    explicit EpisodeListModel(QObject *parent = nullptr);

    // Every row at once (a reset); the model is then fully loaded.
    void setEpisodes(QVector<Episode> episodes);
    // When the rows after the first page are read.
    enum class Rest {
        OnEventLoop, // `batch` rows a turn of the event loop, starting at once
        OnFetchMore, // the same, from the first fetchMore() on (e.g. after the window's first
                     // paint)
    };
    // A reset to the first `firstPage` rows read now; the rest arrive `batch` rows at a time on
    // later turns of the event loop (or sooner through fetchMore/loadAll) until fullyLoaded().
    void loadEpisodes(PageReader reader, int firstPage = FirstPageSize, int batch = BatchSize,
                      Rest rest = Rest::OnEventLoop);
    bool isFullyLoaded() const { return !m_reader; }
    // Reads every row not yet read, now.
    void loadAll();
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
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // Every row of the last setEpisodes/loadEpisodes is in the model.
    void fullyLoaded();

private:
    void appendPage(int limit);
    QVariant display(const Episode &episode, int column) const;
    QVariant sortValue(const Episode &episode, int column) const;
    QString toolTip(const Episode &episode) const;

    QVector<Episode> m_episodes;
    QHash<qint64, int> m_bookmarkCounts;
    QSet<qint64> m_withTranscript;
    PageReader m_reader; // set while rows remain to be read
    int m_batch = BatchSize;
    bool m_appending = false;
    QTimer m_nextBatch;
};
