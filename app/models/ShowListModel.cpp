#include "ShowListModel.h"

#include "domain/Counted.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

// A local file named by the show's image URL (feeds read from disk resolve relative artwork to
// file:// URLs); remote images are left to the user's consent.
QString localArtwork(const QString &imageUrl)
{
    const QUrl url(imageUrl);
    if (!url.isLocalFile())
        return QString();
    const QFileInfo file(url.toLocalFile());
    return file.isFile() && file.isReadable() ? file.absoluteFilePath() : QString();
}

} // namespace

ShowListModel::ShowListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

QVector<ShowSummary> ShowListModel::readShows(QSqlDatabase db, QString *error)
{
    QVector<ShowSummary> shows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
                "SELECT s.id, s.title, s.author, s.image_url, COUNT(e.id) FROM shows s "
                "JOIN episodes e ON e.show_id = s.id AND e.known_only_by_title = 0 "
                "GROUP BY s.id ORDER BY s.title COLLATE NOCASE, s.id"))) {
        if (error)
            *error = query.lastError().text();
        return shows;
    }
    while (query.next()) {
        ShowSummary show;
        show.id = query.value(0).toLongLong();
        show.title = query.value(1).toString();
        show.author = query.value(2).toString();
        show.imageUrl = query.value(3).toString();
        show.artworkPath = localArtwork(show.imageUrl);
        show.episodeCount = query.value(4).toInt();
        shows << show;
    }
    return shows;
}

QString ShowListModel::initials(const QString &title)
{
    QString letters;
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        // Skip leading articles unless the title is nothing else.
        if (letters.isEmpty() && words.size() > 1
            && (word.compare(QLatin1String("the"), Qt::CaseInsensitive) == 0
                || word.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0))
            continue;
        for (const QChar c : word) {
            if (c.isLetterOrNumber()) {
                letters += c.toUpper();
                break;
            }
        }
        if (letters.size() == 2)
            break;
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

void ShowListModel::setShows(QVector<ShowSummary> shows)
{
    beginResetModel();
    m_shows = std::move(shows);
    endResetModel();
}

const ShowSummary *ShowListModel::showAt(int row) const
{
    return row >= 0 && row < m_shows.size() ? &m_shows.at(row) : nullptr;
}

int ShowListModel::rowOfShow(qint64 id) const
{
    for (int row = 0; row < m_shows.size(); ++row) {
        if (m_shows.at(row).id == id)
            return row;
    }
    return -1;
}

int ShowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shows.size());
}

QVariant ShowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ShowSummary &show = m_shows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return show.title;
    case Qt::ToolTipRole:
        return QString(show.title
                       + (show.author.isEmpty() ? QString() : QStringLiteral("\n") + show.author)
                       + QStringLiteral("\n")
                       + counted(show.episodeCount, tr("episode"), tr("episodes")));
    case ShowIdRole:
        return show.id;
    case AuthorRole:
        return show.author;
    case ImageUrlRole:
        return show.imageUrl;
    case ArtworkPathRole:
        return show.artworkPath;
    case EpisodeCountRole:
        return show.episodeCount;
    case InitialsRole:
        return initials(show.title);
    }
    return QVariant();
}

QHash<int, QByteArray> ShowListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ShowIdRole, "showId");
    names.insert(TitleRole, "title");
    names.insert(AuthorRole, "author");
    names.insert(ImageUrlRole, "imageUrl");
    names.insert(ArtworkPathRole, "artworkPath");
    names.insert(EpisodeCountRole, "episodeCount");
    names.insert(InitialsRole, "initials");
    return names;
}
