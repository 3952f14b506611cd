// SubscriptionController in a real window against a local HTTP server: the File menu's actions,
// F5, progress in the status bar while feeds are fetched, the list told to reload, and failed
// feeds listed readably without stopping the others. Screenshots go to /tmp for review.
#include "EpisodeListPane.h"
#include "MainWindow.h"
#include "SubscriptionController.h"
#include "import/SampleLibrary.h"
#include "library/PlaybackSettings.h"
#include "playback/ClipPlayer.h"
#include "subscriptions/RefreshThread.h"
#include "subscriptions/SubscriptionStore.h"
#include "support/AudioOutputFake.h"
#include "support/FeedHttpServer.h"
#include "support/TestLibrary.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace {

QByteArray feed(const QString &title)
{
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title.toUtf8()
            + "</title><item><title>One</title><guid>" + title.toUtf8()
            + "-1</guid></item></channel></rss>";
}

} // namespace

class TestSubscriptionController : public QObject
{
    Q_OBJECT

private:
    FeedHttpServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_server.serve(QStringLiteral("/good.xml"), feed(QStringLiteral("Good Show")));
        FeedHttpServer::Route slow;
        slow.body = feed(QStringLiteral("Slow Show"));
        slow.delayMs = 1500;
        m_server.add(QStringLiteral("/slow.xml"), slow);
    }

    void menuHoldsBothActions()
    {
        TestLibrary library;
        QMainWindow window;
        SubscriptionController controller(library.database(), &window, window.statusBar());
        QMenu *file = window.menuBar()->addMenu(QStringLiteral("&File"));
        controller.fillFileMenu(file);
        QCOMPARE(file->actions().size(), 4);
        QCOMPARE(file->actions().at(0)->text(), QStringLiteral("&Subscribe to Podcast\u2026"));
        QCOMPARE(file->actions().at(1)->shortcut(), QKeySequence(Qt::Key_F5));
    }

    void refreshShowsProgressThenReportsFailures()
    {
        TestLibrary library;
        SubscriptionStore store(library.connection());
        store.add(m_server.url(QStringLiteral("/good.xml")));
        store.add(m_server.url(QStringLiteral("/slow.xml")));
        store.add(m_server.url(QStringLiteral("/gone.xml")));
        QMainWindow window;
        window.resize(900, 560);
        window.setCentralWidget(new QLabel(QStringLiteral("Episodes"), &window));
        SubscriptionController controller(library.database(), &window, window.statusBar());
        QSignalSpy changed(&controller, &SubscriptionController::libraryChanged);
        QSignalSpy done(controller.refresher(), &RefreshThread::finished);
        window.addAction(controller.refreshAllAction());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(&window, Qt::Key_F5);
        auto *bar = window.statusBar()->findChild<QProgressBar *>();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        QVERIFY(!controller.refreshAllAction()->isEnabled()); // one refresh at a time
        QTRY_VERIFY(window.statusBar()->findChild<QLabel *>()->text().startsWith(
                QStringLiteral("Refreshing feeds: ")));
        window.grab().save(QStringLiteral("/tmp/subs-refreshing.png"));

        QVERIFY(done.wait(20000));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!bar->isVisible());
        QVERIFY(controller.refreshAllAction()->isEnabled());
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Feeds refreshed: 2 updated, 1 failed"));
        QMessageBox *box = window.findChild<QMessageBox *>(QStringLiteral("feedRefreshErrors"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->text().startsWith(QStringLiteral("1 of 3 feeds")));
        QVERIFY2(box->informativeText().contains(QStringLiteral("HTTP 404 Not Found")),
                 qPrintable(box->informativeText()));
        box->grab().save(QStringLiteral("/tmp/subs-errors.png"));
        box->accept();
    }

    void subscribeAsksForTheAddress()
    {
        TestLibrary library;
        QMainWindow window;
        SubscriptionController controller(library.database(), &window, window.statusBar());
        QSignalSpy changed(&controller, &SubscriptionController::libraryChanged);
        controller.subscribeAction()->trigger();
        QInputDialog *dialog = window.findChild<QInputDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->grab().save(QStringLiteral("/tmp/subs-dialog.png"));
        dialog->setTextValue(m_server.url(QStringLiteral("/good.xml")));
        dialog->accept();
        QVERIFY(changed.wait(20000));
        SubscriptionStore store(library.connection());
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().constFirst().showTitle, QStringLiteral("Good Show"));

        controller.subscribe(QStringLiteral("not a url at all"));
        QMessageBox *box = window.findChild<QMessageBox *>(QStringLiteral("subscriptionProblem"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("not a feed address")));
        QCOMPARE(store.list().size(), 1);
        box->accept();
    }

    void theWindowsFileMenuRefreshesAndTheListReloads()
    {
        TestLibrary library;
        QVERIFY(SampleLibrary::import(library.database()).ok);
        SubscriptionStore store(library.connection());
        store.add(m_server.url(QStringLiteral("/good.xml")));
        QSettings settingsStore(QDir(library.dir()).filePath(QStringLiteral("settings.ini")),
                                QSettings::IniFormat);
        PlaybackSettings settings(&settingsStore);
        ClipPlayer player {std::unique_ptr<AudioOutput>(new AudioOutputFake)};
        MainWindow window(library.database(), player, &settings);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int before = window.episodeList()->view()->model()->rowCount();

        QMenu *file = window.menuBar()->findChildren<QMenu *>().value(0);
        QVERIFY(file);
        QStringList texts;
        for (QAction *action : file->actions())
            texts << action->text();
        QVERIFY2(texts.contains(QStringLiteral("&Subscribe to Podcast\u2026"))
                         && texts.contains(QStringLiteral("&Refresh All Feeds")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        file->popup(window.mapToGlobal(QPoint(10, 10)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        file->grab().save(QStringLiteral("/tmp/subs-filemenu.png"));
        file->hide();

        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(),
                                  QStringLiteral("Feeds refreshed: 1 updated"), 20000);
        QTRY_COMPARE(window.episodeList()->view()->model()->rowCount(), before + 1);
        window.grab().save(QStringLiteral("/tmp/subs-window.png"));
    }

    void opmlInAndOut()
    {
        TestLibrary library;
        QMainWindow window;
        SubscriptionController controller(library.database(), &window, window.statusBar());
        QSignalSpy changed(&controller, &SubscriptionController::libraryChanged);
        const QString opml = QDir(library.dir()).filePath(QStringLiteral("in.opml"));
        QFile in(opml);
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write("<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"Pods\">"
                 "<outline text=\"G\" xmlUrl=\""
                 + m_server.url(QStringLiteral("/good.xml")).toUtf8()
                 + "\"/></outline></body></opml>");
        in.close();
        controller.importOpml(opml);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Subscribed to 1 podcast from in.opml (0 already followed)"));
        QVERIFY(changed.wait(20000)); // then refreshed
        SubscriptionStore store(library.connection());
        QCOMPARE(store.list().constFirst().showTitle, QStringLiteral("Good Show"));
        QCOMPARE(store.list().constFirst().folder, QStringList {QStringLiteral("Pods")});

        const QString out = QDir(library.dir()).filePath(QStringLiteral("out.opml"));
        QVERIFY(controller.exportOpml(out));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.contains("<outline text=\"Pods\""));
        QVERIFY(bytes.contains("Good Show"));

        // A broken file: one message, nothing added.
        QFile broken(opml);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("<opml><body><outline");
        broken.close();
        controller.importOpml(opml);
        QMessageBox *box = window.findChild<QMessageBox *>(QStringLiteral("subscriptionProblem"));
        QVERIFY(box);
        QVERIFY2(box->text().startsWith(QStringLiteral("Nothing was imported: ") + opml),
                 qPrintable(box->text()));
        QCOMPARE(store.list().size(), 1);
    }

    void summaryAndDetailsReadWell()
    {
        FeedRefreshResult ok;
        ok.status = RefreshStatus::Updated;
        FeedRefreshResult same;
        same.status = RefreshStatus::NotModified;
        FeedRefreshResult bad;
        bad.status = RefreshStatus::Failed;
        bad.title = QStringLiteral("A <b> show");
        bad.error = QStringLiteral("http://x/feed: no answer within 30 s");
        QCOMPARE(SubscriptionController::summary({ok, same, same, bad}),
                 QStringLiteral("1 updated, 2 unchanged, 1 failed"));
        QCOMPARE(SubscriptionController::failureDetails({ok, bad}),
                 QStringLiteral("<p><b>A &lt;b&gt; show</b><br>http://x/feed: no answer within "
                                "30 s</p>"));
        QCOMPARE(SubscriptionController::failureDetails({ok, same}), QString());
        bad.title = bad.feedUrl = QStringLiteral("http://x/feed");
        QCOMPARE(SubscriptionController::failureDetails({bad}),
                 QStringLiteral("<p>http://x/feed: no answer within 30 s</p>"));
    }
};

QTEST_MAIN(TestSubscriptionController)
#include "tst_subscriptioncontroller.moc"
