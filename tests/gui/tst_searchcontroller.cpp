// The window's search: type into the field (Ctrl+K), the results popup fills off the GUI thread,
// Enter plays the first result's span exactly, Ctrl+Enter opens its episode without playing.
#include "MainWindow.h"
#include "SearchController.h"
#include "SearchField.h"
#include "SearchResultsPopup.h"
#include "import/SampleLibrary.h"
#include "library/PlaybackSettings.h"
#include "playback/ClipPlayer.h"
#include "search/SearchResultModel.h"
#include "support/AudioOutputFake.h"
#include "support/TestLibrary.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestSearchController : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestLibrary library;
        QSettings store {QDir(library.dir()).filePath(QStringLiteral("settings.ini")),
                         QSettings::IniFormat};
        PlaybackSettings settings {&store};
        AudioOutputFake *output = new AudioOutputFake;
        ClipPlayer player {std::unique_ptr<AudioOutput>(output)};
        std::unique_ptr<MainWindow> window;

        Fixture()
        {
            SampleLibrary::import(library.database());
            window = std::make_unique<MainWindow>(library.database(), player, &settings);
            window->resize(1200, 850);
            window->show();
        }
    };

private Q_SLOTS:
    void typingShowsGroupedResults()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        SearchController *search = f.window->search();
        QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(search->field()->hasFocus());
        QTest::keyClicks(search->field(), QStringLiteral("opinion"));
        QTRY_VERIFY_WITH_TIMEOUT(search->popup()->isVisible(), 5000);
        QVERIFY(search->results()->hitCount() >= 3);
        QVERIFY(search->results()->rowCount() >= 2); // several kinds, each a group
        const QImage shot = f.window->grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(QDir::temp().filePath(QStringLiteral("citecast-search-popup.png")));
        // Escape hides the results and clears the field.
        QTest::keyClick(search->field(), Qt::Key_Escape);
        QVERIFY(!search->popup()->isVisible());
        QVERIFY(search->field()->text().isEmpty());
    }

    void enterPlaysTheFirstResultsSpan()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        SearchController *search = f.window->search();
        search->focusField();
        QSignalSpy started(&f.player, &ClipPlayer::started);
        QTest::keyClicks(search->field(), QStringLiteral("\"drives improvements\""));
        QTRY_VERIFY_WITH_TIMEOUT(search->popup()->isVisible(), 5000);
        const SearchHit *first = search->popup()->currentHit();
        QVERIFY(first);
        QVERIFY(first->hasSpan());
        const qint64 startMs = first->startMs;
        const qint64 endMs = first->endMs;
        QTest::keyClick(search->field(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        const PlaybackRequest request = started.at(0).at(0).value<PlaybackRequest>();
        QCOMPARE(request.startMs, startMs);
        QCOMPARE(request.endMs, endMs);
        // The span is the library's: the question's clip ("What drives improvements ...").
        QSqlQuery query(f.library.connection());
        QVERIFY(query.exec(
                QStringLiteral("SELECT count(*) FROM clips WHERE start_ms = %1 AND end_ms = %2")
                        .arg(startMs)
                        .arg(endMs)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(!search->popup()->isVisible());
    }

    void ctrlEnterOpensWithoutPlaying()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        SearchController *search = f.window->search();
        search->focusField();
        QSignalSpy started(&f.player, &ClipPlayer::started);
        QSignalSpy opened(search, &SearchController::openRequested);
        // Enter pressed before the results arrive acts on them when they do.
        QTest::keyClicks(search->field(), QStringLiteral("overfitting"));
        QTest::keyClick(search->field(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
        QCOMPARE(f.window->currentEpisode(), opened.at(0).at(0).toLongLong());
        QTest::qWait(50);
        QCOMPARE(started.count(), 0);
    }

    void nothingFoundSaysSo()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window.get()));
        SearchController *search = f.window->search();
        search->focusField();
        QTest::keyClicks(search->field(), QStringLiteral("zzqqxx"));
        QTRY_VERIFY_WITH_TIMEOUT(search->popup()->isVisible(), 5000);
        QCOMPARE(search->results()->hitCount(), 0);
        QVERIFY(!search->popup()->currentHit());
    }
};

QTEST_MAIN(TestSearchController)
#include "tst_searchcontroller.moc"
