#include "EpisodeListFilter.h"

#include "EpisodeListModel.h"

#include <QSettings>

#include <algorithm>

namespace {

constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;

const QString sortSetting = QStringLiteral("episodeList/sort");
const QString transcriptKey = QStringLiteral("episodeList/hasTranscript");
const QString bookmarksKey = QStringLiteral("episodeList/hasBookmarks");
const QString withinDaysKey = QStringLiteral("episodeList/publishedWithinDays");
const QString minLengthKey = QStringLiteral("episodeList/minLengthMs");
const QString maxLengthKey = QStringLiteral("episodeList/maxLengthMs");

QString lengthText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes >= 60 && minutes % 60 == 0)
        return EpisodeListFilter::tr("%1 h").arg(minutes / 60);
    return EpisodeListFilter::tr("%1 min").arg(minutes);
}

// Orders two known-or-unknown (-1) values, unknowns last whichever the direction.
int compareKnown(qint64 left, qint64 right, bool descending)
{
    if (left == right)
        return 0;
    if (left < 0 || right < 0)
        return left < 0 ? 1 : -1;
    return (left < right) != descending ? -1 : 1;
}

qint64 longRole(const QModelIndex &index, int role)
{
    return index.data(role).toLongLong();
}

} // namespace

EpisodeListFilter::EpisodeListFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void EpisodeListFilter::setShow(const QString &show)
{
    if (show == m_show)
        return;
    m_show = show;
    refilter();
}

void EpisodeListFilter::setGuest(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_guest)
        return;
    m_guest = trimmed;
    refilter();
}

void EpisodeListFilter::setPublishedWithinDays(int days)
{
    days = qMax(0, days);
    if (days == m_withinDays)
        return;
    m_withinDays = days;
    refilter();
}

void EpisodeListFilter::setDurationRange(qint64 minMs, qint64 maxMs)
{
    minMs = qMax<qint64>(-1, minMs);
    maxMs = qMax<qint64>(-1, maxMs);
    if (minMs == m_minMs && maxMs == m_maxMs)
        return;
    m_minMs = minMs;
    m_maxMs = maxMs;
    refilter();
}

void EpisodeListFilter::setRequireTranscript(bool on)
{
    if (on == m_needTranscript)
        return;
    m_needTranscript = on;
    refilter();
}

void EpisodeListFilter::setRequireBookmarks(bool on)
{
    if (on == m_needBookmarks)
        return;
    m_needBookmarks = on;
    refilter();
}

void EpisodeListFilter::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    resort();
    Q_EMIT criteriaChanged();
}

void EpisodeListFilter::clearFilters()
{
    if (!isFiltering())
        return;
    m_guest.clear();
    m_withinDays = 0;
    m_minMs = m_maxMs = -1;
    m_needTranscript = m_needBookmarks = false;
    refilter();
}

bool EpisodeListFilter::isFiltering() const
{
    return filterCount() > 0;
}

int EpisodeListFilter::filterCount() const
{
    return int(!m_guest.isEmpty()) + int(m_withinDays > 0) + int(m_minMs >= 0 || m_maxMs >= 0)
            + int(m_needTranscript) + int(m_needBookmarks);
}

QString EpisodeListFilter::summary() const
{
    QStringList parts;
    if (m_needTranscript)
        parts << tr("Has transcript");
    if (m_needBookmarks)
        parts << tr("Has bookmarks");
    if (!m_guest.isEmpty())
        parts << tr("Guest \u201c%1\u201d").arg(m_guest);
    if (m_withinDays == 365)
        parts << tr("Last year");
    else if (m_withinDays > 0)
        parts << tr("Last %1 days").arg(m_withinDays);
    if (m_minMs >= 0 && m_maxMs >= 0)
        parts << tr("%1\u2013%2").arg(lengthText(m_minMs), lengthText(m_maxMs));
    else if (m_maxMs >= 0)
        parts << tr("Under %1").arg(lengthText(m_maxMs));
    else if (m_minMs >= 0)
        parts << tr("%1 or longer").arg(lengthText(m_minMs));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString EpisodeListFilter::sortKeyName(SortKey key)
{
    switch (key) {
    case SortKey::Library:
        return tr("Library order");
    case SortKey::Newest:
        return tr("Newest first");
    case SortKey::Oldest:
        return tr("Oldest first");
    case SortKey::Longest:
        return tr("Longest first");
    case SortKey::Shortest:
        return tr("Shortest first");
    case SortKey::Title:
        return tr("Title");
    case SortKey::Show:
        return tr("Show");
    case SortKey::Number:
        return tr("Episode number");
    case SortKey::MostBookmarks:
        return tr("Most bookmarks");
    }
    return QString();
}

void EpisodeListFilter::setNow(const QDateTime &now)
{
    m_now = now;
    if (m_withinDays > 0)
        refilter();
}

QDateTime EpisodeListFilter::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void EpisodeListFilter::keepIn(QSettings *settings)
{
    if (m_settings)
        disconnect(this, &EpisodeListFilter::criteriaChanged, m_settings, nullptr);
    m_settings = nullptr; // restoring must not write back a half-restored state
    if (!settings)
        return;
    restoreFrom(*settings);
    m_settings = settings;
    connect(this, &EpisodeListFilter::criteriaChanged, settings,
            [this, settings] { saveTo(*settings); });
}

void EpisodeListFilter::restoreFrom(const QSettings &settings)
{
    bool ok = false;
    const int sort = settings.value(sortSetting, int(SortKey::Library)).toInt(&ok);
    if (ok && sort >= int(SortKey::Library) && sort <= int(SortKey::MostBookmarks))
        setSortKey(SortKey(sort));
    setRequireTranscript(settings.value(transcriptKey, false).toBool());
    setRequireBookmarks(settings.value(bookmarksKey, false).toBool());
    setPublishedWithinDays(settings.value(withinDaysKey, 0).toInt());
    setDurationRange(settings.value(minLengthKey, -1).toLongLong(),
                     settings.value(maxLengthKey, -1).toLongLong());
}

void EpisodeListFilter::saveTo(QSettings &settings) const
{
    settings.setValue(sortSetting, int(m_sortKey));
    settings.setValue(transcriptKey, m_needTranscript);
    settings.setValue(bookmarksKey, m_needBookmarks);
    settings.setValue(withinDaysKey, m_withinDays);
    settings.setValue(minLengthKey, m_minMs);
    settings.setValue(maxLengthKey, m_maxMs);
}

void EpisodeListFilter::refilter()
{
    m_sinceMs = now().toMSecsSinceEpoch() - qint64(m_withinDays) * msPerDay;
    invalidateFilter();
    Q_EMIT criteriaChanged();
}

void EpisodeListFilter::resort()
{
    if (m_sortKey == SortKey::Library)
        sort(-1);
    else if (sortColumn() == 0)
        invalidate(); // same column, new order: sort() alone could keep the old one
    else
        sort(0, Qt::AscendingOrder);
}

bool EpisodeListFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_show.isEmpty() && row.data(EpisodeListModel::ShowRole).toString() != m_show)
        return false;
    if (m_needTranscript && !row.data(EpisodeListModel::HasTranscriptRole).toBool())
        return false;
    if (m_needBookmarks && row.data(EpisodeListModel::BookmarkCountRole).toInt() <= 0)
        return false;
    if (m_withinDays > 0) {
        const qint64 published = longRole(row, EpisodeListModel::PublishedMsRole);
        if (published < 0 || published < m_sinceMs)
            return false;
    }
    if (m_minMs >= 0 || m_maxMs >= 0) {
        const qint64 duration = longRole(row, EpisodeListModel::DurationMsRole);
        if (duration < 0 || (m_minMs >= 0 && duration < m_minMs)
            || (m_maxMs >= 0 && duration >= m_maxMs))
            return false;
    }
    if (!m_guest.isEmpty()) {
        const QStringList guests = row.data(EpisodeListModel::GuestListRole).toStringList();
        const bool any = std::any_of(guests.cbegin(), guests.cend(), [this](const QString &name) {
            return name.contains(m_guest, Qt::CaseInsensitive);
        });
        if (!any)
            return false;
    }
    return true;
}

bool EpisodeListFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto text = [](const QModelIndex &index, int role, int column) {
        return index.siblingAtColumn(column).data(role).toString();
    };
    int order = 0;
    switch (m_sortKey) {
    case SortKey::Library:
        break;
    case SortKey::Newest:
    case SortKey::Oldest:
        order = compareKnown(longRole(left, EpisodeListModel::PublishedMsRole),
                             longRole(right, EpisodeListModel::PublishedMsRole),
                             m_sortKey == SortKey::Newest);
        break;
    case SortKey::Longest:
    case SortKey::Shortest:
        order = compareKnown(longRole(left, EpisodeListModel::DurationMsRole),
                             longRole(right, EpisodeListModel::DurationMsRole),
                             m_sortKey == SortKey::Longest);
        break;
    case SortKey::Title:
        order = text(left, Qt::DisplayRole, EpisodeListModel::TitleColumn)
                        .compare(text(right, Qt::DisplayRole, EpisodeListModel::TitleColumn),
                                 Qt::CaseInsensitive);
        break;
    case SortKey::Show: {
        // Shows by name (episodes without one last), each show's episodes by number.
        const QString a = left.data(EpisodeListModel::ShowRole).toString();
        const QString b = right.data(EpisodeListModel::ShowRole).toString();
        if (a.isEmpty() != b.isEmpty())
            order = a.isEmpty() ? 1 : -1;
        else
            order = a.compare(b, Qt::CaseInsensitive);
        break;
    }
    case SortKey::Number:
        break; // below
    case SortKey::MostBookmarks:
        order = compareKnown(longRole(left, EpisodeListModel::BookmarkCountRole),
                             longRole(right, EpisodeListModel::BookmarkCountRole), true);
        break;
    }
    if (order == 0 && (m_sortKey == SortKey::Number || m_sortKey == SortKey::Show)) {
        const auto number = [](const QModelIndex &index) {
            return index.siblingAtColumn(EpisodeListModel::NumberColumn)
                    .data(EpisodeListModel::SortRole)
                    .toLongLong();
        };
        const qint64 a = number(left);
        const qint64 b = number(right);
        order = a == b ? 0 : (a < b ? -1 : 1);
    }
    // Ties keep the library's order, so every sort is stable and repeatable.
    return order != 0 ? order < 0 : left.row() < right.row();
}
