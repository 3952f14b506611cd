#include "SearchController.h"

#include "SearchField.h"
#include "SearchResultsPopup.h"
#include "search/SearchResultModel.h"
#include "search/SearchWorker.h"

#include <QMainWindow>
#include <QShortcut>
#include <QToolBar>

SearchController::SearchController(const QString &libraryPath, QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_toolBar(new QToolBar(QObject::tr("Search"), window))
    , m_field(new SearchField(m_toolBar))
    , m_results(new SearchResultModel(this))
    , m_popup(new SearchResultsPopup(m_results, window))
    , m_worker(new SearchWorker(libraryPath, this))
{
    m_toolBar->setObjectName(QStringLiteral("searchToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addWidget(m_field);
    window->addToolBar(Qt::TopToolBarArea, m_toolBar);

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), window);
    connect(shortcut, &QShortcut::activated, this, &SearchController::focusField);

    connect(m_field, &SearchField::searchRequested, this, &SearchController::search);
    connect(m_field, &SearchField::moveRequested, m_popup, &SearchResultsPopup::moveCurrent);
    connect(m_field, &SearchField::activateRequested, this, &SearchController::activateCurrent);
    connect(m_field, &SearchField::dismissRequested, m_popup, &QWidget::hide);
    connect(m_popup, &SearchResultsPopup::hitActivated, this, &SearchController::activate);
    connect(m_worker, &SearchWorker::resultsReady, this,
            [this](quint64, const QString &text, const SearchHits &hits) {
                m_results->setHits(hits);
                m_shownText = text;
                m_popup->setMessage(tr("Nothing found for \u201c%1\u201d.").arg(text));
                if (m_field->hasFocus() || m_activateWhenReady)
                    m_popup->showUnder(m_field, qMax(m_field->width(), 520));
                if (m_activateWhenReady && text == m_pendingText) {
                    m_activateWhenReady = false;
                    activateCurrent(m_activateOpenOnly);
                }
            });
    connect(m_worker, &SearchWorker::failed, this, [this](const QString &error) {
        Q_EMIT messageRequested(tr("Search failed: %1").arg(error));
    });
}

SearchController::~SearchController() = default;

void SearchController::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    if (m_results->hitCount() > 0)
        m_popup->showUnder(m_field, qMax(m_field->width(), 520));
}

void SearchController::search(const QString &text)
{
    m_pendingText = text;
    if (text.isEmpty()) {
        m_worker->cancel();
        m_results->clear();
        m_popup->hide();
        return;
    }
    m_worker->search(text, ResultLimit);
}

void SearchController::activateCurrent(bool openOnly)
{
    // Enter before the results of what is typed arrived: act on them when they do.
    if (m_worker->latestGeneration() != 0 && m_results->hitCount() == 0
        && !m_pendingText.isEmpty()) {
        m_activateWhenReady = true;
        m_activateOpenOnly = openOnly;
        return;
    }
    if (const SearchHit *hit = m_popup->currentHit())
        activate(*hit, openOnly);
}

void SearchController::activate(const SearchHit &hit, bool openOnly)
{
    if (hit.episodeId < 0) {
        Q_EMIT messageRequested(hit.kind == SearchKind::Show
                                        ? tr("%1 is a show: search show:\u201c%1\u201d for its "
                                             "episodes.")
                                                  .arg(hit.title)
                                        : tr("That bookmark's episode is no longer in the "
                                             "library."));
        return;
    }
    m_popup->hide();
    if (!openOnly && hit.hasSpan())
        Q_EMIT playRequested(hit.episodeId, hit.startMs, hit.endMs);
    else
        Q_EMIT openRequested(hit.episodeId, hit.hasSpan() ? hit.startMs : -1);
}
