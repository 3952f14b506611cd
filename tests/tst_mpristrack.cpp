// MprisTrack: which span a desktop media control sees as the track, its id and its metadata.
#include "desktop/MprisTrack.h"

#include <QtTest>

class TestMprisTrack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesTracksWithValidObjectPaths_data();
    void namesTracksWithValidObjectPaths();
    void aClipContainsItsLaterStarts();
    void theEpisodeIsOneTrackFromZero();
    void describesTheClip();
    void aNullTrackHasNoMetadata();
};

namespace {
PlaybackRequest request(qint64 startMs, qint64 endMs, qint64 clipId, qint64 episodeId = 3)
{
    return {QStringLiteral("/audio/episode.mp3"),
            startMs,
            endMs,
            QStringLiteral("A claim"),
            clipId,
            episodeId};
}
} // namespace

void TestMprisTrack::namesTracksWithValidObjectPaths_data()
{
    QTest::addColumn<PlaybackRequest>("request");
    QTest::addColumn<QString>("path");
    QTest::newRow("clip") << request(1000, 2000, 7) << QStringLiteral("/io/github/citecast/clip/7");
    QTest::newRow("span") << request(1000, 2500, 0)
                          << QStringLiteral("/io/github/citecast/episode/3/span/1000_2500");
    QTest::newRow("episode") << request(4000, -1, 0)
                             << QStringLiteral("/io/github/citecast/episode/3");
    QTest::newRow("no episode") << request(0, -1, 0, 0)
                                << QStringLiteral("/io/github/citecast/episode/0");
}

void TestMprisTrack::namesTracksWithValidObjectPaths()
{
    QFETCH(PlaybackRequest, request);
    QFETCH(QString, path);
    // QDBusObjectPath empties (and warns about) a path that is not a valid object path.
    QCOMPARE(MprisTrack(request).id().path(), path);
}

void TestMprisTrack::aClipContainsItsLaterStarts()
{
    const MprisTrack track(request(2000, 5000, 7));
    QCOMPARE(track.startMs(), qint64(2000));
    QCOMPARE(track.lengthMs(), qint64(3000));
    QVERIFY(track.contains(request(2000, 5000, 7)));
    QVERIFY(track.contains(request(4999, 5000, 7)));
    QVERIFY(!track.contains(request(1999, 5000, 7))); // before the clip
    QVERIFY(!track.contains(request(3000, 6000, 7))); // another end
    QVERIFY(!track.contains(request(3000, 5000, 8))); // another clip
    QVERIFY(!track.contains(request(3000, -1, 0)));   // the window playing on past the clip
    PlaybackRequest otherFile = request(3000, 5000, 7);
    otherFile.source = QStringLiteral("/audio/other.mp3");
    QVERIFY(!track.contains(otherFile));

    const PlaybackRequest later = track.requestAt(1500);
    QCOMPARE(later.startMs, qint64(3500));
    QCOMPARE(later.endMs, qint64(5000));
    QCOMPARE(later.title, QStringLiteral("A claim"));
    QCOMPARE(later.clipId, qint64(7));
    QCOMPARE(track.requestAt(-100).startMs, qint64(2000));
}

void TestMprisTrack::theEpisodeIsOneTrackFromZero()
{
    MprisTrack track(request(30000, -1, 0));
    QVERIFY(track.isEpisode());
    QCOMPARE(track.startMs(), qint64(0));
    QCOMPARE(track.lengthMs(), qint64(-1)); // unknown until the window tells
    QVERIFY(!track.metadata().contains(QStringLiteral("mpris:length")));
    track.setEpisode({QStringLiteral("Sleep"), {}, 3600000});
    QCOMPARE(track.lengthMs(), qint64(3600000));
    QCOMPARE(track.metadata().value(QStringLiteral("mpris:length")).toLongLong(),
             qlonglong(3600000000));
    QVERIFY(track.contains(request(0, -1, 0)));
    QVERIFY(track.contains(request(90000, -1, 0)));
    QCOMPARE(track.requestAt(0).startMs, qint64(0));
}

void TestMprisTrack::describesTheClip()
{
    const QStringList artists {QStringLiteral("The Show"), QStringLiteral("A Guest")};
    const MprisTrack track(request(1000, 2500, 7), {QStringLiteral("Sleep"), artists, 60000});
    const QVariantMap map = track.metadata();
    QCOMPARE(map.value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>(), track.id());
    // mpris:length must be an int64 in microseconds.
    QCOMPARE(map.value(QStringLiteral("mpris:length")).metaType(), QMetaType::fromType<qint64>());
    QCOMPARE(map.value(QStringLiteral("mpris:length")).toLongLong(), qlonglong(1500000));
    QCOMPARE(map.value(QStringLiteral("xesam:title")).toString(), QStringLiteral("A claim"));
    QCOMPARE(map.value(QStringLiteral("xesam:album")).toString(), QStringLiteral("Sleep"));
    QCOMPARE(map.value(QStringLiteral("xesam:artist")).toStringList(), artists);
    QCOMPARE(map.value(QStringLiteral("xesam:url")).toString(),
             QStringLiteral("file:///audio/episode.mp3"));
    PlaybackRequest remote = request(1000, 2500, 7);
    remote.source = QStringLiteral("https://example.org/e.mp3");
    QCOMPARE(MprisTrack(remote).metadata().value(QStringLiteral("xesam:url")).toString(),
             remote.source);
}

void TestMprisTrack::aNullTrackHasNoMetadata()
{
    const MprisTrack track;
    QVERIFY(track.isNull());
    QVERIFY(track.metadata().isEmpty());
    QVERIFY(!track.contains(request(0, 1000, 0)));
}

QTEST_GUILESS_MAIN(TestMprisTrack)
#include "tst_mpristrack.moc"
