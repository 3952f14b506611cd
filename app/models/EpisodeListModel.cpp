#include "EpisodeListModel.h"

#include "domain/Counted.h"
#include "domain/TimeFormat.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QScopedValueRollback>

EpisodeListModel::EpisodeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_nextBatch.setSingleShot(true);
    m_nextBatch.setInterval(0);
    connect(&m_nextBatch, &QTimer::timeout, this, [this] { fetchMore(QModelIndex()); });
}

void EpisodeListModel::setEpisodes(QVector<Episode> episodes)
{
    m_nextBatch.stop();
    m_reader = nullptr;
    beginResetModel();
    m_episodes = std::move(episodes);
    endResetModel();
    Q_EMIT fullyLoaded();
}

void EpisodeListModel::loadEpisodes(PageReader reader, int firstPage, int batch, Rest rest)
{
    m_nextBatch.stop();
    m_batch = qMax(1, batch);
    QVector<Episode> first = reader(0, qMax(1, firstPage));
    const bool complete = first.size() < qMax(1, firstPage);
    m_reader = nullptr; // no fetchMore while the reset is announced
    beginResetModel();
    m_episodes = std::move(first);
    endResetModel();
    if (!complete)
        m_reader = std::move(reader);
    if (complete)
        Q_EMIT fullyLoaded();
    else if (rest == Rest::OnEventLoop)
        m_nextBatch.start();
}

void EpisodeListModel::loadAll()
{
    while (m_reader && !m_appending)
        appendPage(std::numeric_limits<int>::max() / 2);
}

bool EpisodeListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader;
}

void EpisodeListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_reader)
        return;
    appendPage(m_batch);
    if (m_reader)
        m_nextBatch.start();
}

void EpisodeListModel::appendPage(int limit)
{
    if (m_appending) // a view or proxy asking for more while rows are announced
        return;
    const QScopedValueRollback<bool> appending(m_appending, true);
    m_nextBatch.stop();
    QVector<Episode> page = m_reader(int(m_episodes.size()), limit);
    if (page.size() < limit)
        m_reader = nullptr;
    if (!page.isEmpty()) {
        const int first = int(m_episodes.size());
        beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
        m_episodes.append(page);
        endInsertRows();
    }
    if (!m_reader)
        Q_EMIT fullyLoaded();
}

void EpisodeListModel::setBookmarkCounts(const QHash<qint64, int> &counts)
{
    if (counts == m_bookmarkCounts)
        return;
    m_bookmarkCounts = counts;
    if (!m_episodes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {BookmarkCountRole});
}

void EpisodeListModel::setTranscriptEpisodes(const QSet<qint64> &ids)
{
    if (ids == m_withTranscript)
        return;
    m_withTranscript = ids;
    if (!m_episodes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {HasTranscriptRole});
}

const Episode *EpisodeListModel::episodeAt(int row) const
{
    return row >= 0 && row < m_episodes.size() ? &m_episodes.at(row) : nullptr;
}

int EpisodeListModel::rowOfEpisode(qint64 id) const
{
    for (int row = 0; row < m_episodes.size(); ++row) {
        if (m_episodes.at(row).id == id)
            return row;
    }
    return -1;
}

int EpisodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_episodes.size());
}

int EpisodeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EpisodeListModel::display(const Episode &episode, int column) const
{
    switch (column) {
    case NumberColumn:
        return episode.number >= 0 ? QVariant(episode.number) : QVariant(QString());
    case TitleColumn:
        return episode.title;
    case GuestsColumn:
        return episode.guests.join(QStringLiteral(", "));
    case DurationColumn:
        return TimeFormat::duration(episode.durationMs);
    case QuestionsColumn:
        return episode.questionsAnswered >= 0
                ? counted(episode.questionsAnswered, tr("question"), tr("questions"))
                : QString();
    }
    return QVariant();
}

QVariant EpisodeListModel::sortValue(const Episode &episode, int column) const
{
    const qint64 unknownLast = std::numeric_limits<qint64>::max();
    switch (column) {
    case NumberColumn:
        return episode.number >= 0 ? qint64(episode.number) : unknownLast;
    case DurationColumn:
        return episode.durationMs >= 0 ? episode.durationMs : unknownLast;
    case QuestionsColumn:
        return qint64(episode.questionsAnswered);
    default:
        return display(episode, column).toString().toCaseFolded();
    }
}

QString EpisodeListModel::toolTip(const Episode &episode) const
{
    QString tip = episode.number >= 0 ? tr("Episode %1: %2").arg(episode.number).arg(episode.title)
                                      : episode.title;
    if (!episode.show.isEmpty())
        tip += QLatin1Char('\n') + episode.show;
    if (episode.knownOnlyByTitle)
        tip += QLatin1Char('\n')
                + tr("Known only by title (seen as a related episode); not imported");
    else if (episode.audio.isNull())
        tip += QLatin1Char('\n') + tr("No audio");
    return tip;
}

QVariant EpisodeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Episode &episode = m_episodes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(episode, index.column());
    case Qt::ToolTipRole:
        return toolTip(episode);
    case Qt::ForegroundRole:
        if (episode.knownOnlyByTitle)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::FontRole:
        if (episode.knownOnlyByTitle) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case EpisodeIdRole:
        return episode.id;
    case GuidRole:
        return episode.guid;
    case KnownOnlyByTitleRole:
        return episode.knownOnlyByTitle;
    case ShowRole:
        return episode.show;
    case HasAudioRole:
        return !episode.audio.isNull();
    case SortRole:
        return sortValue(episode, index.column());
    case BookmarkCountRole:
        return m_bookmarkCounts.value(episode.id);
    case PublishedMsRole:
        return episode.published.isValid() ? episode.published.toMSecsSinceEpoch() : qint64(-1);
    case DurationMsRole:
        return episode.durationMs;
    case GuestListRole:
        return episode.guests;
    case HasTranscriptRole:
        return m_withTranscript.contains(episode.id);
    }
    return QVariant();
}

QVariant EpisodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Title");
    case GuestsColumn:
        return tr("Guests");
    case DurationColumn:
        return tr("Duration");
    case QuestionsColumn:
        return tr("Answers");
    }
    return QVariant();
}

Qt::ItemFlags EpisodeListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> EpisodeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EpisodeIdRole, "episodeId");
    names.insert(GuidRole, "guid");
    names.insert(KnownOnlyByTitleRole, "knownOnlyByTitle");
    names.insert(ShowRole, "show");
    names.insert(HasAudioRole, "hasAudio");
    names.insert(BookmarkCountRole, "bookmarkCount");
    names.insert(PublishedMsRole, "publishedMs");
    names.insert(DurationMsRole, "durationMs");
    names.insert(GuestListRole, "guestList");
    names.insert(HasTranscriptRole, "hasTranscript");
    return names;
}
