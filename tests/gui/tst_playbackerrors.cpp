// What the window says when an episode's audio cannot be played: a missing file, a file cut in
// half, no audio at all. One clear message naming the file, nothing stuck "playing".
#include "CitedTextView.h"
#include "EpisodePage.h"
#include "MainWindow.h"
#include "PlayerBar.h"
#include "TopicPane.h"
#include "import/Importer.h"
#include "playback/ClipPlayer.h"
#include "support/AudioFixtures.h"
#include "support/AudioOutputFake.h"
#include "support/TestLibrary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestPlaybackErrors : public QObject
{
    Q_OBJECT

private:
    // A pack whose one citation clip spans 40-44 s of `audioPath`.
    static QByteArray pack(const QString &audioPath)
    {
        return QStringLiteral(R"({"citecastPack": 1, "episodes": [{"guid": "urn:test:errors",
            "title": "Errors", "audio": {"path": "%1"},
            "topics": [{"title": "Topic", "sentences": [{"text": "A claim.", "citations": [1]}]}],
            "clips": [{"kind": "citation", "citation": 1, "start": 40000, "end": 44000}]}]})")
                .arg(audioPath)
                .toUtf8();
    }

    struct Result
    {
        QString playerBar;
        QString error;
        ClipPlayer::State state = ClipPlayer::State::Playing;
    };

    static Result clickCitation(const QString &audioPath)
    {
        TestLibrary library;
        const QString packPath = QDir(library.dir()).filePath(QStringLiteral("errors.json"));
        QFile file(packPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(pack(audioPath)) <= 0)
            return {};
        file.close();
        const ImportResult imported = Importer(library.database()).importFile(packPath);
        if (!imported.ok)
            return {};
        auto *output = new AudioOutputFake;
        ClipPlayer player {std::unique_ptr<AudioOutput>(output)};
        MainWindow window(library.database(), player);
        window.resize(1000, 700);
        window.show();
        window.openEpisode(imported.episodeIds.first());
        QSignalSpy errors(&player, &ClipPlayer::errorOccurred);
        CitedTextView *text = window.page()->topicPane(0)->textView();
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->chipRect(0).center());
        Result result;
        if (!QTest::qWaitFor([&errors] { return errors.count() > 0; }, 10000))
            return result;
        result.error = errors.first().first().toString();
        result.playerBar = window.playerBar()->nowPlayingText();
        result.state = player.state();
        return result;
    }

private Q_SLOTS:
    void missingFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("gone.opus"));
        const Result result = clickCitation(missing);
        QVERIFY2(result.error.contains(QStringLiteral("gone.opus")), qPrintable(result.error));
        QVERIFY2(result.playerBar.startsWith(QStringLiteral("Cannot play")),
                 qPrintable(result.playerBar));
        QVERIFY(result.playerBar.contains(QStringLiteral("gone.opus")));
        QCOMPARE(result.state, ClipPlayer::State::Stopped);
    }

    void fileCutInHalf()
    {
        QTemporaryDir dir;
        AudioFixtures fixtures(dir.path());
        QVERIFY2(fixtures.makeReference(60), qPrintable(fixtures.errorString()));
        const QString mp3 = fixtures.encode(AudioFixtures::Format::Mp3Cbr);
        QVERIFY(!mp3.isEmpty());
        const QString half = fixtures.truncatedCopy(mp3); // 30 s left; the clip is at 40 s
        const Result result = clickCitation(half);
        QVERIFY2(!result.error.isEmpty(), "no error for a clip beyond the end of a cut file");
        QVERIFY2(result.error.contains(QFileInfo(half).fileName()), qPrintable(result.error));
        QVERIFY(result.playerBar.startsWith(QStringLiteral("Cannot play")));
        QCOMPARE(result.state, ClipPlayer::State::Stopped);
    }

    void notAudio()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.mp3"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(20000, 'x'));
        file.close();
        const Result result = clickCitation(text);
        QVERIFY2(result.error.contains(QStringLiteral("notes.mp3")), qPrintable(result.error));
        QCOMPARE(result.state, ClipPlayer::State::Stopped);
    }
};

QTEST_MAIN(TestPlaybackErrors)
#include "tst_playbackerrors.moc"
