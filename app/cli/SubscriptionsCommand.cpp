#include "SubscriptionsCommand.h"
#include "Subcommand.h"

#include "domain/Counted.h"
#include "storage/Database.h"
#include "subscriptions/FeedRefresher.h"
#include "subscriptions/SubscriptionStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace SubscriptionsCommand {

namespace {

using Subcommand::BadInput;
using Subcommand::Context;
using Subcommand::openLibrary;
using Subcommand::parse;
using Subcommand::printJson;
using Subcommand::UsageError;

const QString Group = QStringLiteral("subscriptions");

QString tr(const char *text)
{
    return QCoreApplication::translate("SubscriptionsCommand", text);
}

int failWith(QTextStream &err, int code, const QString &message)
{
    return Subcommand::fail(err, Group, code, message);
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"),
            QCoreApplication::translate("SubscriptionsCommand", "Print the result as JSON.")};
}

QCommandLineOption timeoutOption()
{
    return {QStringLiteral("timeout"),
            QCoreApplication::translate("SubscriptionsCommand",
                                        "Give up on a feed after SECONDS without data "
                                        "(default 30)."),
            QStringLiteral("SECONDS"), QStringLiteral("30")};
}

// The timeout option in milliseconds, or -1 when it is not a positive number.
int timeoutMs(const QCommandLineParser &parser)
{
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    return ok && seconds > 0 && seconds <= 3600 ? int(seconds * 1000) : -1;
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QJsonObject recordJson(const SubscriptionRecord &record)
{
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("feedUrl"), record.feedUrl},
            {QStringLiteral("title"), record.displayTitle()},
            {QStringLiteral("showId"),
             record.showId > 0 ? QJsonValue(record.showId) : QJsonValue()},
            {QStringLiteral("folder"), QJsonArray::fromStringList(record.folder)},
            {QStringLiteral("episodes"), record.episodeCount},
            {QStringLiteral("status"), refreshStatusName(record.status)},
            {QStringLiteral("error"), record.error},
            {QStringLiteral("addedMs"), record.addedMs},
            {QStringLiteral("refreshedMs"),
             record.refreshedMs >= 0 ? QJsonValue(record.refreshedMs) : QJsonValue()}};
}

QJsonObject resultJson(const FeedRefreshResult &result)
{
    return {{QStringLiteral("id"), result.subscriptionId},
            {QStringLiteral("feedUrl"), result.feedUrl},
            {QStringLiteral("title"), result.title},
            {QStringLiteral("status"), refreshStatusName(result.status)},
            {QStringLiteral("error"), result.error},
            {QStringLiteral("movedFrom"),
             result.movedFrom.isEmpty() ? QJsonValue() : QJsonValue(result.movedFrom)},
            {QStringLiteral("episodes"), result.episodeCount},
            {QStringLiteral("attachments"), result.attachmentsRead}};
}

QString resultLine(const FeedRefreshResult &result)
{
    QString line;
    switch (result.status) {
    case RefreshStatus::Updated:
        line = tr("updated: %1 (%2)")
                       .arg(result.title,
                            counted(result.episodeCount, tr("episode"), tr("episodes")));
        break;
    case RefreshStatus::NotModified:
        line = tr("not modified: %1").arg(result.title);
        break;
    case RefreshStatus::Never:
    case RefreshStatus::Failed:
        return tr("failed: %1").arg(result.error);
    }
    if (!result.movedFrom.isEmpty())
        line += tr(" (moved permanently to %1)").arg(result.feedUrl);
    return line;
}

// Refreshes `ids` (all when empty) with progress on `err`; prints results; returns the exit code.
int runRefresh(Database &database, const QVector<qint64> &ids, int timeout, bool json,
               QTextStream &out, QTextStream &err)
{
    FeedRefresher refresher(database);
    FeedRefreshJob::Settings settings = refresher.settings();
    settings.timeoutMs = timeout;
    refresher.setSettings(settings);
    QObject::connect(&refresher, &FeedRefresher::feedStarted, &refresher,
                     [&err](int index, int total, const QString &url) {
                         err << tr("refreshing %1/%2 %3\u2026").arg(index).arg(total).arg(url)
                             << QLatin1Char('\n');
                         err.flush();
                     });
    if (!json) {
        QObject::connect(&refresher, &FeedRefresher::feedFinished, &refresher,
                         [&out, &err](const FeedRefreshResult &result) {
                             QTextStream &stream
                                     = result.status == RefreshStatus::Failed ? err : out;
                             stream << resultLine(result) << QLatin1Char('\n');
                             stream.flush();
                         });
    }
    bool started = false;
    const QVector<FeedRefreshResult> results = refresher.refreshAndWait(ids, &started);
    if (!started)
        return failWith(err, BadInput, refresher.errorString());
    int failed = 0;
    QJsonArray array;
    for (const FeedRefreshResult &result : results) {
        failed += result.status == RefreshStatus::Failed ? 1 : 0;
        array.append(resultJson(result));
    }
    if (json)
        printJson(out, QJsonDocument(QJsonObject {{QStringLiteral("feeds"), array}}));
    else if (results.isEmpty())
        out << tr("No subscriptions to refresh (add one with `citecast subscriptions add URL`).")
            << QLatin1Char('\n');
    if (failed > 0) {
        err << tr("subscriptions: %1 of %2 could not be refreshed").arg(failed).arg(results.size())
            << QLatin1Char('\n');
        return BadInput;
    }
    return 0;
}

int list(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
         QTextStream &err)
{
    Context context {Group, out, err};
    if (const int code
        = parse(context, QStringLiteral("list"), arguments, {jsonOption()}, QString(),
                tr("Lists the subscriptions with their show, episode count and "
                   "how the last refresh went."));
        code >= 0)
        return code;
    if (const int code = openLibrary(context, libraryPath); code >= 0)
        return code;
    SubscriptionStore store(context.database.connection());
    const QVector<SubscriptionRecord> records = store.list();
    if (!store.errorString().isEmpty())
        return failWith(err, UsageError, store.errorString());
    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SubscriptionRecord &record : records)
            array.append(recordJson(record));
        printJson(out, QJsonDocument(array));
        return 0;
    }
    if (records.isEmpty())
        out << tr("No subscriptions (add one with `citecast subscriptions add URL`).")
            << QLatin1Char('\n');
    for (const SubscriptionRecord &record : records) {
        out << QStringLiteral("%1  %2  %3  %4")
                        .arg(record.id, 4)
                        .arg(refreshStatusName(record.status), -12)
                        .arg(counted(record.episodeCount, tr("episode"), tr("episodes")), -12)
                        .arg(record.displayTitle());
        if (!record.folder.isEmpty())
            out << QStringLiteral("  [") << record.folder.join(QLatin1Char('/'))
                << QLatin1Char(']');
        out << QLatin1Char('\n');
        if (record.displayTitle() != record.feedUrl)
            out << QStringLiteral("      ") << record.feedUrl << QLatin1Char('\n');
        if (!record.error.isEmpty())
            out << QStringLiteral("      ") << record.error << QLatin1Char('\n');
    }
    return 0;
}

int add(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err)
{
    Context context {Group, out, err};
    const QCommandLineOption noRefresh(QStringLiteral("no-refresh"),
                                       tr("Only remember the address; fetch it later."));
    if (const int code = parse(context, QStringLiteral("add"), arguments,
                               {jsonOption(), timeoutOption(), noRefresh}, QStringLiteral("URL"),
                               tr("Subscribes to a feed and reads it into the library."));
        code >= 0)
        return code;
    if (context.parser.positionalArguments().size() != 1)
        return failWith(err, UsageError, tr("add: name one feed address"));
    const int timeout = timeoutMs(context.parser);
    if (timeout < 0)
        return failWith(err, UsageError, tr("--timeout takes a number of seconds"));
    if (const int code = openLibrary(context, libraryPath); code >= 0)
        return code;
    const QString address = context.parser.positionalArguments().constFirst();
    if (context.parser.isSet(noRefresh)) {
        SubscriptionStore store(context.database.connection());
        const std::optional<SubscriptionStore::Added> added = store.add(address);
        if (!added)
            return failWith(err, BadInput, store.errorString());
        out << tr("Subscribed: %1 (id %2)").arg(store.find(added->id)->feedUrl).arg(added->id)
            << QLatin1Char('\n');
        return 0;
    }
    return subscribe(context.database, address, timeout, context.parser.isSet(jsonOption()), out,
                     err);
}

int remove(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
           QTextStream &err)
{
    Context context {Group, out, err};
    if (const int code
        = parse(context, QStringLiteral("remove"), arguments, {}, QStringLiteral("ID"),
                tr("Stops following a feed. Its show, episodes and bookmarks "
                   "stay in the library."));
        code >= 0)
        return code;
    const std::optional<qint64> id = parseId(context.parser.positionalArguments().value(0));
    if (context.parser.positionalArguments().size() != 1 || !id)
        return failWith(err, UsageError,
                        tr("remove: name one subscription by the id `subscriptions list` "
                           "prints"));
    if (const int code = openLibrary(context, libraryPath); code >= 0)
        return code;
    SubscriptionStore store(context.database.connection());
    const std::optional<SubscriptionRecord> record = store.find(*id);
    if (!record || !store.remove(*id))
        return failWith(err, BadInput, store.errorString());
    out << tr("Removed subscription %1 (%2); its episodes stay in the library.")
                    .arg(*id)
                    .arg(record->displayTitle())
        << QLatin1Char('\n');
    return 0;
}

int refresh(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
            QTextStream &err)
{
    Context context {Group, out, err};
    if (const int code = parse(context, QStringLiteral("refresh"), arguments,
                               {jsonOption(), timeoutOption()}, QStringLiteral("[ID]"),
                               tr("Fetches every subscription (or the one with this id), a few "
                                  "at a time, and brings new and changed episodes in. Progress "
                                  "goes to standard error; a feed that fails does not stop "
                                  "the others."));
        code >= 0)
        return code;
    const QStringList positional = context.parser.positionalArguments();
    QVector<qint64> ids;
    if (positional.size() > 1)
        return failWith(err, UsageError, tr("refresh: name at most one subscription id"));
    if (positional.size() == 1) {
        const std::optional<qint64> id = parseId(positional.constFirst());
        if (!id)
            return failWith(err, UsageError,
                            tr("refresh: \u201c%1\u201d is not a subscription id")
                                    .arg(positional.constFirst()));
        ids << *id;
    }
    const int timeout = timeoutMs(context.parser);
    if (timeout < 0)
        return failWith(err, UsageError, tr("--timeout takes a number of seconds"));
    if (const int code = openLibrary(context, libraryPath); code >= 0)
        return code;
    return runRefresh(context.database, ids, timeout, context.parser.isSet(jsonOption()), out, err);
}

} // namespace

int subscribe(Database &database, const QString &address, int timeoutMs, bool json,
              QTextStream &out, QTextStream &err)
{
    SubscriptionStore store(database.connection());
    const std::optional<SubscriptionStore::Added> added = store.add(address);
    if (!added)
        return failWith(err, BadInput, store.errorString());
    if (!added->created && !json)
        out << tr("Already subscribed (id %1); refreshing it.").arg(added->id) << QLatin1Char('\n');
    const int code = runRefresh(database, {added->id}, timeoutMs, json, out, err);
    if (code != 0 && added->created)
        err << tr("subscriptions: subscription %1 is kept; `citecast subscriptions remove %1` "
                  "drops it")
                        .arg(added->id)
            << QLatin1Char('\n');
    return code;
}

QString helpText()
{
    return tr("Usage: citecast [--library PATH] subscriptions SUBCOMMAND [OPTIONS]\n"
              "\n"
              "Subcommands:\n"
              "  list [--json]                 The subscriptions, their shows and last refresh\n"
              "  add URL [--no-refresh] [--timeout S] [--json]\n"
              "                                Subscribe, and read the feed in\n"
              "  remove ID                     Stop following a feed (its episodes stay)\n"
              "  refresh [ID] [--timeout S] [--json]\n"
              "                                Fetch every feed (or one), new episodes in\n"
              "\n"
              "SUBCOMMAND --help shows its options. ID is the id `subscriptions list` prints.\n"
              "\n"
              "Exit status: 0 done, 1 bad usage or library, 2 bad input (unknown id, not a\n"
              "feed address) or a feed that could not be refreshed.\n");
}

int run(const QStringList &arguments, const QString &libraryPath, QTextStream &out,
        QTextStream &err)
{
    using Subcommand = std::function<int(const QStringList &, const QString &, QTextStream &,
                                         QTextStream &)>;
    const QList<QPair<QString, Subcommand>> subcommands {{QStringLiteral("list"), list},
                                                         {QStringLiteral("add"), add},
                                                         {QStringLiteral("remove"), remove},
                                                         {QStringLiteral("refresh"), refresh}};
    const QString first = arguments.value(0);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")) {
        (first.isEmpty() ? err : out) << helpText();
        return first.isEmpty() ? UsageError : 0;
    }
    for (const auto &[name, subcommand] : subcommands) {
        if (name == first)
            return subcommand(arguments.mid(1), libraryPath, out, err);
    }
    err << tr("subscriptions: unknown subcommand \u201c%1\u201d.").arg(first) << QLatin1Char('\n')
        << helpText();
    return UsageError;
}

} // namespace SubscriptionsCommand
