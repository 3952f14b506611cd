#include "OpmlSubscriptions.h"

#include "SubscriptionStore.h"

#include "feeds/OpmlParser.h"
#include "feeds/OpmlWriter.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace OpmlSubscriptions {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpmlSubscriptions", text);
}

} // namespace

bool importOpml(QSqlDatabase db, const QByteArray &bytes, const QString &fileName,
                ImportSummary *summary, QString *error)
{
    *summary = ImportSummary();
    const Parsed<OpmlDocument> parsed = OpmlParser::parse(bytes, fileName);
    if (!parsed.ok) {
        *error = parsed.error.toString();
        return false;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = tr("%1: the library is busy or read-only: %2")
                         .arg(fileName, transaction.errorString());
        return false;
    }
    SubscriptionStore store(db);
    for (const Subscription &subscription : parsed.value.subscriptions()) {
        const std::optional<SubscriptionStore::Added> added
                = store.add(subscription.feedUrl, subscription.title, subscription.folder);
        if (!added) {
            summary->skipped << tr("%1: \u201c%2\u201d: %3")
                                        .arg(fileName, subscription.title, store.errorString());
            continue;
        }
        summary->ids << added->id;
        if (added->created)
            ++summary->added;
        else
            ++summary->alreadySubscribed;
    }
    if (!transaction.commit()) {
        *error = tr("%1: could not save to the library: %2")
                         .arg(fileName, transaction.errorString());
        *summary = ImportSummary();
        return false;
    }
    return true;
}

QByteArray exportOpml(const QVector<SubscriptionRecord> &subscriptions)
{
    QVector<Subscription> flat;
    for (const SubscriptionRecord &record : subscriptions)
        flat << Subscription {record.displayTitle(), record.feedUrl, record.showLink,
                              record.folder};
    return OpmlWriter::write(OpmlDocument::fromSubscriptions(tr("Citecast subscriptions"), flat));
}

} // namespace OpmlSubscriptions
