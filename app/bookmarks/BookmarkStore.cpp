#include "BookmarkStore.h"

#include "BookmarkTable.h"
#include "BookmarkTags.h"
#include "DurableTransaction.h"

#include <QDateTime>
#include <QUuid>

Q_LOGGING_CATEGORY(lcBookmarks, "citecast.bookmarks")

namespace {

bool matchesText(const Bookmark &b, const QString &text)
{
    for (const QString *field :
         {&b.quote, &b.note, &b.episodeTitle, &b.show, &b.topicTitle, &b.sentence}) {
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

BookmarkStore::BookmarkStore(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{ }

bool BookmarkStore::validate(const Bookmark &b)
{
    if (!bookmarkKindFromValue(static_cast<int>(b.kind)))
        m_error = tr("Unknown bookmark kind %1.").arg(static_cast<int>(b.kind));
    else if (b.episodeGuid.isEmpty())
        m_error = tr("A bookmark needs the guid of its episode.");
    else if ((b.startMs != -1 || b.endMs != -1) && !b.hasSpan())
        m_error = tr("The span %1\u2013%2 ms is not a span of audio.").arg(b.startMs).arg(b.endMs);
    else if (b.kind == BookmarkKind::Range && !b.hasSpan())
        m_error = tr("A range bookmark needs a span.");
    else if (b.kind == BookmarkKind::Insight && b.sentence.trimmed().isEmpty())
        m_error = tr("An insight bookmark needs its sentence.");
    else if (b.kind == BookmarkKind::Topic && b.topicTitle.trimmed().isEmpty())
        m_error = tr("A topic bookmark needs its topic's title.");
    else if (b.kind == BookmarkKind::Clip && b.clipKey.isEmpty() && !b.hasSpan())
        m_error = tr("A clip bookmark needs its clip or span.");
    else if (b.uid.isEmpty())
        m_error = tr("A bookmark needs a uid.");
    else
        return true;
    return false;
}

std::optional<Bookmark> BookmarkStore::add(Bookmark bookmark)
{
    m_error.clear();
    if (bookmark.uid.isEmpty())
        bookmark.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (bookmark.createdMs == 0)
        bookmark.createdMs = QDateTime::currentMSecsSinceEpoch();
    if (bookmark.updatedMs == 0)
        bookmark.updatedMs = bookmark.createdMs;
    bookmark.tags = BookmarkTags::normalized(bookmark.tags);
    BookmarkTable table(m_db);
    table.fillSnapshot(&bookmark);
    if (!validate(bookmark))
        return std::nullopt;

    DurableTransaction transaction(m_db);
    qint64 id = 0;
    if (!transaction.isActive() || !table.insert(bookmark, &id) || !transaction.commit()) {
        m_error = table.errorString().isEmpty() ? transaction.errorString() : table.errorString();
        return std::nullopt;
    }
    return announce(id, &BookmarkStore::bookmarkAdded);
}

std::optional<Bookmark> BookmarkStore::update(Bookmark bookmark, Stamp stamp)
{
    m_error.clear();
    if (stamp == Stamp::Touch)
        bookmark.updatedMs = QDateTime::currentMSecsSinceEpoch();
    bookmark.tags = BookmarkTags::normalized(bookmark.tags);
    BookmarkTable table(m_db);
    table.fillSnapshot(&bookmark);
    if (!validate(bookmark))
        return std::nullopt;

    DurableTransaction transaction(m_db);
    if (!transaction.isActive() || !table.update(bookmark) || !transaction.commit()) {
        m_error = table.errorString().isEmpty() ? transaction.errorString() : table.errorString();
        return std::nullopt;
    }
    return announce(bookmark.id, &BookmarkStore::bookmarkChanged);
}

std::optional<Bookmark> BookmarkStore::announce(qint64 id,
                                                void (BookmarkStore::*signal)(const Bookmark &))
{
    std::optional<Bookmark> stored = bookmark(id);
    if (!stored)
        return std::nullopt;
    qCInfo(lcBookmarks) << "saved bookmark" << stored->id << stored->uid;
    Q_EMIT(this->*signal)(*stored);
    return stored;
}

bool BookmarkStore::remove(qint64 id)
{
    m_error.clear();
    BookmarkTable table(m_db);
    DurableTransaction transaction(m_db);
    bool found = false;
    if (!transaction.isActive() || !table.remove(id, &found) || (found && !transaction.commit())) {
        m_error = table.errorString().isEmpty() ? transaction.errorString() : table.errorString();
        return false;
    }
    if (!found) {
        m_error = tr("There is no bookmark %1.").arg(id);
        return false;
    }
    qCInfo(lcBookmarks) << "removed bookmark" << id;
    Q_EMIT bookmarkRemoved(id);
    return true;
}

std::optional<BookmarkStore::ImportCounts>
BookmarkStore::importBookmarks(const QVector<Bookmark> &bookmarks)
{
    m_error.clear();
    ImportCounts counts;
    QVector<qint64> added;
    QVector<qint64> changed;
    BookmarkTable table(m_db);
    DurableTransaction transaction(m_db);
    if (!transaction.isActive()) {
        m_error = transaction.errorString();
        return std::nullopt;
    }
    for (Bookmark bookmark : bookmarks) {
        bookmark.tags = BookmarkTags::normalized(bookmark.tags);
        bookmark.episodeId = 0;
        if (bookmark.updatedMs == 0)
            bookmark.updatedMs = bookmark.createdMs;
        table.fillSnapshot(&bookmark);
        if (!validate(bookmark))
            return std::nullopt;
        const QVector<Bookmark> existing
                = table.select(QStringLiteral("b.uid = ?"), {bookmark.uid});
        if (!existing.isEmpty() && existing.constFirst().updatedMs >= bookmark.updatedMs) {
            ++counts.unchanged;
            continue;
        }
        bookmark.id = existing.isEmpty() ? 0 : existing.constFirst().id;
        qint64 id = bookmark.id;
        if (existing.isEmpty() ? !table.insert(bookmark, &id) : !table.update(bookmark)) {
            m_error = table.errorString();
            return std::nullopt;
        }
        (existing.isEmpty() ? added : changed) << id;
        ++(existing.isEmpty() ? counts.added : counts.updated);
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return std::nullopt;
    }
    qCInfo(lcBookmarks) << "imported bookmarks:" << counts.added << "added," << counts.updated
                        << "updated," << counts.unchanged << "unchanged";
    for (qint64 id : std::as_const(added)) {
        if (const std::optional<Bookmark> stored = bookmark(id))
            Q_EMIT bookmarkAdded(*stored);
    }
    for (qint64 id : std::as_const(changed)) {
        if (const std::optional<Bookmark> stored = bookmark(id))
            Q_EMIT bookmarkChanged(*stored);
    }
    return counts;
}

std::optional<Bookmark> BookmarkStore::bookmark(qint64 id)
{
    const QVector<Bookmark> found = BookmarkTable(m_db).select(QStringLiteral("b.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Bookmark>(found.constFirst());
}

std::optional<Bookmark> BookmarkStore::bookmarkByUid(const QString &uid)
{
    const QVector<Bookmark> found = BookmarkTable(m_db).select(QStringLiteral("b.uid = ?"), {uid});
    return found.isEmpty() ? std::nullopt : std::optional<Bookmark>(found.constFirst());
}

QVector<Bookmark> BookmarkStore::bookmarks(const BookmarkFilter &filter)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.episodeGuid.isEmpty()) {
        conditions << QStringLiteral("b.episode_guid = ?");
        values << filter.episodeGuid;
    }
    if (filter.starredOnly)
        conditions << QStringLiteral("b.starred = 1");
    BookmarkTable table(m_db);
    const QVector<Bookmark> all = table.select(conditions.join(QStringLiteral(" AND ")), values);
    m_error = table.errorString();
    // Text and tags are compared here, with the Unicode case folding SQL's LOWER() lacks.
    const QString text = filter.text.trimmed();
    const QString tag = filter.tag.trimmed();
    if (text.isEmpty() && tag.isEmpty())
        return all;
    QVector<Bookmark> result;
    for (const Bookmark &b : all) {
        if ((text.isEmpty() || matchesText(b, text))
            && (tag.isEmpty() || BookmarkTags::contains(b.tags, tag)))
            result << b;
    }
    return result;
}

QStringList BookmarkStore::allTags()
{
    return BookmarkTable(m_db).allTags();
}

QHash<qint64, int> BookmarkStore::countsByEpisode()
{
    return BookmarkTable(m_db).countsByEpisode();
}

int BookmarkStore::countForEpisode(qint64 episodeId)
{
    return countsByEpisode().value(episodeId);
}

void BookmarkStore::invalidate()
{
    Q_EMIT bookmarksReset();
}
