#pragma once

#include "Waveform.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

// Decodes a whole audio file once, at low resolution, into its Waveform: FFmpeg without
// resampling, the channels mixed to mono, the peak and the RMS per bucket. Reading an hour of MP3
// takes seconds, so callers run it off the GUI thread; WaveformCache keeps the result.
class PeaksBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PeaksBuilder)

public:
    // Called after each decoded frame with 0..100; returning false stops the build.
    using Progress = std::function<bool(int percent)>;

    explicit PeaksBuilder(qint64 bucketMs = Waveform::DefaultBucketMs);

    // The waveform of the local file `path`; a null waveform when it cannot be read (see
    // errorString()) or when `progress` asked to stop (see wasCancelled()).
    Waveform build(const QString &path, const Progress &progress = {});

    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }

private:
    qint64 m_bucketMs;
    bool m_cancelled = false;
    QString m_error;
};
