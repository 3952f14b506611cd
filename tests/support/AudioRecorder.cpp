#include "AudioRecorder.h"

#include "AudioFixtures.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>

AudioRecorder::AudioRecorder(QString sink)
    : m_sink(std::move(sink))
    , m_path(m_dir.filePath(QStringLiteral("recording.raw")))
{ }

AudioRecorder::~AudioRecorder()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

bool AudioRecorder::start(QString *error)
{
    m_process.setStandardOutputFile(m_path);
    m_process.start(QStringLiteral("parec"),
                    {QStringLiteral("-d"), m_sink + QStringLiteral(".monitor"),
                     QStringLiteral("--format=s16le"), QStringLiteral("--rate=%1").arg(Rate),
                     QStringLiteral("--channels=1"), QStringLiteral("--latency-msec=2"),
                     QStringLiteral("--raw")});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("parec did not start: ") + m_process.errorString();
        return false;
    }
    // Data flows once the file grows; wait for a little more so the stream has settled.
    QDeadlineTimer deadline(5000);
    while (samplesSoFar() < Rate / 10) {
        if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning) {
            *error = QStringLiteral("parec records nothing from %1.monitor: %2")
                             .arg(m_sink, QString::fromLocal8Bit(m_process.readAllStandardError()));
            return false;
        }
        QThread::msleep(10);
    }
    return true;
}

qint64 AudioRecorder::samplesSoFar() const
{
    return QFileInfo(m_path).size() / 2;
}

QVector<qint16> AudioRecorder::stop()
{
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    return AudioFixtures::readRaw(m_path);
}
