#include "BookmarkController.h"

#include "BookmarkEditorDialog.h"
#include "BookmarkLook.h"
#include "BookmarksPane.h"
#include "EpisodePage.h"
#include "Theme.h"
#include "TimelineWidget.h"
#include "bookmarks/BookmarkDrafts.h"
#include "bookmarks/BookmarkExporter.h"
#include "bookmarks/BookmarkFilterModel.h"
#include "bookmarks/BookmarkListModel.h"
#include "bookmarks/BookmarkResolver.h"
#include "bookmarks/BookmarkSession.h"
#include "bookmarks/BookmarkStore.h"
#include "bookmarks/EditBookmarkCommand.h"
#include "domain/Counted.h"
#include "library/OpenEpisode.h"
#include "playback/ClipPlayer.h"
#include "storage/Database.h"
#include "storage/EpisodeReader.h"
#include "storage/EpisodeRemover.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

namespace {

// The export formats the file dialog offers, in its order.
struct ExportChoice
{
    const char *filter;
    BookmarkExporter::Format format;
    const char *suffix;
    bool folder = false;        // Markdown, one note per episode: a folder is asked for next
    bool byteOrderMark = false; // CSV that Excel reads as UTF-8
};

constexpr ExportChoice exportChoices[] = {
        {QT_TRANSLATE_NOOP("BookmarkController", "Markdown, one note (*.md)"),
         BookmarkExporter::Format::Markdown, "md"},
        {QT_TRANSLATE_NOOP("BookmarkController",
                           "Markdown, one note per episode, in a folder chosen next (*.md)"),
         BookmarkExporter::Format::Markdown, "md", true},
        {QT_TRANSLATE_NOOP("BookmarkController", "JSON, lossless (*.json)"),
         BookmarkExporter::Format::Json, "json"},
        {QT_TRANSLATE_NOOP("BookmarkController", "CSV for spreadsheets (*.csv)"),
         BookmarkExporter::Format::Csv, "csv"},
        {QT_TRANSLATE_NOOP("BookmarkController", "CSV for Excel, UTF-8 with BOM (*.csv)"),
         BookmarkExporter::Format::Csv, "csv", false, true},
        {QT_TRANSLATE_NOOP("BookmarkController", "Podcasting 2.0 soundbites (*.xml)"),
         BookmarkExporter::Format::Soundbite, "xml"},
};

} // namespace

BookmarkController::BookmarkController(Database &database, OpenEpisode &episode, ClipPlayer &player,
                                       EpisodePage &page, TimelineWidget &timeline, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_episode(episode)
    , m_player(player)
    , m_page(page)
    , m_timeline(timeline)
    , m_window(window)
    , m_store(new BookmarkStore(database.connection(), this))
    , m_undo(new QUndoStack(this))
{
    m_session = new BookmarkSession(*m_store, *m_undo, m_episode, this);
    m_pane = new BookmarksPane(*m_store, window);
    createActions(window);

    connect(m_store, &BookmarkStore::bookmarkAdded, this,
            [this](const Bookmark &bookmark) { m_lastAdded = bookmark; });
    for (auto signal : {&BookmarkStore::bookmarkAdded, &BookmarkStore::bookmarkChanged})
        connect(m_store, signal, this, &BookmarkController::storeChanged);
    connect(m_store, &BookmarkStore::bookmarkRemoved, this, &BookmarkController::storeChanged);
    connect(m_store, &BookmarkStore::bookmarksReset, this, &BookmarkController::storeChanged);

    connect(m_pane, &BookmarksPane::bookmarkActivated, this, &BookmarkController::openRequested);
    connect(m_pane, &BookmarksPane::editRequested, this, &BookmarkController::editBookmark);
    connect(m_pane, &BookmarksPane::exportRequested, this, &BookmarkController::exportBookmarks);
    connect(m_pane, &BookmarksPane::linkCopied, this,
            [this](const QString &link) { Q_EMIT messageRequested(tr("Copied %1").arg(link)); });
    connect(m_pane, &BookmarksPane::deleteRequested, this, [this](qint64 id) {
        QString why;
        if (!m_session->remove(id, &why))
            Q_EMIT messageRequested(why);
    });
    connect(m_pane, &BookmarksPane::starToggled, this, [this](qint64 id, bool starred) {
        const std::optional<Bookmark> before = m_store->bookmark(id);
        if (!before)
            return;
        Bookmark after = *before;
        after.starred = starred;
        QString why;
        if (!m_session->edit(*before, after, &why))
            Q_EMIT messageRequested(why);
    });
    connect(&m_timeline, &TimelineWidget::selectionBookmarkRequested, this,
            &BookmarkController::bookmarkRange);
    connect(&m_timeline, &TimelineWidget::markerActivated, this, [this](int lane, qint64 id) {
        if (lane != LaneId)
            return;
        const std::optional<Bookmark> bookmark = m_store->bookmark(id);
        if (!bookmark || !m_episode.isOpen())
            return;
        // Where it is now: a re-import may have retimed its clip.
        const BookmarkResolver::Resolution where
                = BookmarkResolver::resolveIn(*bookmark, m_episode.content());
        if (where.hasSpan())
            Q_EMIT playRequested(where.startMs, where.endMs);
    });
}

BookmarkController::~BookmarkController() = default;

void BookmarkController::createActions(QWidget *window)
{
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    const QIcon ribbon = BookmarkLook::ribbonIcon(Theme::accent());
    m_bookmark = new QAction(ribbon, tr("&Bookmark\u2026"), this);
    m_bookmark->setShortcut(Qt::Key_B);
    m_bookmark->setToolTip(tr("Bookmark the focused citation, else what plays"));
    m_recent = new QAction(tr("Bookmark the &Last 30 Seconds\u2026"), this);
    m_recent->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_B));
    m_selection = new QAction(tr("Bookmark the &Selection\u2026"), this);
    m_selection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_export = new QAction(tr("&Export Bookmarks\u2026"), this);
    m_deleteEpisode = new QAction(tr("&Delete Episode\u2026"), this);
    // Shortcuts anywhere in the window; text fields still take their own keys (a typed "b").
    for (QAction *action : {m_undoAction, m_redoAction, m_bookmark, m_recent, m_selection}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    connect(m_bookmark, &QAction::triggered, this, &BookmarkController::bookmarkFocused);
    connect(m_recent, &QAction::triggered, this, &BookmarkController::bookmarkRecent);
    connect(m_selection, &QAction::triggered, this, &BookmarkController::bookmarkSelection);
    connect(m_export, &QAction::triggered, this, &BookmarkController::exportBookmarks);
    connect(m_deleteEpisode, &QAction::triggered, this, [this] {
        if (m_episode.isOpen())
            deleteEpisode(m_episode.content().episode.id);
    });
}

void BookmarkController::fillEditMenu(QMenu *menu) const
{
    menu->addAction(m_undoAction);
    menu->addAction(m_redoAction);
    menu->addSeparator();
    menu->addAction(m_bookmark);
    menu->addAction(m_recent);
    menu->addAction(m_selection);
    menu->addSeparator();
    menu->addAction(m_deleteEpisode);
}

QVector<PlaybackActions::Shortcut> BookmarkController::shortcuts() const
{
    auto keys = [](const QAction *action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    return {
            {QString(), tr("Bookmarks")},
            {keys(m_bookmark), tr("Bookmark the focused citation, else the playing clip")},
            {keys(m_recent), tr("Bookmark the last 30 seconds")},
            {keys(m_selection), tr("Bookmark the timeline's selection")},
            {tr("Ctrl+Z, Ctrl+Shift+Z"), tr("Undo, redo a bookmark change")},
    };
}

QHash<qint64, int> BookmarkController::bookmarkCounts() const
{
    return m_store->countsByEpisode();
}

std::optional<Bookmark> BookmarkController::keep(const Bookmark &draft, bool openEditor)
{
    // The add and the editor's changes are one step on the stack: "Undo Add Bookmark".
    m_undo->beginMacro(tr("Add Bookmark"));
    m_lastAdded.reset();
    QString why;
    m_session->add(draft, &why); // its result counts the stack's index, which a macro holds still
    const std::optional<Bookmark> stored = m_lastAdded;
    if (!stored) {
        m_undo->endMacro();
        discardLastCommand();
        Q_EMIT messageRequested(
                tr("The bookmark could not be saved: %1").arg(m_store->errorString()));
        return std::nullopt;
    }
    Bookmark kept = *stored;
    if (openEditor) {
        const std::optional<Bookmark> edited = runEditor(*stored, true);
        if (!edited) {
            m_undo->endMacro();
            discardLastCommand(); // Cancel keeps nothing
            Q_EMIT messageRequested(tr("Bookmark discarded."));
            return std::nullopt;
        }
        if (*edited != *stored) {
            m_undo->push(new EditBookmarkCommand(m_store, *stored, *edited));
            kept = m_store->bookmark(stored->id).value_or(*stored);
            if (kept.note != edited->note || kept.starred != edited->starred) {
                m_undo->endMacro();
                Q_EMIT messageRequested(tr("The bookmark was kept, but not its note: %1")
                                                .arg(m_store->errorString()));
                return kept;
            }
        }
    }
    m_undo->endMacro();
    m_pane->selectBookmark(kept.id);
    Q_EMIT messageRequested(
            tr("Bookmarked \u201c%1\u201d.")
                    .arg(BookmarkLook::shortened(BookmarkLook::headline(kept), 60)));
    Q_EMIT bookmarkKept(kept);
    return kept;
}

std::optional<Bookmark> BookmarkController::runEditor(const Bookmark &stored, bool justMade)
{
    BookmarkEditorDialog editor(stored, m_store->allTags(), m_window);
    if (justMade)
        editor.setJustMade();
    if (editor.exec() != QDialog::Accepted)
        return std::nullopt;
    return editor.bookmark();
}

void BookmarkController::discardLastCommand()
{
    // QUndoStack forgets an obsolete command when it undoes it, without running its undo(); so
    // run it first by hand (nothing for an empty macro).
    auto *last = const_cast<QUndoCommand *>(m_undo->command(m_undo->index() - 1));
    if (!last)
        return;
    last->undo();
    last->setObsolete(true);
    m_undo->undo();
}

void BookmarkController::keepDraft(const std::optional<Bookmark> &draft, const QString &why)
{
    if (!draft) {
        Q_EMIT messageRequested(why);
        return;
    }
    keep(*draft);
}

void BookmarkController::bookmarkCitation(int topicIndex, int citationIndex)
{
    keepDraft(m_session->draftForCitation(topicIndex, citationIndex),
              tr("There is no such citation on this page."));
}

void BookmarkController::bookmarkClip(qint64 clipId)
{
    keepDraft(m_session->draftForClip(clipId), tr("There is no such clip on this page."));
}

void BookmarkController::bookmarkTopic(int topicIndex)
{
    keepDraft(m_session->draftForTopic(topicIndex), tr("There is no such topic on this page."));
}

void BookmarkController::bookmarkEpisode(qint64 episodeId)
{
    const std::optional<Episode> episode
            = EpisodeReader(m_database.connection(), m_database.path()).episode(episodeId);
    if (!episode)
        return Q_EMIT messageRequested(tr("That episode is no longer in the library."));
    keep(BookmarkDrafts::episode(*episode));
}

void BookmarkController::bookmarkRange(qint64 startMs, qint64 endMs)
{
    keepDraft(m_session->draftForRange(startMs, endMs),
              tr("Open an episode to bookmark a part of it."));
}

void BookmarkController::bookmarkFocused()
{
    if (const std::optional<std::pair<int, int>> citation = m_page.focusedCitation())
        return bookmarkCitation(citation->first, citation->second);
    if (m_player.state() == ClipPlayer::State::Stopped) {
        return Q_EMIT messageRequested(
                tr("Nothing to bookmark: focus a citation (Tab in a topic) or play a clip."));
    }
    QString why;
    keepDraft(m_session->draftForPlaying(m_player.currentRequest(), m_player.positionMs(), &why),
              why);
}

void BookmarkController::bookmarkRecent()
{
    const bool playingHere = m_player.state() != ClipPlayer::State::Stopped && m_episode.isOpen()
            && m_player.currentRequest().episodeId == m_episode.content().episode.id;
    if (!playingHere) {
        return Q_EMIT messageRequested(
                tr("Shift+B keeps the last 30 seconds of what plays in the open episode."));
    }
    keepDraft(m_session->draftForRecent(m_player.positionMs()), QString());
}

void BookmarkController::bookmarkSelection()
{
    if (!m_timeline.hasSelection()) {
        return Q_EMIT messageRequested(
                tr("Select a range on the timeline first (drag across it), then press Ctrl+B."));
    }
    const auto [startMs, endMs] = m_timeline.selection();
    bookmarkRange(startMs, endMs);
}

void BookmarkController::editBookmark(const Bookmark &bookmark)
{
    const std::optional<Bookmark> before = m_store->bookmark(bookmark.id);
    if (!before)
        return;
    const std::optional<Bookmark> after = runEditor(*before, false);
    if (!after || *after == *before)
        return;
    QString why;
    if (!m_session->edit(*before, *after, &why))
        Q_EMIT messageRequested(why);
}

void BookmarkController::exportBookmarks()
{
    // What the pane shows, in its order: all of them unless filtered. Right after start-up the
    // model may still be reading the store in batches; an export takes every bookmark.
    m_pane->listModel()->loadAll();
    QVector<Bookmark> bookmarks;
    const QAbstractItemModel *shown = m_pane->filterModel();
    for (int row = 0; row < shown->rowCount(); ++row)
        bookmarks << shown->index(row, 0).data(BookmarkListModel::BookmarkRole).value<Bookmark>();
    if (bookmarks.isEmpty())
        return Q_EMIT messageRequested(tr("There are no bookmarks to export."));

    QStringList filters;
    for (const ExportChoice &choice : exportChoices)
        filters << tr(choice.filter);
    QString filter = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(
            m_window,
            tr("Export %1").arg(counted(int(bookmarks.size()), tr("bookmark"), tr("bookmarks"))),
            QStringLiteral("bookmarks.md"), filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    // The chosen type, unless the name's suffix is another of ours (".json" typed under CSV).
    const ExportChoice *choice = &exportChoices[std::max<qsizetype>(0, filters.indexOf(filter))];
    const QString suffix = QFileInfo(path).suffix();
    if (!choice->folder
        && suffix.compare(QLatin1String(choice->suffix), Qt::CaseInsensitive) != 0) {
        for (const ExportChoice &known : exportChoices) {
            if (suffix.compare(QLatin1String(known.suffix), Qt::CaseInsensitive) == 0) {
                choice = &known;
                break;
            }
        }
    }
    if (choice->folder) {
        path = QFileDialog::getExistingDirectory(m_window,
                                                 tr("Choose the Folder for One Note per Episode"),
                                                 QFileInfo(path).absolutePath());
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/'); // a folder even when named "….md"
    } else if (suffix.isEmpty()) {
        path += QLatin1Char('.') + QLatin1String(choice->suffix);
    }
    BookmarkExporter::Options options;
    options.csvByteOrderMark = choice->byteOrderMark;
    BookmarkExporter exporter;
    if (!exporter.write(bookmarks, choice->format, path, options))
        return Q_EMIT messageRequested(exporter.errorString());
    const QString what = counted(int(bookmarks.size()), tr("bookmark"), tr("bookmarks"));
    if (choice->folder) {
        return Q_EMIT messageRequested(
                tr("Exported %1 to %2 in %3.")
                        .arg(what,
                             counted(int(exporter.writtenFiles().size()), tr("note"), tr("notes")),
                             QDir::toNativeSeparators(QDir(path).absolutePath())));
    }
    Q_EMIT messageRequested(tr("Exported %1 to %2.").arg(what, QDir::toNativeSeparators(path)));
}

void BookmarkController::deleteEpisode(qint64 episodeId)
{
    const std::optional<Episode> episode
            = EpisodeReader(m_database.connection(), m_database.path()).episode(episodeId);
    if (!episode)
        return;
    EpisodeRemover remover(m_database.connection());
    const int kept = remover.bookmarkCount(episodeId);
    QMessageBox question(QMessageBox::Warning, tr("Delete Episode"),
                         tr("Delete \u201c%1\u201d from the library?").arg(episode->title),
                         QMessageBox::Cancel, m_window);
    question.setObjectName(QStringLiteral("deleteEpisodeQuestion"));
    question.setInformativeText(
            kept > 0 ? tr("Its page, topics and clips leave the library. Its %1 stay as orphans: "
                          "you can still read and export them, and they find their place again "
                          "if you import the episode anew.")
                               .arg(counted(kept, tr("bookmark"), tr("bookmarks")))
                     : tr("Its page, topics and clips leave the library."));
    QPushButton *remove = question.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != remove)
        return;
    if (!remover.remove(episodeId))
        return Q_EMIT messageRequested(remover.errorString());
    m_store->invalidate(); // its bookmarks are orphans now
    Q_EMIT episodeRemoved(episodeId);
    Q_EMIT messageRequested(
            kept > 0 ? tr("Deleted \u201c%1\u201d; its %2 stay as orphans.")
                               .arg(episode->title, counted(kept, tr("bookmark"), tr("bookmarks")))
                     : tr("Deleted \u201c%1\u201d.").arg(episode->title));
}

void BookmarkController::updateLane()
{
    TimelineLane lane;
    lane.id = LaneId;
    lane.name = tr("Bookmarks");
    lane.color = BookmarkLook::starColor();
    QVector<TimelineMarker> markers;
    for (const Bookmark &bookmark : m_session->bookmarksOfOpenEpisode()) {
        // Drawn where it plays now (a re-import may have retimed its clip).
        const BookmarkResolver::Resolution where
                = BookmarkResolver::resolveIn(bookmark, m_episode.content());
        if (!where.hasSpan())
            continue;
        TimelineMarker marker;
        marker.laneId = LaneId;
        marker.id = bookmark.id;
        marker.startMs = where.startMs;
        marker.endMs = where.endMs;
        marker.label = tr("Bookmark");
        marker.title = BookmarkLook::shortened(BookmarkLook::headline(bookmark), 80);
        marker.toolTip = BookmarkLook::span(where.startMs, where.endMs) + QStringLiteral("  ")
                + marker.title;
        if (!bookmark.note.isEmpty())
            marker.toolTip += QLatin1Char('\n') + BookmarkLook::shortened(bookmark.note, 160);
        markers << marker;
    }
    // A title drawn under another, shorter bookmark would show through it: such a marker keeps
    // its words in its tooltip and accessible name only.
    for (TimelineMarker &marker : markers) {
        for (const TimelineMarker &other : std::as_const(markers)) {
            if (&other != &marker && other.startMs < marker.endMs && marker.startMs < other.endMs
                && other.endMs - other.startMs <= marker.endMs - marker.startMs) {
                marker.label = tr("Bookmark \u201c%1\u201d")
                                       .arg(BookmarkLook::shortened(marker.title, 60));
                marker.title.clear();
                break;
            }
        }
    }
    // Later markers are drawn on top and win clicks: the longest first, so a short bookmark
    // inside a topic's span stays visible and clickable.
    std::stable_sort(markers.begin(), markers.end(),
                     [](const TimelineMarker &a, const TimelineMarker &b) {
                         return a.endMs - a.startMs > b.endMs - b.startMs;
                     });
    if (markers.isEmpty())
        m_timeline.removeExtraLane(LaneId);
    else
        m_timeline.setExtraLane(lane, markers);
}

void BookmarkController::keepForTest(const QString &note)
{
    QTimer::singleShot(0, this, [this, note] {
        std::optional<Bookmark> draft = m_session->draftForRange(0, 10000);
        if (!draft) {
            std::fprintf(stderr, "citecast: no open episode to bookmark\n");
            return;
        }
        draft->note = note;
        const std::optional<Bookmark> kept = keep(*draft, false);
        std::printf("bookmark %lld\n", kept ? static_cast<long long>(kept->id) : 0LL);
        std::fflush(stdout);
    });
}

void BookmarkController::storeChanged()
{
    updateLane();
    Q_EMIT bookmarkCountsChanged(m_store->countsByEpisode());
}
