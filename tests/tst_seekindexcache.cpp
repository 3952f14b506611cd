// MP3 seek indexes: learned once per file, shared in memory, kept on disk for the next process,
// and forgotten when the file changes.
#include "playback/AudioSpanDecoder.h"
#include "playback/SeekIndexCache.h"
#include "support/AudioFixtures.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

class TestSeekIndexCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void learnsOnceAndKeepsItOnDisk();
    void forgetsAFileThatChanged();
    void keepsItInMemoryOnlyWhenOff();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_indexes;
    QString m_mp3;
    QString m_opus;
};

void TestSeekIndexCache::initTestCase()
{
    qputenv("CITECAST_SEEK_INDEX_DIR", m_indexes.path().toUtf8());
    AudioFixtures fixtures(m_dir.path());
    QVERIFY2(fixtures.makeReference(20), qPrintable(fixtures.errorString()));
    m_mp3 = fixtures.encode(AudioFixtures::Format::Mp3Vbr);
    m_opus = fixtures.encode(AudioFixtures::Format::Opus);
    QVERIFY(!m_mp3.isEmpty() && !m_opus.isEmpty());
}

void TestSeekIndexCache::learnsOnceAndKeepsItOnDisk()
{
    SeekIndexCache &cache = SeekIndexCache::instance();
    QCOMPARE(SeekIndexCache::folder(), m_indexes.path());
    QVERIFY(!cache.find(m_mp3));
    AudioSpanDecoder decoder;
    QVERIFY(decoder.open(m_mp3, 15000, 16000));
    const auto learned = cache.find(m_mp3);
    QVERIFY(learned);
    QVERIFY(learned->size() > 100); // a 20 s MP3 has about 770 frames
    QVERIFY(learned->back().pos > learned->front().pos);
    QVERIFY(learned->back().timestamp > learned->front().timestamp);
    QCOMPARE(QDir(m_indexes.path()).entryList({QStringLiteral("*.idx")}).size(), 1);

    // Another process would find it on disk.
    cache.clearMemory();
    const auto loaded = cache.find(m_mp3);
    QVERIFY(loaded);
    QCOMPARE(loaded->size(), learned->size());
    QCOMPARE(loaded->back().pos, learned->back().pos);
    QCOMPARE(loaded->back().timestamp, learned->back().timestamp);
    // Formats that seek well by themselves need none.
    QVERIFY(decoder.open(m_opus, 15000, 16000));
    QVERIFY(!cache.find(m_opus));
}

void TestSeekIndexCache::forgetsAFileThatChanged()
{
    const QString copy = m_dir.filePath(QStringLiteral("changing.mp3"));
    QVERIFY(QFile::copy(m_mp3, copy));
    AudioSpanDecoder decoder;
    QVERIFY(decoder.open(copy, 12000, 13000));
    QVERIFY(SeekIndexCache::instance().find(copy));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::Append));
    file.write(QByteArray(4096, '\0')); // another size: the index no longer describes it
    file.close();
    QVERIFY(!SeekIndexCache::instance().find(copy));
    SeekIndexCache::instance().clearMemory();
    QVERIFY(!SeekIndexCache::instance().find(copy)); // nor does the one on disk
}

void TestSeekIndexCache::keepsItInMemoryOnlyWhenOff()
{
    qputenv("CITECAST_SEEK_INDEX_DIR", "off");
    QVERIFY(SeekIndexCache::folder().isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("memory-only.mp3"));
    QVERIFY(QFile::copy(m_mp3, copy));
    const int before = QDir(m_indexes.path()).entryList({QStringLiteral("*.idx")}).size();
    AudioSpanDecoder decoder;
    QVERIFY(decoder.open(copy, 12000, 13000));
    QVERIFY(SeekIndexCache::instance().find(copy));
    QCOMPARE(QDir(m_indexes.path()).entryList({QStringLiteral("*.idx")}).size(), before);
    qputenv("CITECAST_SEEK_INDEX_DIR", m_indexes.path().toUtf8());
}

QTEST_GUILESS_MAIN(TestSeekIndexCache)
#include "tst_seekindexcache.moc"
