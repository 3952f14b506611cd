#include "SearchResultsPopup.h"

#include "Theme.h"
#include "search/SearchResultModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Paints a group as a small heading and a hit as two lines: episode (and topic, clip or
// speaker) with its span on the right, then the snippet with the matches in bold.
class SearchHitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int line = option.fontMetrics.height();
        if (index.data(SearchResultModel::IsGroupRole).toBool())
            return {option.rect.width(), line + 10};
        return {option.rect.width(), 2 * line + 12};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->save();
        const QRect rect = option.rect.adjusted(8, 0, -8, 0);
        const int line = option.fontMetrics.height();
        if (index.data(SearchResultModel::IsGroupRole).toBool()) {
            QFont font = option.font;
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 0.9);
            painter->setFont(font);
            painter->setPen(Theme::mutedText());
            painter->drawText(rect.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              index.data().toString().toUpper());
            painter->restore();
            return;
        }
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        if (selected)
            painter->fillRect(option.rect, option.palette.highlight().color().lighter(165));
        else if (option.state.testFlag(QStyle::State_MouseOver))
            painter->fillRect(option.rect, option.palette.alternateBase());

        const QString span = index.data(SearchResultModel::SpanTextRole).toString();
        const int spanWidth = span.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(span) + 12;
        QRect top(rect.left(), rect.top() + 5, rect.width() - spanWidth, line);
        QFont titleFont = option.font;
        titleFont.setWeight(QFont::DemiBold);
        painter->setFont(titleFont);
        painter->setPen(option.palette.text().color());
        painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(titleFont).elidedText(index.data().toString(),
                                                             Qt::ElideRight, top.width()));
        if (!span.isEmpty()) {
            painter->setFont(option.font);
            painter->setPen(Theme::accent());
            painter->drawText(QRect(rect.right() - spanWidth, top.top(), spanWidth, line),
                              Qt::AlignRight | Qt::AlignVCenter, span);
        }

        QTextDocument snippet;
        snippet.setDefaultFont(option.font);
        snippet.setDocumentMargin(0);
        snippet.setHtml(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                .arg(Theme::mutedText().name(),
                                     index.data(SearchResultModel::SnippetHtmlRole).toString()));
        snippet.setTextWidth(-1);
        painter->translate(rect.left(), top.bottom() + 3);
        const QRect clip(0, 0, rect.width(), line + 2);
        painter->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        snippet.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

} // namespace

SearchResultsPopup::SearchResultsPopup(SearchResultModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("searchResults"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Search results"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    m_message->setContentsMargins(12, 10, 12, 10);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_message);
    layout->addWidget(m_view);

    m_view->setModel(model);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(0);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus); // the field keeps the keyboard
    m_view->setMouseTracking(true);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAccessibleName(tr("Search results"));
    connect(model, &QAbstractItemModel::modelReset, this, [this]() {
        m_view->expandAll();
        selectFirstHit();
        m_message->setVisible(m_model->hitCount() == 0);
        m_view->setVisible(m_model->hitCount() > 0);
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (const SearchHit *hit = m_model->hitAt(index))
            Q_EMIT hitActivated(*hit, QApplication::keyboardModifiers() & Qt::ControlModifier);
    });
    hide();
}

void SearchResultsPopup::showUnder(QWidget *anchor, int width)
{
    QWidget *host = parentWidget();
    const QPoint below = anchor->mapTo(host, QPoint(anchor->width() - width, anchor->height() + 2));
    const int x = qBound(4, below.x(), qMax(4, host->width() - width - 4));
    // As tall as the results (or the message), up to what fits in the window.
    int content = 2 * frameWidth() + 4;
    if (m_model->hitCount() == 0) {
        content += m_message->sizeHint().height();
    } else {
        for (int group = 0; group < m_model->rowCount(); ++group) {
            const QModelIndex parent = m_model->index(group, 0);
            content += m_view->sizeHintForIndex(parent).height();
            for (int row = 0; row < m_model->rowCount(parent); ++row)
                content += m_view->sizeHintForIndex(m_model->index(row, 0, parent)).height();
        }
    }
    const int height = std::min({content, 480, host->height() - below.y() - 8});
    setGeometry(x, below.y(), width, qMax(40, height));
    show();
    raise();
}

void SearchResultsPopup::moveCurrent(int step)
{
    // Hits in display order, headings skipped.
    QModelIndexList hits;
    for (int group = 0; group < m_model->rowCount(); ++group) {
        const QModelIndex parent = m_model->index(group, 0);
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            hits << m_model->index(row, 0, parent);
    }
    if (hits.isEmpty())
        return;
    const qsizetype at = hits.indexOf(m_view->currentIndex());
    const qsizetype next = at < 0 ? 0 : qBound<qsizetype>(0, at + step, hits.size() - 1);
    m_view->setCurrentIndex(hits.at(next));
    m_view->scrollTo(hits.at(next));
}

const SearchHit *SearchResultsPopup::currentHit() const
{
    return m_model->hitAt(m_view->currentIndex());
}

void SearchResultsPopup::setMessage(const QString &message)
{
    m_message->setText(message);
}

void SearchResultsPopup::selectFirstHit()
{
    const QModelIndex first = m_model->firstHit();
    m_view->setCurrentIndex(first);
    if (first.isValid())
        m_view->scrollTo(first);
}
