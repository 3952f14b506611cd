#include "CitecastLink.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace {

const QLatin1String scheme("citecast");
const QLatin1String host("episode");

// Characters a guid keeps in the link as they are (RFC 3986 unreserved, plus ':' and '@', which
// a path segment allows); everything else, '/' included, is percent-encoded.
QByteArray encodedGuid(const QString &guid)
{
    return QUrl::toPercentEncoding(guid, QByteArray(":@"));
}

} // namespace

QUrl CitecastLink::toUrl() const
{
    return build(guid, startMs, endMs);
}

QString CitecastLink::toString() const
{
    return QString::fromLatin1(toUrl().toEncoded());
}

QUrl CitecastLink::build(const QString &guid, qint64 startMs, qint64 endMs)
{
    QByteArray text = QByteArray("citecast://episode/") + encodedGuid(guid);
    if (startMs >= 0) {
        text += "?t=" + QByteArray::number(startMs);
        if (endMs > startMs)
            text += '-' + QByteArray::number(endMs);
    }
    return QUrl::fromEncoded(text, QUrl::StrictMode);
}

std::optional<CitecastLink> CitecastLink::parse(const QString &text)
{
    return parse(QUrl(text.trimmed(), QUrl::StrictMode));
}

std::optional<CitecastLink> CitecastLink::parse(const QUrl &url)
{
    static const QRegularExpression time(QStringLiteral("^(\\d{1,15})(?:-(\\d{1,15}))?$"));
    if (!url.isValid() || url.scheme().compare(scheme, Qt::CaseInsensitive) != 0
        || url.host().compare(host, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    // The path as written, so an encoded '/' inside the guid is not taken for a separator.
    const QString path = url.path(QUrl::FullyEncoded);
    if (!path.startsWith(QLatin1Char('/')) || path.size() < 2
        || path.indexOf(QLatin1Char('/'), 1) > 0)
        return std::nullopt;
    CitecastLink link;
    link.guid = QUrl::fromPercentEncoding(path.mid(1).toLatin1());
    if (link.guid.trimmed().isEmpty())
        return std::nullopt;
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("t"))) {
        const QRegularExpressionMatch match
                = time.match(query.queryItemValue(QStringLiteral("t"), QUrl::FullyDecoded));
        if (!match.hasMatch())
            return std::nullopt;
        link.startMs = match.captured(1).toLongLong();
        if (match.hasCaptured(2)) {
            link.endMs = match.captured(2).toLongLong();
            if (link.endMs <= link.startMs)
                return std::nullopt;
        }
    }
    return link;
}
