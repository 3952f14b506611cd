#include "BookmarksPane.h"

#include "BookmarkItemDelegate.h"
#include "BookmarkLook.h"
#include "Theme.h"
#include "bookmarks/BookmarkFilterModel.h"
#include "bookmarks/BookmarkListModel.h"
#include "bookmarks/BookmarkStore.h"
#include "bookmarks/CitecastLink.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// What the sort choice offers, in its order.
struct SortChoice
{
    const char *label;
    BookmarkFilterModel::Order order;
    Qt::SortOrder direction;
};

constexpr SortChoice sortChoices[] = {
        {QT_TRANSLATE_NOOP("BookmarksPane", "Newest first"), BookmarkFilterModel::Order::Date,
         Qt::DescendingOrder},
        {QT_TRANSLATE_NOOP("BookmarksPane", "Episode"), BookmarkFilterModel::Order::Episode,
         Qt::AscendingOrder},
        {QT_TRANSLATE_NOOP("BookmarksPane", "Span"), BookmarkFilterModel::Order::Span,
         Qt::AscendingOrder},
};

} // namespace

BookmarksPane::BookmarksPane(BookmarkStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new BookmarkListModel(&store, this))
    , m_filter(new BookmarkFilterModel(this))
    , m_delegate(new BookmarkItemDelegate(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("bookmarksPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 10, 4, 8);
    layout->setSpacing(8);
    layout->addWidget(createHeader());
    layout->addWidget(createFilters());

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setModelColumn(BookmarkListModel::QuoteColumn);
    m_view->setItemDelegate(m_delegate);
    m_view->setMouseTracking(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setResizeMode(QListView::Adjust); // a quote takes one line or two: re-measure
    // Thousands of bookmarks: measure them in batches after the first paint, not all before it.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(100);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Bookmarks"));
    m_view->setStyleSheet(QStringLiteral("QListView { background: transparent; }"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(createEmptyState());
    layout->addWidget(m_stack, 1);
    createActions();
    applySort();

    // Enter or a double-click (the style's "activate") opens the bookmark and plays it.
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT bookmarkActivated(index.data(BookmarkListModel::BookmarkRole).value<Bookmark>());
    });
    connect(m_view, &QListView::customContextMenuRequested, this, &BookmarksPane::showContextMenu);
    connect(m_delegate, &BookmarkItemDelegate::starClicked, this, [this](const QModelIndex &index) {
        Q_EMIT starToggled(index.data(BookmarkListModel::IdRole).toLongLong(),
                           !index.data(BookmarkListModel::StarredRole).toBool());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BookmarksPane::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, &BookmarksPane::updateEmptyState);
        connect(m_model, signal, this, &BookmarksPane::updateEmptyState);
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &BookmarksPane::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &BookmarksPane::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &BookmarksPane::updateActions);
    // The tag choice follows the tags in use.
    connect(&store, &BookmarkStore::bookmarkAdded, this, &BookmarksPane::updateTags);
    connect(&store, &BookmarkStore::bookmarkChanged, this, &BookmarksPane::updateTags);
    connect(&store, &BookmarkStore::bookmarkRemoved, this, &BookmarksPane::updateTags);
    connect(&store, &BookmarkStore::bookmarksReset, this, &BookmarksPane::updateTags);
    updateTags();
    updateEmptyState();
    updateActions();
}

QWidget *BookmarksPane::createHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(8);
    auto *heading = new QLabel(tr("Bookmarks"), header);
    heading->setFont(Theme::scaled(heading->font(), 1.15, true));
    layout->addWidget(heading);
    m_count = new QLabel(header);
    m_count->setFont(Theme::scaled(m_count->font(), 0.9));
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::mutedText().name()));
    layout->addWidget(m_count, 1, Qt::AlignLeft | Qt::AlignBaseline);
    m_export = new QToolButton(header);
    m_export->setText(tr("Export\u2026"));
    m_export->setToolTip(tr("Export bookmarks as Markdown, JSON, CSV or soundbites"));
    m_export->setAutoRaise(true);
    connect(m_export, &QToolButton::clicked, this, &BookmarksPane::exportRequested);
    layout->addWidget(m_export);
    return header;
}

QWidget *BookmarksPane::createFilters()
{
    auto *filters = new QWidget(this);
    auto *layout = new QVBoxLayout(filters);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_text = new QLineEdit(filters);
    m_text->setPlaceholderText(tr("Filter bookmarks"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter bookmarks"));
    layout->addWidget(m_text);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_tag = new QComboBox(filters);
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setToolTip(tr("Only bookmarks with this tag"));
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(8);
    row->addWidget(m_tag, 1);
    m_sort = new QComboBox(filters);
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->setToolTip(tr("Sort by"));
    for (const SortChoice &choice : sortChoices)
        m_sort->addItem(tr(choice.label));
    row->addWidget(m_sort);
    m_starredOnly = new QToolButton(filters);
    m_starredOnly->setCheckable(true);
    m_starredOnly->setAutoRaise(true);
    m_starredOnly->setText(QStringLiteral("\u2605"));
    m_starredOnly->setFont(Theme::scaled(m_starredOnly->font(), 1.2));
    m_starredOnly->setToolTip(tr("Starred only"));
    m_starredOnly->setAccessibleName(tr("Starred only"));
    m_starredOnly->setStyleSheet(QStringLiteral("QToolButton { color: #a0a6ae; }"
                                                "QToolButton:checked { color: #e0a11b;"
                                                " background: #fdf3dc; border-radius: 4px; }"));
    row->addWidget(m_starredOnly);
    layout->addLayout(row);

    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        updateEmptyState();
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTag(m_tag->currentData().toString());
        updateEmptyState();
    });
    connect(m_sort, &QComboBox::currentIndexChanged, this, &BookmarksPane::applySort);
    connect(m_starredOnly, &QToolButton::toggled, this, [this](bool on) {
        m_filter->setStarredOnly(on);
        updateEmptyState();
    });
    return filters;
}

QWidget *BookmarksPane::createEmptyState()
{
    auto *empty = new QWidget(this);
    auto *layout = new QVBoxLayout(empty);
    layout->setContentsMargins(24, 40, 24, 24);
    layout->setSpacing(6);
    auto *icon = new QLabel(empty);
    icon->setPixmap(BookmarkLook::ribbon(QSize(34, 42), devicePixelRatioF()));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    m_emptyTitle = new QLabel(empty);
    m_emptyTitle->setFont(Theme::scaled(font(), 1.1, true));
    m_emptyTitle->setStyleSheet(QStringLiteral("color: #2a3039;"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_emptyTitle);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("bookmarksEmptyState"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::mutedText().name()));
    layout->addWidget(m_emptyText);
    m_clearFilters = new QPushButton(tr("Clear filters"), empty);
    m_clearFilters->setFlat(true);
    m_clearFilters->setCursor(Qt::PointingHandCursor);
    m_clearFilters->setStyleSheet(
            QStringLiteral("QPushButton { color: %1; border: none; }"
                           "QPushButton:hover { text-decoration: underline; }")
                    .arg(Theme::accent().name()));
    connect(m_clearFilters, &QPushButton::clicked, this, &BookmarksPane::clearFilters);
    layout->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return empty;
}

void BookmarksPane::createActions()
{
    m_play = new QAction(tr("Play"), this);
    m_edit = new QAction(tr("Edit\u2026"), this);
    m_edit->setShortcut(Qt::Key_F2);
    m_copyLink = new QAction(tr("Copy link"), this);
    m_copyLink->setShortcut(QKeySequence::Copy);
    m_star = new QAction(tr("Star"), this);
    m_delete = new QAction(tr("Delete"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    // The shortcuts work while the list has the focus; the menu shows them.
    for (QAction *action : {m_play, m_edit, m_copyLink, m_star, m_delete}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    connect(m_play, &QAction::triggered, this, [this] {
        if (const std::optional<Bookmark> bookmark = currentBookmark())
            Q_EMIT bookmarkActivated(*bookmark);
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const std::optional<Bookmark> bookmark = currentBookmark())
            Q_EMIT editRequested(*bookmark);
    });
    connect(m_copyLink, &QAction::triggered, this, &BookmarksPane::copyLink);
    connect(m_star, &QAction::triggered, this, [this] {
        if (const std::optional<Bookmark> bookmark = currentBookmark())
            Q_EMIT starToggled(bookmark->id, !bookmark->starred);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (const std::optional<Bookmark> bookmark = currentBookmark())
            Q_EMIT deleteRequested(bookmark->id);
    });
}

std::optional<Bookmark> BookmarksPane::currentBookmark() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return index.data(BookmarkListModel::BookmarkRole).value<Bookmark>();
}

bool BookmarksPane::selectBookmark(qint64 id)
{
    if (!m_model->isFullyLoaded() && m_model->rowOfId(id) < 0)
        m_model->loadAll();
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, m_view->modelColumn()));
    if (!index.isValid()) {
        clearFilters();
        index = m_filter->mapFromSource(m_model->index(row, m_view->modelColumn()));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return index.isValid();
}

bool BookmarksPane::isShowingEmptyState() const
{
    return m_stack->currentIndex() != 0;
}

void BookmarksPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_play);
    menu.addAction(m_edit);
    menu.addAction(m_copyLink);
    menu.addAction(m_star);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void BookmarksPane::updateActions()
{
    const std::optional<Bookmark> bookmark = currentBookmark();
    for (QAction *action : {m_play, m_edit, m_copyLink, m_star, m_delete})
        action->setEnabled(bookmark.has_value());
    m_star->setText(bookmark && bookmark->starred ? tr("Unstar") : tr("Star"));
    // An orphan's episode is gone: nothing to open or play.
    m_play->setEnabled(bookmark && !bookmark->isOrphan());
}

void BookmarksPane::updateTags()
{
    const QString current = m_tag->currentData().toString();
    const QStringList tags = m_store.allTags();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString &tag : tags)
        m_tag->addItem(QLatin1Char('#') + tag, tag);
    // The same tag, in whatever case it is spelled now; one no longer used shows everything.
    int index = current.isEmpty() ? 0 : -1;
    for (int i = 1; i < m_tag->count() && index < 0; ++i) {
        if (m_tag->itemData(i).toString().compare(current, Qt::CaseInsensitive) == 0)
            index = i;
    }
    m_tag->setCurrentIndex(qMax(index, 0));
    m_tag->setEnabled(!tags.isEmpty());
    if (index < 0) {
        m_filter->setTag(QString());
        updateEmptyState();
    }
}

void BookmarksPane::updateEmptyState()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_count->setText(shown == total ? QString::number(total)
                                    : tr("%1 of %2").arg(shown).arg(total));
    if (total == 0) {
        m_emptyTitle->setText(tr("No bookmarks yet"));
        m_emptyText->setText(tr("Press B while a clip plays, or right-click a citation, to keep "
                                "what matters."));
    } else if (shown == 0) {
        m_emptyTitle->setText(tr("No bookmark matches"));
        m_emptyText->setText(
                total == 1 ? tr("Your one bookmark does not fit these filters.")
                           : tr("None of your %1 bookmarks fits these filters.").arg(total));
    }
    m_export->setEnabled(total > 0);
    m_clearFilters->setVisible(total > 0 && shown == 0);
    m_stack->setCurrentIndex(shown == 0 ? 1 : 0);
    updateActions();
}

void BookmarksPane::applySort()
{
    const int index = qBound(0, m_sort->currentIndex(), int(std::size(sortChoices)) - 1);
    m_filter->sortBy(sortChoices[index].order, sortChoices[index].direction);
}

void BookmarksPane::clearFilters()
{
    m_text->clear();
    m_tag->setCurrentIndex(0);
    m_starredOnly->setChecked(false);
}

void BookmarksPane::copyLink()
{
    const std::optional<Bookmark> bookmark = currentBookmark();
    if (!bookmark)
        return;
    CitecastLink target;
    target.guid = bookmark->episodeGuid;
    if (bookmark->hasSpan()) {
        target.startMs = bookmark->startMs;
        target.endMs = bookmark->endMs;
    }
    const QString link = target.toString(); // encoded: a guid that is a URL stays one segment
    QGuiApplication::clipboard()->setText(link);
    Q_EMIT linkCopied(link);
}
