#include "WaveformLoader.h"

#include "PeaksBuilder.h"
#include "TimelineLog.h"
#include "WaveformCache.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSqlDatabase>

namespace {

// What the worker found, handed back to the loader's thread.
struct Outcome
{
    Waveform waveform;
    bool fromCache = false;
    bool cancelled = false;
    QString error;
};

// Runs on the worker thread: the cache first, then the decoder, then the cache again.
Outcome loadOrBuild(const QString &databasePath, const QString &audioPath, qint64 bucketMs,
                    const PeaksBuilder::Progress &progress)
{
    Outcome outcome;
    const WaveformCache::Stamp stamp = WaveformCache::stampOf(audioPath);
    QString connectionName;
    {
        QSqlDatabase db;
        if (!databasePath.isEmpty() && stamp.isValid()) {
            db = Database::openConnectionForThread(databasePath, QStringLiteral("waveform"));
            connectionName = db.connectionName();
        }
        WaveformCache cache(db);
        if (db.isOpen()) {
            if (std::optional<Waveform> cached = cache.find(stamp, bucketMs)) {
                outcome.waveform = *cached;
                outcome.fromCache = true;
            } else if (!cache.errorString().isEmpty()) {
                qCWarning(lcTimeline) << "cannot read cached peaks:" << cache.errorString();
            }
        }
        if (!outcome.fromCache) {
            QElapsedTimer timer;
            timer.start();
            PeaksBuilder builder(bucketMs);
            outcome.waveform = builder.build(audioPath, progress);
            outcome.cancelled = builder.wasCancelled();
            outcome.error = builder.errorString();
            if (!outcome.waveform.isNull()) {
                qCDebug(lcTimeline) << "peaks of" << audioPath << "in" << timer.elapsed() << "ms";
                if (db.isOpen() && !cache.store(stamp, outcome.waveform))
                    qCWarning(lcTimeline) << "cannot cache peaks:" << cache.errorString();
            }
        }
    }
    if (!connectionName.isEmpty())
        QSqlDatabase::removeDatabase(connectionName);
    return outcome;
}

} // namespace

WaveformLoader::WaveformLoader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

WaveformLoader::~WaveformLoader()
{
    cancel();
    m_pool.waitForDone();
}

void WaveformLoader::setBucketMs(qint64 bucketMs)
{
    m_bucketMs = std::max<qint64>(1, bucketMs);
}

void WaveformLoader::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancelled.reset();
    ++m_generation;
    m_audioPath.clear();
}

void WaveformLoader::finish(quint64 generation)
{
    if (generation == m_generation) {
        m_cancelled.reset();
        m_audioPath.clear();
    }
}

void WaveformLoader::load(const QString &databasePath, const QString &audioPath)
{
    cancel();
    const quint64 generation = m_generation;
    m_audioPath = audioPath;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;
    const qint64 bucketMs = m_bucketMs;
    m_pool.start([this, databasePath, audioPath, bucketMs, cancelled, generation] {
        if (cancelled->load())
            return;
        int reported = -1;
        const PeaksBuilder::Progress onProgress = [&](int percent) {
            if (percent != reported) {
                reported = percent;
                QMetaObject::invokeMethod(this, [this, generation, percent] {
                    if (generation == m_generation)
                        Q_EMIT this->progress(percent);
                });
            }
            return !cancelled->load();
        };
        const Outcome outcome = loadOrBuild(databasePath, audioPath, bucketMs, onProgress);
        if (outcome.cancelled)
            return;
        QMetaObject::invokeMethod(this, [this, generation, outcome] {
            if (generation != m_generation)
                return;
            finish(generation);
            if (outcome.waveform.isNull())
                Q_EMIT failed(outcome.error);
            else
                Q_EMIT ready(outcome.waveform, outcome.fromCache);
        });
    });
}
