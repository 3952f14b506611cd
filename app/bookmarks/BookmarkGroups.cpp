#include "BookmarkGroups.h"

#include <QHash>

#include <algorithm>

namespace BookmarkGroups {

QVector<QVector<Bookmark>> byEpisode(const QVector<Bookmark> &bookmarks)
{
    QVector<QVector<Bookmark>> groups;
    QHash<QString, int> groupOfGuid;
    for (const Bookmark &b : bookmarks) {
        const auto found = groupOfGuid.constFind(b.episodeGuid);
        if (found != groupOfGuid.constEnd()) {
            groups[*found] << b;
            continue;
        }
        groupOfGuid.insert(b.episodeGuid, int(groups.size()));
        groups.append(QVector<Bookmark> {b});
    }
    for (QVector<Bookmark> &group : groups) {
        std::stable_sort(group.begin(), group.end(), [](const Bookmark &a, const Bookmark &b) {
            if (a.hasSpan() != b.hasSpan())
                return !a.hasSpan();
            if (a.startMs != b.startMs)
                return a.startMs < b.startMs;
            if (a.createdMs != b.createdMs)
                return a.createdMs < b.createdMs;
            return a.uid < b.uid;
        });
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const QVector<Bookmark> &a, const QVector<Bookmark> &b) {
                         const Bookmark &x = a.constFirst();
                         const Bookmark &y = b.constFirst();
                         const int order
                                 = x.episodeTitle.compare(y.episodeTitle, Qt::CaseInsensitive);
                         return order != 0 ? order < 0 : x.episodeGuid < y.episodeGuid;
                     });
    return groups;
}

} // namespace BookmarkGroups
