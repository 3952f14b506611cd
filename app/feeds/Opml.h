#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// One outline of an OPML file: a subscription (it has a feed URL) or a folder (it has children).
struct OpmlOutline
{
    QString title;   // the title attribute, else the text attribute
    QString feedUrl; // xmlUrl; empty for a folder
    QString siteUrl; // htmlUrl
    QString type;    // "rss" for subscriptions as most apps write them
    QVector<OpmlOutline> children;

    bool isSubscription() const { return !feedUrl.isEmpty(); }
};

// A subscription with the folders it sits in, outermost first.
struct Subscription
{
    QString title;
    QString feedUrl;
    QString siteUrl;
    QStringList folder;
};

// A list of subscriptions as OPML holds it (1.0 or 2.0), nested folders and all.
struct OpmlDocument
{
    QString title;
    QVector<OpmlOutline> outlines;

    // Every subscription, depth first in document order, with its folder path.
    QVector<Subscription> subscriptions() const;
    // The folder tree rebuilt from flat subscriptions (the inverse of subscriptions()).
    static OpmlDocument fromSubscriptions(const QString &title,
                                          const QVector<Subscription> &subscriptions);
};
