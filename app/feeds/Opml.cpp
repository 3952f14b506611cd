#include "Opml.h"

namespace {

void collect(const QVector<OpmlOutline> &outlines, QStringList &folder, QVector<Subscription> &into)
{
    for (const OpmlOutline &outline : outlines) {
        if (outline.isSubscription())
            into << Subscription {outline.title, outline.feedUrl, outline.siteUrl, folder};
        if (!outline.children.isEmpty()) {
            // A subscription with children is unusual; its children still count, in its folder.
            folder << outline.title;
            collect(outline.children, folder, into);
            folder.removeLast();
        }
    }
}

} // namespace

QVector<Subscription> OpmlDocument::subscriptions() const
{
    QVector<Subscription> all;
    QStringList folder;
    collect(outlines, folder, all);
    return all;
}

OpmlDocument OpmlDocument::fromSubscriptions(const QString &title,
                                             const QVector<Subscription> &subscriptions)
{
    OpmlDocument document;
    document.title = title;
    for (const Subscription &subscription : subscriptions) {
        QVector<OpmlOutline> *level = &document.outlines;
        for (const QString &name : subscription.folder) {
            OpmlOutline *found = nullptr;
            for (OpmlOutline &outline : *level) {
                if (!outline.isSubscription() && outline.title == name)
                    found = &outline;
            }
            if (!found) {
                OpmlOutline folder;
                folder.title = name;
                level->append(folder);
                found = &level->last();
            }
            level = &found->children;
        }
        OpmlOutline outline;
        outline.title = subscription.title;
        outline.feedUrl = subscription.feedUrl;
        outline.siteUrl = subscription.siteUrl;
        outline.type = QStringLiteral("rss");
        level->append(outline);
    }
    return document;
}
