#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// Makes the audio the playback tests play, at test time: deterministic band-limited noise that is
// never silent, so any excerpt can be located in it to the sample, encoded in each format podcasts
// come in. Needs sox, lame, opusenc and ffmpeg (installed by scripts/setup).
class AudioFixtures
{
public:
    enum class Format { Wav, Mp3Cbr, Mp3Vbr, Opus, M4a };
    static constexpr int ReferenceRate = 48000;

    // Works in `dir`, which must exist and outlive the object.
    explicit AudioFixtures(QString dir);

    // The tools that are missing from PATH, empty when all are there.
    static QStringList missingTools();
    static QString formatName(Format format);
    static QVector<Format> allFormats();

    // Writes `seconds` of noise as reference.wav (48 kHz mono) and loads its samples.
    bool makeReference(int seconds);
    // 48 kHz mono samples of the reference: sample i plays at i / 48 ms.
    const QVector<qint16> &reference() const { return m_reference; }
    QString referencePath() const;

    // Encodes the reference (MP3, M4A and WAV from a 44.1 kHz stereo copy, so decoding has to
    // resample and mix; Opus from the 48 kHz mono original). Returns the path, empty on failure.
    QString encode(Format format);
    // A copy of `path` with only its first half: a download that stopped in the middle.
    QString truncatedCopy(const QString &path);

    QString errorString() const { return m_error; }

    // Runs a tool to completion; false with `error` set when it fails or cannot start.
    static bool run(const QString &program, const QStringList &arguments, QString *error);
    // Samples of a headerless signed 16-bit little-endian file.
    static QVector<qint16> readRaw(const QString &path);

private:
    QString path(const QString &name) const;
    bool tool(const QString &program, const QStringList &arguments);

    QString m_dir;
    QVector<qint16> m_reference;
    QString m_error;
};
