// MP3 frames found from their headers alone: exactly where FFmpeg reads them and stamped as it
// stamps them, for CBR, VBR, MPEG-2 and a file behind an ID3v2 tag; nothing for what is not MP3.
#include "playback/Mp3FrameIndex.h"
#include "support/AudioFixtures.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

extern "C" {
#include <libavformat/avformat.h>
}

namespace {

struct Scan
{
    qint64 firstPos = -1;
    qint64 firstDts = 0;
    qint64 ticks = 0;
    QVector<QPair<qint64, qint64>> packets; // pos, dts of every packet FFmpeg reads
};

// FFmpeg's own reading of the file: the reference.
Scan scan(const QString &path)
{
    Scan result;
    AVFormatContext *input = nullptr;
    if (avformat_open_input(&input, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return result;
    avformat_find_stream_info(input, nullptr);
    AVPacket *packet = av_packet_alloc();
    while (av_read_frame(input, packet) >= 0) {
        if (result.firstPos < 0) {
            result.firstPos = packet->pos;
            result.firstDts = packet->dts;
            result.ticks = packet->duration;
        }
        result.packets.append({packet->pos, packet->dts});
        av_packet_unref(packet);
    }
    av_packet_free(&packet);
    avformat_close_input(&input);
    return result;
}

} // namespace

class TestMp3FrameIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsTheFramesFfmpegReads_data();
    void findsTheFramesFfmpegReads();
    void keepsEveryStepthFrame();
    void findsNothingInWhatIsNotMp3();
    void readsHeaders();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AudioFixtures> m_fixtures;
};

void TestMp3FrameIndex::initTestCase()
{
    av_log_set_level(AV_LOG_ERROR);
    m_fixtures = std::make_unique<AudioFixtures>(m_dir.path());
    QVERIFY2(m_fixtures->makeReference(20), qPrintable(m_fixtures->errorString()));
    QVERIFY(!m_fixtures->encode(AudioFixtures::Format::Mp3Cbr).isEmpty());
    QVERIFY(!m_fixtures->encode(AudioFixtures::Format::Mp3Vbr).isEmpty());
    QString error;
    const QString wav = m_fixtures->referencePath();
    QVERIFY2(AudioFixtures::run(QStringLiteral("lame"),
                                {QStringLiteral("--quiet"), QStringLiteral("--resample"),
                                 QStringLiteral("22.05"), QStringLiteral("-m"), QStringLiteral("m"),
                                 QStringLiteral("-b"), QStringLiteral("32"), wav,
                                 m_dir.filePath(QStringLiteral("mpeg2.mp3"))},
                                &error),
             qPrintable(error));
    QVERIFY2(AudioFixtures::run(QStringLiteral("lame"),
                                {QStringLiteral("--quiet"), QStringLiteral("--add-id3v2"),
                                 QStringLiteral("--tt"), QStringLiteral("An episode"),
                                 QStringLiteral("--ta"), QStringLiteral("A show"),
                                 QStringLiteral("-V"), QStringLiteral("2"), wav,
                                 m_dir.filePath(QStringLiteral("tagged.mp3"))},
                                &error),
             qPrintable(error));
}

void TestMp3FrameIndex::findsTheFramesFfmpegReads_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("cbr") << QStringLiteral("cbr.mp3");
    QTest::newRow("vbr") << QStringLiteral("vbr.mp3");
    QTest::newRow("mpeg-2, 22 kHz mono") << QStringLiteral("mpeg2.mp3");
    QTest::newRow("behind an id3v2 tag") << QStringLiteral("tagged.mp3");
}

void TestMp3FrameIndex::findsTheFramesFfmpegReads()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    const Scan reference = scan(path);
    QVERIFY(reference.packets.size() > 100);
    const SeekIndexCache::Entries walked
            = Mp3FrameIndex::walk(path, reference.firstPos, reference.firstDts, reference.ticks, 1);
    // Every frame FFmpeg reads, at the same byte and the same time; perhaps not a cut-off last
    // one.
    QVERIFY(qint64(walked.size()) >= reference.packets.size() - 1);
    QVERIFY(qint64(walked.size()) <= reference.packets.size());
    for (size_t i = 0; i < walked.size(); ++i) {
        QCOMPARE(walked[i].pos, reference.packets.at(qsizetype(i)).first);
        QCOMPARE(walked[i].timestamp, reference.packets.at(qsizetype(i)).second);
    }
}

void TestMp3FrameIndex::keepsEveryStepthFrame()
{
    const QString path = m_dir.filePath(QStringLiteral("vbr.mp3"));
    const Scan reference = scan(path);
    const auto all
            = Mp3FrameIndex::walk(path, reference.firstPos, reference.firstDts, reference.ticks, 1);
    const auto some
            = Mp3FrameIndex::walk(path, reference.firstPos, reference.firstDts, reference.ticks, 4);
    QCOMPARE(some.size(), (all.size() + 3) / 4);
    QCOMPARE(some[3].pos, all[12].pos);
    QCOMPARE(some[3].timestamp, all[12].timestamp);
}

void TestMp3FrameIndex::findsNothingInWhatIsNotMp3()
{
    QVERIFY(Mp3FrameIndex::walk(m_fixtures->referencePath(), 44, 0, 1152, 1).empty());
    QVERIFY(Mp3FrameIndex::walk(m_dir.filePath(QStringLiteral("none.mp3")), 0, 0, 1152, 1).empty());
    const QString cbr = m_dir.filePath(QStringLiteral("cbr.mp3"));
    QVERIFY(Mp3FrameIndex::walk(cbr, 418, 0, 1152, 1).empty()); // not where a frame starts
}

void TestMp3FrameIndex::readsHeaders()
{
    quint32 layout = 0;
    QCOMPARE(Mp3FrameIndex::frameSize(0xfffb9064, &layout), 417); // 128 kbit/s, 44.1 kHz
    QCOMPARE(Mp3FrameIndex::frameSize(0xfffb9264), 418);          // the same, padded
    QCOMPARE(layout, 0xfffa0000u);
    QCOMPARE(Mp3FrameIndex::frameSize(0xfff34064), 104); // MPEG-2, 32 kbit/s, 22.05 kHz
    QCOMPARE(Mp3FrameIndex::frameSize(0x49443304), 0);   // "ID3": a tag, not a frame
    QCOMPARE(Mp3FrameIndex::frameSize(0xfffb0064), 0);   // free format: no size in the header
    QCOMPARE(Mp3FrameIndex::frameSize(0xffff9064), 0);   // layer I is not indexed
}

QTEST_GUILESS_MAIN(TestMp3FrameIndex)
#include "tst_mp3frameindex.moc"
