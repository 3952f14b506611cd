#include "EpisodeFilterBar.h"

#include "models/EpisodeListFilter.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr qint64 minute = 60 * 1000;

// A length bucket as a QVariant: [min, max) in ms, -1 for no bound.
QVariant lengthRange(qint64 minMs, qint64 maxMs)
{
    return QVariant::fromValue(QList<qint64> {minMs, maxMs});
}

QToolButton *menuButton(const QString &text, QMenu *menu, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

} // namespace

EpisodeFilterBar::EpisodeFilterBar(EpisodeListFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_sortMenu(new QMenu(this))
    , m_filterMenu(new QMenu(this))
    , m_guest(new QLineEdit(this))
{
    setObjectName(QStringLiteral("episodeFilterBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    m_sortButton = menuButton(QString(), m_sortMenu, this);
    m_sortButton->setObjectName(QStringLiteral("episodeSortButton"));
    m_sortButton->setAccessibleName(tr("Sort episodes"));
    m_filterButton = menuButton(tr("Filter"), m_filterMenu, this);
    m_filterButton->setObjectName(QStringLiteral("episodeFilterButton"));
    m_filterButton->setAccessibleName(tr("Filter episodes by\u2026"));
    buttons->addWidget(m_sortButton);
    buttons->addStretch(1);
    buttons->addWidget(m_filterButton);
    layout->addLayout(buttons);

    m_guest->setObjectName(QStringLiteral("episodeGuestFilter"));
    m_guest->setPlaceholderText(tr("Guest name"));
    m_guest->setAccessibleName(tr("Filter by guest"));
    m_guest->setClearButtonEnabled(true);
    m_guest->installEventFilter(this);
    m_guest->hide();
    connect(m_guest, &QLineEdit::textChanged, m_filter, &EpisodeListFilter::setGuest);
    layout->addWidget(m_guest);

    // Shown while the filters narrow the list, in the look of the show bar above it.
    m_chip = new QWidget(this);
    m_chip->setObjectName(QStringLiteral("episodeFilterChip"));
    m_chip->setStyleSheet(QStringLiteral("#episodeFilterChip { background: #e6eefc; "
                                         "border-radius: 6px; }"));
    auto *chipRow = new QHBoxLayout(m_chip);
    chipRow->setContentsMargins(10, 4, 4, 4);
    m_summary = new QLabel(m_chip);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided to fit
    m_summary->installEventFilter(this);
    chipRow->addWidget(m_summary, 1);
    m_clear = new QToolButton(m_chip);
    m_clear->setObjectName(QStringLiteral("clearEpisodeFilters"));
    m_clear->setText(tr("Clear"));
    m_clear->setAccessibleName(tr("Clear episode filters"));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::StrongFocus);
    m_clear->setCursor(Qt::PointingHandCursor);
    connect(m_clear, &QToolButton::clicked, m_filter, &EpisodeListFilter::clearFilters);
    chipRow->addWidget(m_clear);
    layout->addWidget(m_chip);

    buildSortMenu();
    buildFilterMenu();
    connect(m_filter, &EpisodeListFilter::criteriaChanged, this, &EpisodeFilterBar::syncToFilter);
    syncToFilter();
}

void EpisodeFilterBar::buildSortMenu()
{
    m_sortGroup = new QActionGroup(this);
    using Key = EpisodeListFilter::SortKey;
    for (Key key : {Key::Library, Key::Newest, Key::Oldest, Key::Longest, Key::Shortest, Key::Title,
                    Key::Show, Key::Number, Key::MostBookmarks}) {
        QAction *action = m_sortMenu->addAction(EpisodeListFilter::sortKeyName(key));
        action->setCheckable(true);
        action->setData(int(key));
        m_sortGroup->addAction(action);
        connect(action, &QAction::triggered, m_filter, [this, key] { m_filter->setSortKey(key); });
        if (key == Key::Library || key == Key::Shortest)
            m_sortMenu->addSeparator();
    }
}

QActionGroup *EpisodeFilterBar::addBuckets(QMenu *menu,
                                           const QList<QPair<QString, QVariant>> &buckets,
                                           const std::function<void(const QVariant &)> &apply)
{
    auto *group = new QActionGroup(this);
    for (const auto &[label, value] : buckets) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setData(value);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [apply, value] { apply(value); });
    }
    return group;
}

void EpisodeFilterBar::buildFilterMenu()
{
    m_transcript = m_filterMenu->addAction(tr("Has Transcript"));
    m_transcript->setCheckable(true);
    connect(m_transcript, &QAction::toggled, m_filter, &EpisodeListFilter::setRequireTranscript);
    m_bookmarks = m_filterMenu->addAction(tr("Has Bookmarks"));
    m_bookmarks->setCheckable(true);
    connect(m_bookmarks, &QAction::toggled, m_filter, &EpisodeListFilter::setRequireBookmarks);
    m_filterMenu->addAction(tr("Guest\u2026"), this, &EpisodeFilterBar::editGuest);
    m_filterMenu->addSeparator();

    QMenu *published = m_filterMenu->addMenu(tr("Published"));
    m_dateGroup = addBuckets(
            published,
            {{tr("Any Time"), 0},
             {tr("Last 7 Days"), 7},
             {tr("Last 30 Days"), 30},
             {tr("Last Year"), 365}},
            [this](const QVariant &days) { m_filter->setPublishedWithinDays(days.toInt()); });
    QMenu *length = m_filterMenu->addMenu(tr("Length"));
    m_lengthGroup = addBuckets(length,
                               {{tr("Any Length"), lengthRange(-1, -1)},
                                {tr("Under 30 min"), lengthRange(-1, 30 * minute)},
                                {tr("30\u201360 min"), lengthRange(30 * minute, 60 * minute)},
                                {tr("1 h or Longer"), lengthRange(60 * minute, -1)}},
                               [this](const QVariant &range) {
                                   const auto bounds = range.value<QList<qint64>>();
                                   m_filter->setDurationRange(bounds.at(0), bounds.at(1));
                               });
    m_filterMenu->addSeparator();
    m_filterMenu->addAction(tr("Clear Filters"), m_filter, &EpisodeListFilter::clearFilters);
}

void EpisodeFilterBar::editGuest()
{
    m_guest->show();
    m_guest->setFocus(Qt::OtherFocusReason);
    m_guest->selectAll();
}

bool EpisodeFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Escape in the guest field clears it and puts it away.
    if (watched == m_guest && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_guest->clear();
        m_guest->hide();
        return true;
    }
    if (watched == m_summary && event->type() == QEvent::Resize)
        elideSummary();
    return QWidget::eventFilter(watched, event);
}

void EpisodeFilterBar::syncToFilter()
{
    const QString sortName = EpisodeListFilter::sortKeyName(m_filter->sortKey());
    m_sortButton->setText(tr("Sort: %1").arg(sortName));
    for (QAction *action : m_sortGroup->actions())
        action->setChecked(action->data().toInt() == int(m_filter->sortKey()));

    const QSignalBlocker blockTranscript(m_transcript);
    const QSignalBlocker blockBookmarks(m_bookmarks);
    m_transcript->setChecked(m_filter->requiresTranscript());
    m_bookmarks->setChecked(m_filter->requiresBookmarks());
    for (QAction *action : m_dateGroup->actions())
        action->setChecked(action->data().toInt() == m_filter->publishedWithinDays());
    const QList<qint64> range {m_filter->minDurationMs(), m_filter->maxDurationMs()};
    for (QAction *action : m_lengthGroup->actions())
        action->setChecked(action->data().value<QList<qint64>>() == range);
    if (m_guest->text().trimmed() != m_filter->guest()) {
        const QSignalBlocker blockGuest(m_guest);
        m_guest->setText(m_filter->guest());
    }
    if (m_filter->guest().isEmpty() && !m_guest->hasFocus())
        m_guest->hide();

    const bool filtering = m_filter->isFiltering();
    m_filterButton->setText(filtering ? tr("Filter (%1)").arg(m_filter->filterCount())
                                      : tr("Filter"));
    m_summary->setToolTip(tr("Filtered: %1").arg(m_filter->summary()));
    m_chip->setVisible(filtering);
    elideSummary();
}

void EpisodeFilterBar::elideSummary()
{
    // The whole text is the tooltip; the chip keeps to one line.
    m_summary->setText(m_summary->fontMetrics().elidedText(m_summary->toolTip(), Qt::ElideRight,
                                                           m_summary->width()));
}
