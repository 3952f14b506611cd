#include "EpisodeIdentity.h"

#include <QCryptographicHash>

namespace EpisodeIdentity {

QString normalizedTitle(const QString &title)
{
    QString folded;
    folded.reserve(title.size());
    for (QChar c : title) {
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
            folded += QLatin1Char('\'');
            break;
        case 0x201C:
        case 0x201D:
            folded += QLatin1Char('"');
            break;
        case 0x2013:
        case 0x2014:
            folded += QLatin1Char('-');
            break;
        case 0x00A0:
            folded += QLatin1Char(' ');
            break;
        default:
            folded += c;
        }
    }
    return folded.simplified().toCaseFolded();
}

QString guidForTitle(const QString &title)
{
    const QByteArray hash
            = QCryptographicHash::hash(normalizedTitle(title).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("title:") + QString::fromLatin1(hash.toHex().left(20));
}

} // namespace EpisodeIdentity
