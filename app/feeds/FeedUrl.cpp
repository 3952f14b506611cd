#include "FeedUrl.h"

#include <QRegularExpression>

namespace FeedUrl {

namespace {

bool isAbsoluteWebUrl(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

} // namespace

QString resolve(const QUrl &base, const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    // The common case, an absolute http(s) URL, needs no parsing at all.
    if (isAbsoluteWebUrl(trimmed) && !trimmed.contains(QLatin1Char(' ')))
        return trimmed;
    const QUrl parsed(trimmed, QUrl::TolerantMode);
    if (!parsed.isValid())
        return trimmed;
    if (!parsed.isRelative() || !base.isValid() || base.isEmpty())
        return parsed.toString(QUrl::FullyEncoded);
    return base.resolved(parsed).toString(QUrl::FullyEncoded);
}

QString normalizeFeedAddress(const QString &address)
{
    QString url = address.trimmed();
    if (url.isEmpty())
        return url;
    for (const QLatin1String scheme :
         {QLatin1String("feed://"), QLatin1String("itpc://"), QLatin1String("pcast://")}) {
        if (url.startsWith(scheme, Qt::CaseInsensitive))
            return QStringLiteral("http://") + url.mid(scheme.size());
    }
    if (url.startsWith(QLatin1String("feed:"), Qt::CaseInsensitive))
        return url.mid(5); // feed:https://example.org/rss
    // "mailto:x" or "javascript:..." name another scheme: left as they are, so that whoever
    // subscribes refuses them ("host:8080/feed" is a host with a port, not a scheme).
    static const QRegularExpression otherScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:(?!\\d)"));
    if (!url.contains(QLatin1String("://")) && !url.startsWith(QLatin1Char('/'))
        && !otherScheme.match(url).hasMatch())
        return QStringLiteral("http://") + url;
    return url;
}

} // namespace FeedUrl
