#pragma once

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

// One show of the library as the Shows view lists it.
struct ShowSummary
{
    qint64 id = 0;
    QString title;
    QString author;
    QString imageUrl;     // as the feed gives it (remote: never fetched without consent)
    QString artworkPath;  // a local image file for it, empty when there is none
    int episodeCount = 0; // episodes with content (not those known only by title)
};

// The library's shows with their artwork and episode counts, for the Shows view: selecting one
// filters the episode list. Reads the library once per reload; the view draws placeholders.
class ShowListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ShowIdRole = Qt::UserRole + 1,
        TitleRole,
        AuthorRole,
        ImageUrlRole,
        ArtworkPathRole,
        EpisodeCountRole,
        InitialsRole, // one or two letters for the generated placeholder
    };

    explicit ShowListModel(QObject *parent = nullptr);

    // The shows that have at least one episode, by title; empty (and `error` set) on failure.
    static QVector<ShowSummary> readShows(QSqlDatabase db, QString *error = nullptr);
    // "The Changelog" -> "C", "Lex Fridman Podcast" -> "LF", "99% Invisible" -> "9I".
    static QString initials(const QString &title);

    void setShows(QVector<ShowSummary> shows);
    const ShowSummary *showAt(int row) const;
    int rowOfShow(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<ShowSummary> m_shows;
};
