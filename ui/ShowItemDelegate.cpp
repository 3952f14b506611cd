#include "ShowItemDelegate.h"

#include "InitialsAvatar.h"
#include "Theme.h"
#include "domain/Counted.h"
#include "models/ShowListModel.h"

#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int Padding = 8;
} // namespace

QPixmap ShowItemDelegate::artwork(const QModelIndex &index, qreal devicePixelRatio) const
{
    const QString path = index.data(ShowListModel::ArtworkPathRole).toString();
    const QString title = index.data(ShowListModel::TitleRole).toString();
    const QString key
            = (path.isEmpty() ? QStringLiteral("title:") + title : QStringLiteral("file:") + path)
            + QLatin1Char('@') + QString::number(devicePixelRatio);
    auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    QPixmap pixmap;
    if (!path.isEmpty())
        pixmap = InitialsAvatar::artwork(path, ArtworkSize, devicePixelRatio);
    if (pixmap.isNull())
        pixmap = InitialsAvatar::pixmap(index.data(ShowListModel::InitialsRole).toString(), title,
                                        ArtworkSize, devicePixelRatio, true);
    m_cache.insert(key, pixmap);
    return pixmap;
}

QSize ShowItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(option.rect.width(), ArtworkSize + 2 * Padding + 2);
}

void ShowItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect rect = option.rect.adjusted(2, 1, -2, -1);
    QColor background;
    if (option.state & QStyle::State_Selected)
        background = QColor(0xe3, 0xec, 0xfc);
    else if (option.state & QStyle::State_MouseOver)
        background = QColor(0xf1, 0xf5, 0xfd);
    if (background.isValid()) {
        QPainterPath path;
        path.addRoundedRect(rect, 8, 8);
        painter->fillPath(path, background);
    }
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPoint artTopLeft(rect.left() + Padding, rect.top() + (rect.height() - ArtworkSize) / 2);
    painter->drawPixmap(artTopLeft, artwork(index, ratio));

    const int textLeft = artTopLeft.x() + ArtworkSize + 12;
    const int textWidth = rect.right() - Padding - textLeft;
    const QFont titleFont = Theme::scaled(option.font, 1.0, true);
    const QFont smallFont = Theme::scaled(option.font, 0.88);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics smallMetrics(smallFont);
    const int block = titleMetrics.height() + 2 + smallMetrics.height();
    int y = rect.top() + (rect.height() - block) / 2;
    painter->setFont(titleFont);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(QPoint(textLeft, y + titleMetrics.ascent()),
                      titleMetrics.elidedText(index.data(ShowListModel::TitleRole).toString(),
                                              Qt::ElideRight, textWidth));
    y += titleMetrics.height() + 2;
    const int episodes = index.data(ShowListModel::EpisodeCountRole).toInt();
    QString details = counted(episodes, tr("episode"), tr("episodes"));
    const QString author = index.data(ShowListModel::AuthorRole).toString();
    if (!author.isEmpty())
        details += QStringLiteral("  \u00b7  ") + author;
    painter->setFont(smallFont);
    painter->setPen(Theme::mutedText());
    painter->drawText(QPoint(textLeft, y + smallMetrics.ascent()),
                      smallMetrics.elidedText(details, Qt::ElideRight, textWidth));
    painter->restore();
}
