#include "AudioFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

AudioFixtures::AudioFixtures(QString dir)
    : m_dir(std::move(dir))
{ }

QStringList AudioFixtures::missingTools()
{
    QStringList missing;
    for (const char *name : {"sox", "lame", "opusenc", "ffmpeg"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty())
            missing << QString::fromLatin1(name);
    }
    return missing;
}

QString AudioFixtures::formatName(Format format)
{
    switch (format) {
    case Format::Wav:
        return QStringLiteral("wav");
    case Format::Mp3Cbr:
        return QStringLiteral("mp3-cbr");
    case Format::Mp3Vbr:
        return QStringLiteral("mp3-vbr");
    case Format::Opus:
        return QStringLiteral("opus");
    case Format::M4a:
        return QStringLiteral("m4a");
    }
    return QString();
}

QVector<AudioFixtures::Format> AudioFixtures::allFormats()
{
    return {Format::Wav, Format::Mp3Cbr, Format::Mp3Vbr, Format::Opus, Format::M4a};
}

QString AudioFixtures::path(const QString &name) const
{
    return QDir(m_dir).filePath(name);
}

QString AudioFixtures::referencePath() const
{
    return path(QStringLiteral("reference.wav"));
}

bool AudioFixtures::makeReference(int seconds)
{
    // -R: the same noise on every run. The band limits keep lossy codecs faithful to it.
    const QString raw = path(QStringLiteral("reference.raw"));
    if (!tool(QStringLiteral("sox"),
              {QStringLiteral("-R"), QStringLiteral("-n"), QStringLiteral("-r"),
               QString::number(ReferenceRate), QStringLiteral("-c"), QStringLiteral("1"),
               QStringLiteral("-b"), QStringLiteral("16"), referencePath(), QStringLiteral("synth"),
               QString::number(seconds), QStringLiteral("whitenoise"), QStringLiteral("sinc"),
               QStringLiteral("100-7000"), QStringLiteral("vol"), QStringLiteral("0.3")})
        || !tool(QStringLiteral("sox"),
                 {referencePath(), QStringLiteral("-t"), QStringLiteral("raw"),
                  QStringLiteral("-e"), QStringLiteral("signed"), QStringLiteral("-b"),
                  QStringLiteral("16"), QStringLiteral("-L"), raw}))
        return false;
    m_reference = readRaw(raw);
    if (m_reference.size() != qsizetype(seconds) * ReferenceRate) {
        m_error = QStringLiteral("reference has %1 samples").arg(m_reference.size());
        return false;
    }
    return true;
}

QString AudioFixtures::encode(Format format)
{
    const QString stereo = path(QStringLiteral("reference-44k-stereo.wav"));
    if (format != Format::Opus && !QFileInfo::exists(stereo)
        && !tool(QStringLiteral("sox"),
                 {referencePath(), QStringLiteral("-r"), QStringLiteral("44100"),
                  QStringLiteral("-c"), QStringLiteral("2"), QStringLiteral("-b"),
                  QStringLiteral("16"), stereo}))
        return QString();

    const QString quiet = QStringLiteral("--quiet");
    switch (format) {
    case Format::Wav:
        return stereo;
    case Format::Mp3Cbr: {
        const QString out = path(QStringLiteral("cbr.mp3"));
        return tool(QStringLiteral("lame"),
                    {quiet, QStringLiteral("-b"), QStringLiteral("128"), stereo, out})
                ? out
                : QString();
    }
    case Format::Mp3Vbr: {
        const QString out = path(QStringLiteral("vbr.mp3"));
        return tool(QStringLiteral("lame"),
                    {quiet, QStringLiteral("-V"), QStringLiteral("4"), stereo, out})
                ? out
                : QString();
    }
    case Format::Opus: {
        const QString out = path(QStringLiteral("speech.opus"));
        return tool(QStringLiteral("opusenc"), {quiet, referencePath(), out}) ? out : QString();
    }
    case Format::M4a: {
        const QString out = path(QStringLiteral("aac.m4a"));
        return tool(QStringLiteral("ffmpeg"),
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                     QStringLiteral("-i"), stereo, QStringLiteral("-c:a"), QStringLiteral("aac"),
                     QStringLiteral("-b:a"), QStringLiteral("128k"), out})
                ? out
                : QString();
    }
    }
    return QString();
}

QString AudioFixtures::truncatedCopy(const QString &source)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        m_error = in.errorString();
        return QString();
    }
    const QByteArray bytes = in.readAll();
    const QFileInfo info(source);
    const QString out = path(QStringLiteral("half-of-") + info.fileName());
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.left(bytes.size() / 2)) < 0) {
        m_error = file.errorString();
        return QString();
    }
    return out;
}

bool AudioFixtures::tool(const QString &program, const QStringList &arguments)
{
    return run(program, arguments, &m_error);
}

bool AudioFixtures::run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000)) {
        *error = program + QStringLiteral(" did not run: ") + process.errorString();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ")
                + QString::fromLocal8Bit(process.readAll()).trimmed();
        return false;
    }
    return true;
}

QVector<qint16> AudioFixtures::readRaw(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    QVector<qint16> samples(bytes.size() / 2);
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    for (qsizetype i = 0; i < samples.size(); ++i)
        samples[i] = qint16(data[2 * i] | (data[2 * i + 1] << 8));
    return samples;
}
