// Waveforms kept in the library: found again for the same file, not for one that changed since,
// nor in an older format; one row per file.
#include "storage/Database.h"
#include "support/TestLibrary.h"
#include "timeline/WaveformCache.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Waveform sampleWaveform()
{
    return Waveform::fromAmplitudes(10, 30, {0.1f, 0.9f, 0.3f}, {0.05f, 0.6f, 0.2f});
}

} // namespace

class TestWaveformCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_library.isValid());
        QVERIFY(m_library.database().schemaVersion() >= 2);
        m_audio = m_library.dir() + QStringLiteral("/episode.mp3");
        QFile file(m_audio);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1000, 'x'));
    }

    void stampsAFile()
    {
        const WaveformCache::Stamp stamp = WaveformCache::stampOf(m_audio);
        QVERIFY(stamp.isValid());
        QCOMPARE(stamp.size, 1000);
        QVERIFY(stamp.location.endsWith(QStringLiteral("/episode.mp3")));
        QVERIFY(stamp.modifiedMs > 0);
        // The same file by another path has the same location.
        const WaveformCache::Stamp again = WaveformCache::stampOf(
                m_library.dir() + QStringLiteral("/./../") + QFileInfo(m_library.dir()).fileName()
                + QStringLiteral("/episode.mp3"));
        QCOMPARE(again.location, stamp.location);
        QVERIFY(!WaveformCache::stampOf(m_library.dir() + QStringLiteral("/none.mp3")).isValid());
    }

    void findsWhatItStored()
    {
        WaveformCache cache(m_library.connection());
        const WaveformCache::Stamp stamp = WaveformCache::stampOf(m_audio);
        QVERIFY(!cache.find(stamp, 10).has_value());
        QVERIFY2(cache.store(stamp, sampleWaveform()), qPrintable(cache.errorString()));
        const std::optional<Waveform> found = cache.find(stamp, 10);
        QVERIFY(found.has_value());
        QCOMPARE(*found, sampleWaveform());
        // Another bucket size is another computation.
        QVERIFY(!cache.find(stamp, 20).has_value());
    }

    void forgetsAFileThatChanged()
    {
        WaveformCache cache(m_library.connection());
        const WaveformCache::Stamp stamp = WaveformCache::stampOf(m_audio);
        QVERIFY(cache.store(stamp, sampleWaveform()));

        WaveformCache::Stamp touched = stamp;
        touched.modifiedMs += 1000;
        QVERIFY(!cache.find(touched, 10).has_value());
        WaveformCache::Stamp grown = stamp;
        grown.size += 1;
        QVERIFY(!cache.find(grown, 10).has_value());

        // Storing the new state replaces the old row.
        QVERIFY(cache.store(touched, sampleWaveform()));
        QCOMPARE(m_library.count(QStringLiteral("waveform_peaks")), 1);
        QVERIFY(cache.find(touched, 10).has_value());
        QVERIFY(!cache.find(stamp, 10).has_value());
        QVERIFY(cache.remove(stamp.location));
        QCOMPARE(m_library.count(QStringLiteral("waveform_peaks")), 0);
    }

    void ignoresAnOlderFormat()
    {
        WaveformCache cache(m_library.connection());
        const WaveformCache::Stamp stamp = WaveformCache::stampOf(m_audio);
        QVERIFY(cache.store(stamp, sampleWaveform()));
        QSqlQuery query(m_library.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE waveform_peaks SET format = %1")
                                   .arg(Waveform::FormatVersion - 1)));
        QVERIFY(!cache.find(stamp, 10).has_value());
    }

private:
    TestLibrary m_library;
    QString m_audio;
};

QTEST_GUILESS_MAIN(TestWaveformCache)
#include "tst_waveformcache.moc"
