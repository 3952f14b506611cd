// A feed episode on the page: show notes (sanitized, links for the browser only), chapters as
// topic-like rows that play their span, soundbites, people; their timeline lanes; and nothing new
// on a page imported from an episode page. With CITECAST_SCREENSHOT_DIR set, the window with a
// feed episode, its transcript pane and the Shows tab is saved as PNG.
#include "ChapterSection.h"
#include "ClipRow.h"
#include "DescriptionSection.h"
#include "EpisodeListPane.h"
#include "EpisodePage.h"
#include "MainWindow.h"
#include "PersonsSection.h"
#include "ShowsPane.h"
#include "SoundbiteSection.h"
#include "Theme.h"
#include "TimelineMarkers.h"
#include "TimelineWidget.h"
#include "TranscriptController.h"
#include "TranscriptPane.h"
#include "feeds/FeedImport.h"
#include "import/SampleLibrary.h"
#include "library/PlaybackSettings.h"
#include "models/ClipListModel.h"
#include "models/ShowListModel.h"
#include "models/TranscriptModel.h"
#include "playback/ClipPlayer.h"
#include "storage/EpisodeReader.h"
#include "support/AudioHttpServer.h"
#include "support/AudioOutputFake.h"
#include "support/TestLibrary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

namespace {

const QString Title = QStringLiteral("Why loudness normalization changed mastering");

QVector<qint64> importOnscreen(TestLibrary &library)
{
    const QString path = TestPaths::data(QStringLiteral("feeds/onscreen/onscreen.xml"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const ImportResult result
            = FeedImport(library.database())
                      .importFeed(file.readAll(), QStringLiteral("onscreen.xml"), path);
    return result.ok ? result.episodeIds : QVector<qint64>();
}

std::optional<EpisodeContent> feedEpisode(TestLibrary &library, const QVector<qint64> &ids)
{
    EpisodeReader reader(library.connection(), library.path());
    for (qint64 id : ids) {
        std::optional<EpisodeContent> content = reader.content(id);
        if (content && content->episode.title == Title)
            return content;
    }
    return std::nullopt;
}

// Where the anchor to `href` is drawn in the browser's viewport.
QPoint anchorPoint(QTextBrowser *browser, const QString &href)
{
    QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() == href) {
                QTextCursor cursor(document);
                cursor.setPosition(fragment.position() + fragment.length() / 2);
                return browser->cursorRect(cursor).center();
            }
        }
    }
    return QPoint(-1, -1);
}

} // namespace

class TestFeedSections : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestLibrary library;
        QVector<qint64> ids = importOnscreen(library);
        std::optional<EpisodeContent> content = feedEpisode(library, ids);
        EpisodePage page;

        Fixture()
        {
            page.resize(900, 1400);
            if (content)
                page.setContent(*content);
            page.show();
        }
    };

private Q_SLOTS:
    void showsTheShowNotesSanitized()
    {
        Fixture f;
        QVERIFY(f.content);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        DescriptionSection *notes = f.page.descriptionSection();
        QVERIFY(notes);
        const QString text = notes->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("quietly ended")));
        QVERIFY(text.contains(QStringLiteral("A LUFS meter"))); // the image, as its alt text
        QVERIFY(!text.contains(QStringLiteral("alert")));       // no script
        QVERIFY(text.contains(QStringLiteral("Episode web page")));
        // Sized to its text: nothing to scroll inside.
        QVERIFY(notes->browser()->height() > 80);
        QCOMPARE(notes->browser()->verticalScrollBar()->maximum(), 0);
    }

    void loadsNoImageEvenIfOneSlipsThrough()
    {
        // The sanitizer turns images into links; the notes view refuses any that is left.
        QTemporaryDir dir;
        const QString local = QDir(dir.path()).filePath(QStringLiteral("cover.png"));
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(local));
        const QUrl localUrl = QUrl::fromLocalFile(local);
        DescriptionSection notes(
                QStringLiteral("<p>x <img src=\"%1\" alt=\"A\"></p>").arg(localUrl.toString()),
                QString());
        QVERIFY(notes.browser()->loadResource(QTextDocument::ImageResource, localUrl).isNull());
        QVERIFY(notes.browser()
                        ->loadResource(QTextDocument::ImageResource,
                                       QUrl(QStringLiteral("https://example.com/a.png")))
                        .isNull());
    }

    void aLinkClickGoesToTheBrowserNotInside()
    {
        Fixture f;
        QVERIFY(f.content);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QTextBrowser *browser = f.page.descriptionSection()->browser();
        const QString href = QStringLiteral("https://www.itu.int/rec/R-REC-BS.1770");
        const QPoint at = anchorPoint(browser, href);
        QVERIFY(at.x() >= 0);
        const QString before = browser->toHtml();
        QSignalSpy links(&f.page, &EpisodePage::linkActivated);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(links.count(), 1);
        QCOMPARE(links.at(0).at(0).toUrl(), QUrl(href));
        QVERIFY(browser->source().isEmpty());
        QCOMPARE(browser->toHtml(), before);
        QVERIFY(!browser->isBackwardAvailable());
    }

    void listsChaptersAndClickingOnePlaysItsSpan()
    {
        Fixture f;
        QVERIFY(f.content);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        ChapterSection *chapters = f.page.chapterSection();
        QVERIFY(chapters);
        QCOMPARE(chapters->rows().size(), 5);
        ChapterRow *second = chapters->rows().at(1);
        QCOMPARE(second->title(), QStringLiteral("What LUFS actually measures"));
        QVERIFY(second->linkLabel());
        QVERIFY(!chapters->rows().at(0)->linkLabel());

        QSignalSpy clips(&f.page, &EpisodePage::clipActivated);
        QTest::mouseClick(second, Qt::LeftButton, {}, QPoint(second->width() - 20, 10));
        QCOMPARE(clips.count(), 1);
        const Clip *clip = f.content->clipById(clips.at(0).at(0).toLongLong());
        QVERIFY(clip);
        QCOMPARE(clip->kind, ClipKind::Chapter);
        QCOMPARE(clip->startMs, 42000);
        QCOMPARE(clip->endMs, 225000); // up to the next chapter
        QTest::mouseClick(chapters->rows().at(3)->playButton(), Qt::LeftButton);
        QCOMPARE(clips.count(), 2);
        QCOMPARE(f.content->clipById(clips.at(1).at(0).toLongLong())->startMs, 480000);

        f.page.setPlayingClip(clip->id);
        QVERIFY(second->property("playing").toBool());
        QVERIFY(!chapters->rows().at(0)->property("playing").toBool());
    }

    void chapterLinksGoToTheBrowser()
    {
        Fixture f;
        QVERIFY(f.content);
        QSignalSpy links(&f.page, &EpisodePage::linkActivated);
        QSignalSpy clips(&f.page, &EpisodePage::clipActivated);
        QLabel *link = f.page.chapterSection()->rows().at(1)->linkLabel();
        QVERIFY(link->text().contains(QStringLiteral("en.wikipedia.org")));
        Q_EMIT link->linkActivated(QStringLiteral("https://en.wikipedia.org/wiki/LUFS"));
        QCOMPARE(links.count(), 1);
        QCOMPARE(links.at(0).at(0).toUrl(),
                 QUrl(QStringLiteral("https://en.wikipedia.org/wiki/LUFS")));
        QCOMPARE(clips.count(), 0);
    }

    void listsSoundbitesAsPlayableRows()
    {
        Fixture f;
        QVERIFY(f.content);
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        SoundbiteSection *soundbites = f.page.soundbiteSection();
        QVERIFY(soundbites);
        QCOMPARE(soundbites->rows().size(), 2);
        QSignalSpy clips(&f.page, &EpisodePage::clipActivated);
        QTest::mouseClick(soundbites->rows().at(1)->playButton(), Qt::LeftButton);
        QCOMPARE(clips.count(), 1);
        const Clip *clip = f.content->clipById(clips.at(0).at(0).toLongLong());
        QVERIFY(clip);
        QCOMPARE(clip->kind, ClipKind::Soundbite);
        QCOMPARE(clip->startMs, 512250);
        QCOMPARE(clip->endMs, 556250);
        QCOMPARE(clip->title, QStringLiteral("The quiet end of the loudness war"));
    }

    void listsPeopleWithRoleAndGroup()
    {
        Fixture f;
        QVERIFY(f.content);
        PersonsSection *people = f.page.personsSection();
        QVERIFY(people);
        QCOMPARE(people->personCount(), 3);
        QCOMPARE(PersonsSection::roleText(f.content->episode.persons.at(2)),
                 QStringLiteral("Producer \u00b7 audio post-production"));
        QStringList names;
        for (QLabel *label : people->findChildren<QLabel *>())
            names << label->text();
        QVERIFY(names.join(QLatin1Char('|')).contains(QStringLiteral("Dev Okafor")));
        QVERIFY(names.contains(QStringLiteral("Guest \u00b7 cast")));
    }

    void chaptersAndSoundbitesHaveTheirLanes()
    {
        Fixture f;
        QVERIFY(f.content);
        ClipListModel clips;
        clips.setClips(f.content->clips, f.content->episode.durationMs);
        TimelineMarkers markers;
        markers.setClips(&clips);
        QStringList lanes;
        for (const TimelineLane &lane : markers.lanes()) {
            lanes << lane.name;
            if (lane.name == QLatin1String("Chapters"))
                QCOMPARE(lane.color, Theme::kindColor(ClipKind::Chapter));
        }
        QCOMPARE(lanes, (QStringList {QStringLiteral("Chapters"), QStringLiteral("Soundbites")}));
        QVERIFY(Theme::kindColor(ClipKind::Soundbite) != Theme::kindColor(ClipKind::Chapter));
        QVERIFY(Theme::kindColor(ClipKind::Soundbite) != QColor(Qt::gray));
    }

    void pagesWithoutFeedContentShowNothingNew()
    {
        TestLibrary library;
        const ImportResult sample = SampleLibrary::import(library.database());
        QVERIFY(sample.ok);
        const std::optional<EpisodeContent> content
                = EpisodeReader(library.connection(), library.path())
                          .content(sample.episodeIds.value(0));
        QVERIFY(content);
        EpisodePage page;
        page.setContent(*content);
        QVERIFY(!page.descriptionSection());
        QVERIFY(!page.chapterSection());
        QVERIFY(!page.soundbiteSection());
        QVERIFY(!page.personsSection());
        QVERIFY(page.topicCount() > 0);
    }

    void theWindowShowsTheFeedEpisodeTranscriptAndShows()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        const QVector<qint64> ids = importOnscreen(library);
        const std::optional<EpisodeContent> content = feedEpisode(library, ids);
        QVERIFY(content);
        ClipPlayer player {std::make_unique<AudioOutputFake>()};
        MainWindow window(library.database(), player);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.episodeList()->selectEpisode(content->episode.id);
        window.openEpisode(content->episode.id);
        QCOMPARE(window.currentEpisode(), content->episode.id);
        TranscriptPane *pane = window.transcript()->pane();
        QTRY_VERIFY(pane->isVisible());
        QCOMPARE(pane->view()->model()->rowCount(), 16);
        window.transcript()->setPosition(content->episode.id, 50000);
        QCOMPARE(window.transcript()->model()->currentCue(), 4);
        QTest::qWait(400); // the transcript re-flows its cues to the pane's width
        const QImage episode = window.grab().toImage();
        save(episode, QStringLiteral("window-feed-episode.png"));
        window.page()->verticalScrollBar()->setValue(
                window.page()->chapterSection()->mapTo(window.page()->widget(), QPoint(0, 0)).y()
                - 60);
        save(window.grab().toImage(), QStringLiteral("window-feed-chapters.png"));

        // The Shows tab: the feed's show with its artwork; picking it filters the episode list.
        window.sidebar()->setCurrentWidget(window.showsPane());
        QListView *shows = window.showsPane()->view();
        QCOMPARE(shows->model()->rowCount(), 2);
        QTest::qWait(50);
        save(window.grab().toImage(), QStringLiteral("window-shows.png"));
        int row = -1;
        for (int r = 0; r < shows->model()->rowCount(); ++r) {
            if (shows->model()->index(r, 0).data().toString() == QLatin1String("Signal Path"))
                row = r;
        }
        QVERIFY(row >= 0);
        QTest::mouseClick(shows->viewport(), Qt::LeftButton, {},
                          shows->visualRect(shows->model()->index(row, 0)).center());
        QCOMPARE(window.sidebar()->currentWidget(), window.episodeList());
        QCOMPARE(window.episodeList()->showFilter(), QStringLiteral("Signal Path"));
        QCOMPARE(window.episodeList()->view()->model()->rowCount(), 2);
        QTest::qWait(50);
        save(window.grab().toImage(), QStringLiteral("window-show-filtered.png"));
        auto *showAll
                = window.episodeList()->findChild<QToolButton *>(QStringLiteral("showAllEpisodes"));
        QVERIFY(showAll);
        QTest::mouseClick(showAll, Qt::LeftButton);
        QVERIFY(window.episodeList()->showFilter().isEmpty());
        QVERIFY(window.episodeList()->view()->model()->rowCount() > 2);
    }

    void artworkIsFetchedOnlyWithConsent()
    {
        AudioHttpServer server;
        QVERIFY(server.start());
        QImage cover(32, 32, QImage::Format_RGB32);
        cover.fill(QColor(0xc2, 0x41, 0x7a));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(cover.save(&buffer, "PNG"));
        server.add(QStringLiteral("/art.png"), png, "image/png");

        TestLibrary library;
        const QString feedPath = QDir(library.dir()).filePath(QStringLiteral("remote-art.xml"));
        QFile feed(feedPath);
        QVERIFY(feed.open(QIODevice::WriteOnly));
        feed.write(QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\" "
                                  "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
                                  "<channel><title>Remote Art</title><itunes:image href=\"%1\"/>"
                                  "<item><title>One</title><guid>remote-art-1</guid></item>"
                                  "</channel></rss>")
                           .arg(server.url(QStringLiteral("/art.png")))
                           .toUtf8());
        feed.close();
        QVERIFY(feed.open(QIODevice::ReadOnly));
        QVERIFY(FeedImport(library.database())
                        .importFeed(feed.readAll(), QStringLiteral("remote-art.xml"), feedPath)
                        .ok);

        QSettings store(QDir(library.dir()).filePath(QStringLiteral("settings.ini")),
                        QSettings::IniFormat);
        PlaybackSettings settings(&store);
        QVERIFY(!settings.loadRemoteArtwork()); // off until the user allows it
        ClipPlayer player {std::make_unique<AudioOutputFake>()};
        MainWindow window(library.database(), player, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModel *shows = window.showsPane()->view()->model();
        QCOMPARE(shows->rowCount(), 1);
        QTest::qWait(200);
        QCOMPARE(server.requests(QStringLiteral("/art.png")), 0);
        QVERIFY(shows->index(0, 0).data(ShowListModel::ArtworkPathRole).toString().isEmpty());

        settings.setLoadRemoteArtwork(true); // Preferences › Load artwork from the internet
        QTRY_VERIFY(!shows->index(0, 0).data(ShowListModel::ArtworkPathRole).toString().isEmpty());
        QCOMPARE(server.requests(QStringLiteral("/art.png")), 1);
        const QString path = shows->index(0, 0).data(ShowListModel::ArtworkPathRole).toString();
        QVERIFY(path.startsWith(library.dir()));
    }

private:
    static void save(const QImage &image, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CITECAST_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            QVERIFY(image.save(QDir(dir).filePath(name)));
    }
};

QTEST_MAIN(TestFeedSections)
#include "tst_feedsections.moc"
