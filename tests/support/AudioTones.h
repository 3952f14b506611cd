#pragma once

#include <QString>
#include <QVector>
#include <QtGlobal>

// Audio whose content can be told apart without aligning it to a source: tones of known pitch at
// known times, for tests where the sound is stretched in time (speed) so that cross-correlation
// cannot find it, but which tone plays when still can.
namespace AudioTones {

struct Tone
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    double hz = 440;
};

// Where a tone was found in a recording or output: its pitch and first frame.
struct Heard
{
    double hz = 0;
    qint64 frame = 0;
};

// Writes a 48 kHz mono 16-bit WAV of `lengthMs`, silent but for `tones` (half full scale).
bool writeWav(const QString &path, qint64 lengthMs, const QVector<Tone> &tones);

// The share (0 to 1) of the energy of samples [from, from + length) that lies at `hz` (48 kHz).
double share(const QVector<qint16> &samples, qint64 from, qint64 length, double hz);

// The tones of `candidates` heard in `samples` (48 kHz mono), in order, each with the frame where
// it starts to dominate a 20 ms window; silence and windows where none dominates are skipped.
QVector<Heard> sequence(const QVector<qint16> &samples, const QVector<double> &candidates);

} // namespace AudioTones
