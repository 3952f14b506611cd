#include "AudioTones.h"

#include <QDataStream>
#include <QFile>

#include <cmath>

namespace AudioTones {

namespace {
constexpr int Rate = 48000;
constexpr qint64 WindowFrames = 20 * Rate / 1000;
constexpr double Pi = 3.14159265358979323846;
constexpr double Dominant = 0.6; // share of a window's energy that makes a tone "heard"
} // namespace

bool writeWav(const QString &path, qint64 lengthMs, const QVector<Tone> &tones)
{
    const qint64 frames = lengthMs * Rate / 1000;
    QVector<qint16> samples(frames, 0);
    for (const Tone &tone : tones) {
        const qint64 first = tone.startMs * Rate / 1000;
        const qint64 end = qMin(tone.endMs * Rate / 1000, frames);
        for (qint64 i = first; i < end; ++i)
            samples[i]
                    = qint16(std::lround(16000.0 * std::sin(2 * Pi * tone.hz * double(i) / Rate)));
    }
    const quint32 dataBytes = quint32(frames * 2);
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(Rate) << quint32(Rate * 2)
        << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    for (qint16 sample : std::as_const(samples))
        out << sample;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

double share(const QVector<qint16> &samples, qint64 from, qint64 length, double hz)
{
    // Goertzel: the energy at one frequency, against the window's total.
    const double coefficient = 2 * std::cos(2 * Pi * hz / Rate);
    double previous = 0;
    double beforePrevious = 0;
    double total = 0;
    const qint64 end = qMin<qint64>(from + length, samples.size());
    for (qint64 i = qMax<qint64>(from, 0); i < end; ++i) {
        const double x = samples.at(i);
        total += x * x;
        const double current = x + coefficient * previous - beforePrevious;
        beforePrevious = previous;
        previous = current;
    }
    const qint64 n = end - qMax<qint64>(from, 0);
    if (n <= 0 || total <= 0)
        return 0;
    const double power = previous * previous + beforePrevious * beforePrevious
            - coefficient * previous * beforePrevious;
    return qMin(1.0, 2 * power / (double(n) * total));
}

QVector<Heard> sequence(const QVector<qint16> &samples, const QVector<double> &candidates)
{
    QVector<Heard> heard;
    for (qint64 from = 0; from + WindowFrames <= samples.size(); from += WindowFrames / 2) {
        for (double hz : candidates) {
            if (share(samples, from, WindowFrames, hz) < Dominant)
                continue;
            if (heard.isEmpty() || heard.last().hz != hz)
                heard.append({hz, from});
            break;
        }
    }
    return heard;
}

} // namespace AudioTones
