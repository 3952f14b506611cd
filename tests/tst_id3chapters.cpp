// Chapters inside audio files: ID3v2 CHAP/CTOC through TagLib, MP4, Ogg and Opus through FFmpeg
// (AudioChapters), and files without chapters.
#include "feeds/AudioChapters.h"

#include <QDir>
#include <QtTest>

namespace {

QString sharedAudio()
{
    return QStringLiteral(CITECAST_SHARED_CORPUS "/audio/");
}

const QString heart = QStringLiteral("Chapter 1 - \u2764\ufe0f\U0001f60a");
const QString umlauts = QStringLiteral("Chapter 2 - \u00df\u00f6\u00c4");

} // namespace

class TestId3Chapters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsChapters_data();
    void readsChapters();
    void refusesWhatIsNotAudio();
};

void TestId3Chapters::readsChapters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QList<qint64>>("starts");
    QTest::addColumn<QString>("firstUrl");

    const QList<qint64> every3s {0, 3000, 6000, 9000};
    const QStringList auphonic {heart, umlauts, QStringLiteral("Chapter 3 - \u7231"),
                                QStringLiteral("Chapter 4")};
    // MIT-licensed, kept in tests/data.
    QTest::newRow("music-metadata mp3")
            << QStringLiteral(CITECAST_TEST_DATA "/audio/music-metadata-chapters.mp3")
            << QStringList {QStringLiteral("Introduction"), QStringLiteral("New chapter"),
                            QStringLiteral("Chapter 1")}
            << QList<qint64> {0, 1000, 2000}
            << QStringLiteral("https://github.com/Borewit/music-metadata");
    // GPL-licensed (AntennaPod), read from the shared corpus.
    QTest::newRow("auphonic mp3: CTOC, emoji, umlauts, duplicated title")
            << sharedAudio() + QStringLiteral("auphonic.mp3") << auphonic << every3s
            << QStringLiteral("https://example.com");
    QTest::newRow("hindenburg mp3: padded tag")
            << sharedAudio() + QStringLiteral("hindenburg-journalist-pro.mp3")
            << QStringList {QStringLiteral("Chapter Marker 1"), QStringLiteral("Chapter Marker 2")}
            << QList<qint64> {0, 5006} << QStringLiteral("https://example.com/chapter1url");
    QTest::newRow("mp3chaps: v2.4, CHAP before an unordered CTOC")
            << sharedAudio() + QStringLiteral("mp3chaps-py.mp3")
            << QStringList {QStringLiteral("Start"), QStringLiteral("Chapter 1"),
                            QStringLiteral("Chapter 2"), QStringLiteral("Chapter 3")}
            << QList<qint64> {0, 7000, 9000, 11000} << QString();
    QTest::newRow("no chapters: mp3") << sharedAudio() + QStringLiteral("ffmpeg-txxx-comment.mp3")
                                      << QStringList() << QList<qint64>() << QString();
    QTest::newRow("auphonic m4a") << sharedAudio() + QStringLiteral("auphonic.m4a") << auphonic
                                  << every3s << QString();
    QTest::newRow("nero chpl m4a") << sharedAudio() + QStringLiteral("nero-chapters.m4a")
                                   << auphonic << every3s << QString();
    QTest::newRow("hindenburg m4a")
            << sharedAudio() + QStringLiteral("hindenburg-journalist-pro.m4a")
            << QStringList {QStringLiteral("URL Title for Chapter 1"),
                            QStringLiteral("URL Title for Chapter 2")}
            << QList<qint64> {0, 5005} << QString();
    QTest::newRow("Vorbis comments: ogg")
            << sharedAudio() + QStringLiteral("auphonic.ogg") << auphonic << every3s << QString();
    QTest::newRow("Vorbis comments: opus")
            << sharedAudio() + QStringLiteral("auphonic.opus") << auphonic << every3s << QString();
    QTest::newRow("no chapters: opus") << sharedAudio() + QStringLiteral("opus-comment.opus")
                                       << QStringList() << QList<qint64>() << QString();
}

void TestId3Chapters::readsChapters()
{
    QFETCH(QString, path);
    QFETCH(QStringList, titles);
    QFETCH(QList<qint64>, starts);
    QFETCH(QString, firstUrl);
    if (path.startsWith(sharedAudio()) && !QDir(sharedAudio()).exists())
        QSKIP("GPL-licensed audio: needs ../shared/corpus, which is not here");
    const Parsed<ChapterList> parsed = AudioChapters::read(path);
    QVERIFY2(parsed.ok, qPrintable(parsed.error.toString()));
    QStringList gotTitles;
    QList<qint64> gotStarts;
    for (const Chapter &chapter : parsed.value) {
        gotTitles << chapter.title;
        gotStarts << chapter.startMs;
    }
    QCOMPARE(gotTitles, titles);
    QCOMPARE(gotStarts, starts);
    if (!parsed.value.isEmpty())
        QCOMPARE(parsed.value.constFirst().url, firstUrl);
}

void TestId3Chapters::refusesWhatIsNotAudio()
{
    const Parsed<ChapterList> missing = AudioChapters::read(QStringLiteral("/nonexistent/a.mp3"));
    QVERIFY(!missing.ok);
    QCOMPARE(missing.error.file, QStringLiteral("/nonexistent/a.mp3"));
    const Parsed<ChapterList> text
            = AudioChapters::read(QStringLiteral(CITECAST_TEST_DATA "/chapters/LICENSES.md"));
    QVERIFY(!text.ok);
    QVERIFY(text.error.message.contains(QLatin1String("FFmpeg")));
}

QTEST_GUILESS_MAIN(TestId3Chapters)
#include "tst_id3chapters.moc"
