#include "FeedRefreshJob.h"

#include "SubscriptionStore.h"

#include "feeds/ChaptersJsonParser.h"
#include "feeds/FeedImport.h"
#include "feeds/FeedLibraryWriter.h"
#include "feeds/FeedParser.h"
#include "feeds/FeedUrl.h"
#include "feeds/LibraryTranscripts.h"
#include "feeds/TranscriptChooser.h"
#include "feeds/TranscriptParser.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isHttp(const QString &url)
{
    return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"));
}

} // namespace

FeedRefreshJob::FeedRefreshJob(Database &database, QNetworkAccessManager *manager,
                               const SubscriptionRecord &subscription, const Settings &settings,
                               QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_manager(manager)
    , m_subscription(subscription)
    , m_settings(settings)
{
    m_result.subscriptionId = subscription.id;
    m_result.feedUrl = subscription.feedUrl;
    m_result.title = subscription.displayTitle();
}

FeedRefreshJob::~FeedRefreshJob() = default;

void FeedRefreshJob::start()
{
    m_feedFetcher = std::make_unique<FeedFetcher>(m_manager);
    m_feedFetcher->setTimeoutMs(m_settings.timeoutMs);
    m_feedFetcher->setMaxBytes(m_settings.maxBytes);
    connect(m_feedFetcher.get(), &FeedFetcher::progress, this, &FeedRefreshJob::progress);
    connect(m_feedFetcher.get(), &FeedFetcher::finished, this, &FeedRefreshJob::onFeedFetched);
    m_feedFetcher->start(
            {QUrl(m_subscription.feedUrl), m_subscription.etag, m_subscription.lastModified});
}

void FeedRefreshJob::onFeedFetched()
{
    m_fetched = m_feedFetcher->result();
    SubscriptionStore store(m_database.connection());
    if (m_fetched.outcome == FeedFetchResult::Outcome::Failed)
        return fail(m_fetched.error);
    if (m_fetched.permanentUrl.isValid()) {
        const QString moved = m_fetched.permanentUrl.toString();
        if (!store.moveTo(m_subscription.id, moved))
            return fail(store.errorString());
        m_result.movedFrom = m_subscription.feedUrl;
        m_result.feedUrl = moved;
        m_subscription.feedUrl = moved;
    }
    if (m_fetched.outcome == FeedFetchResult::Outcome::NotModified) {
        if (!store.recordNotModified(m_subscription.id, nowMs()))
            return fail(store.errorString());
        m_result.status = RefreshStatus::NotModified;
        return done();
    }
    const QString name = m_fetched.finalUrl.toDisplayString();
    const Parsed<Feed> parsed = FeedParser::parse(m_fetched.body, name, {m_fetched.finalUrl, 0});
    if (!parsed.ok)
        return fail(tr("not a feed: %1").arg(parsed.error.toString()));
    m_feed = parsed.value;
    m_fetched.body.clear();
    if (!m_feed.show.title.isEmpty())
        m_result.title = m_feed.show.title;
    planAttachments();
    startAttachments();
}

void FeedRefreshJob::planAttachments()
{
    FeedLibraryWriter::Source source {m_subscription.feedUrl, m_subscription.feedUrl,
                                      m_subscription.showId};
    FeedLibraryWriter writer(m_database.connection(), m_database.path());
    const QHash<QString, FeedLibraryWriter::StoredAttachments> stored
            = writer.storedAttachments(m_feed, source);
    for (const FeedEpisode &item : std::as_const(m_feed.episodes)) {
        const FeedLibraryWriter::StoredAttachments known = stored.value(item.guid);
        if (!item.chaptersLink.isNull() && isHttp(item.chaptersLink.url)
            && known.chaptersUrl != item.chaptersLink.url)
            m_pending.enqueue(
                    {item.guid, item.chaptersLink.url, item.chaptersLink.type, {}, false});
        const int best = TranscriptChooser::best(item.transcripts);
        if (best < 0)
            continue;
        const TranscriptLink &link = item.transcripts.at(best);
        if (isHttp(link.url) && known.transcriptUrl != link.url)
            m_pending.enqueue({item.guid, link.url, link.type, link.language, true});
    }
    // Files given as file:// links (a feed on this computer) are read as a file import would.
    const FeedAttachments local = FeedImport::readLocalAttachments(m_feed);
    m_attachments = local;
}

namespace {

QString authorityOf(const QString &url)
{
    const QUrl parsed(url);
    return parsed.host() + QLatin1Char(':') + QString::number(parsed.port(-1));
}

} // namespace

void FeedRefreshJob::startAttachments()
{
    while (m_running.size() < m_settings.parallelAttachments && !m_pending.isEmpty()) {
        const Attachment attachment = m_pending.dequeue();
        if (m_unreachable.contains(authorityOf(attachment.url)))
            continue;
        auto *fetcher = new FeedFetcher(m_manager, this);
        fetcher->setTimeoutMs(m_settings.timeoutMs);
        fetcher->setMaxBytes(m_settings.maxAttachmentBytes);
        connect(fetcher, &FeedFetcher::finished, this,
                [this, fetcher] { onAttachmentFetched(fetcher); });
        m_running.insert(fetcher, attachment);
        fetcher->start({QUrl(attachment.url), {}, {}});
    }
    if (m_running.isEmpty() && m_pending.isEmpty())
        write();
}

void FeedRefreshJob::onAttachmentFetched(FeedFetcher *fetcher)
{
    const Attachment attachment = m_running.take(fetcher);
    const FeedFetchResult fetched = fetcher->result();
    fetcher->deleteLater();
    // A chapters file or transcript that cannot be read leaves the library's copy as it is.
    if (fetched.outcome == FeedFetchResult::Outcome::Fetched) {
        read(attachment, fetched.body);
    } else {
        qCInfo(lcSubscriptions).noquote() << fetched.error;
        if (fetched.httpStatus == 0)
            giveUpOn(authorityOf(attachment.url));
    }
    startAttachments();
}

void FeedRefreshJob::giveUpOn(const QString &authority)
{
    // No answer at all (no such host, refused, silent): its other files would wait the same.
    m_unreachable.insert(authority);
    const QList<FeedFetcher *> running = m_running.keys();
    for (FeedFetcher *other : running) {
        if (authorityOf(m_running.value(other).url) != authority)
            continue;
        m_running.remove(other);
        // Deleted (and so aborted) once the events already queued for it are delivered.
        disconnect(other, nullptr, this, nullptr);
        other->deleteLater();
    }
    qCInfo(lcSubscriptions).noquote()
            << tr("%1 did not answer; its other files are not fetched this time").arg(authority);
}

void FeedRefreshJob::read(const Attachment &attachment, const QByteArray &body)
{
    if (attachment.transcript) {
        const TranscriptParser::Format format = TranscriptParser::detect(
                attachment.mimeType, QUrl(attachment.url).fileName(), body);
        const Parsed<Transcript> transcript = TranscriptParser::parse(body, attachment.url, format);
        if (transcript.ok && !transcript.value.isEmpty()) {
            m_attachments.transcripts.insert(
                    attachment.guid,
                    {attachment.url, LibraryTranscripts::formatName(format), attachment.mimeType,
                     attachment.language, transcript.value});
            ++m_result.attachmentsRead;
        } else if (!transcript.ok) {
            qCInfo(lcSubscriptions).noquote() << transcript.error.toString();
        }
        return;
    }
    const Parsed<ChapterList> chapters = ChaptersJsonParser::parse(body, attachment.url);
    if (chapters.ok) {
        m_attachments.chapters.insert(attachment.guid, {attachment.url, chapters.value});
        ++m_result.attachmentsRead;
    } else {
        qCInfo(lcSubscriptions).noquote() << chapters.error.toString();
    }
}

void FeedRefreshJob::write()
{
    FeedLibraryWriter::Source source {m_subscription.feedUrl, m_subscription.feedUrl,
                                      m_subscription.showId};
    QVector<qint64> episodeIds;
    QString error;
    if (!FeedImport::writeFeed(m_database, m_feed, m_attachments, source, &episodeIds, &error))
        return fail(tr("%1: %2").arg(m_subscription.feedUrl, error));
    // The show the writer chose (it may be one the library had under another address).
    qint64 showId = m_subscription.showId;
    QSqlQuery query(m_database.connection());
    const bool found = episodeIds.isEmpty()
            ? Sql::exec(query,
                        QStringLiteral("SELECT id FROM shows WHERE feed_url = ? ORDER BY id "
                                       "LIMIT 1"),
                        {m_subscription.feedUrl}, &error)
            : Sql::exec(query, QStringLiteral("SELECT show_id FROM episodes WHERE id = ?"),
                        {episodeIds.constFirst()}, &error);
    if (found && query.next() && !query.value(0).isNull())
        showId = query.value(0).toLongLong();
    SubscriptionStore store(m_database.connection());
    if (!store.recordUpdated(m_subscription.id, showId, m_fetched.etag, m_fetched.lastModified,
                             nowMs()))
        return fail(store.errorString());
    m_result.status = RefreshStatus::Updated;
    m_result.episodeCount = int(m_feed.episodes.size());
    m_result.episodeIds = episodeIds;
    followNewFeedUrl(store);
    done();
}

void FeedRefreshJob::followNewFeedUrl(SubscriptionStore &store)
{
    // itunes:new-feed-url (or <redirect><newLocation>): the publisher moved the feed, a permanent
    // redirect written in the feed itself. Followed from the next refresh on.
    const QString moved = FeedUrl::normalizeFeedAddress(m_feed.show.newFeedUrl);
    const QUrl url(moved);
    if (moved.isEmpty() || moved == m_subscription.feedUrl || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return;
    if (!store.moveTo(m_subscription.id, moved)) {
        qCInfo(lcSubscriptions).noquote() << store.errorString();
        return;
    }
    if (m_result.movedFrom.isEmpty())
        m_result.movedFrom = m_subscription.feedUrl;
    m_result.feedUrl = moved;
}

void FeedRefreshJob::fail(const QString &error)
{
    m_result.status = RefreshStatus::Failed;
    m_result.error = error;
    SubscriptionStore store(m_database.connection());
    if (!store.recordFailed(m_subscription.id, error, nowMs()))
        qCWarning(lcSubscriptions).noquote() << store.errorString();
    done();
}

void FeedRefreshJob::done()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}
