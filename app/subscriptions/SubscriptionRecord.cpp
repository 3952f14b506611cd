#include "SubscriptionRecord.h"

QString refreshStatusName(RefreshStatus status)
{
    switch (status) {
    case RefreshStatus::Never:
        return QStringLiteral("never");
    case RefreshStatus::Updated:
        return QStringLiteral("updated");
    case RefreshStatus::NotModified:
        return QStringLiteral("not modified");
    case RefreshStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("never");
}
