#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVector>

// Records what a PulseAudio sink plays, through parec on its monitor, into a file (never a pipe
// that could fill up while the test waits), so an end-to-end test can tell which samples came
// out of the speakers and when.
class AudioRecorder
{
public:
    static constexpr int Rate = 48000;

    explicit AudioRecorder(QString sink);
    ~AudioRecorder();

    // Starts recording and waits until data flows (parec can take ~0.7 s).
    bool start(QString *error);
    // Samples recorded so far: the recording's clock, to time what happens during it.
    qint64 samplesSoFar() const;
    // Stops and returns every sample recorded (48 kHz mono).
    QVector<qint16> stop();

private:
    QString m_sink;
    QTemporaryDir m_dir;
    QString m_path;
    QProcess m_process;
};
