#include "SampleLibrary.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace SampleLibrary {

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/sample/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes `bytes` to `path` unless an identical file is there already.
bool ensureFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.size() == bytes.size()
        && existing.readAll() == bytes)
        return true;
    existing.close();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(bytes) != bytes.size()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

QString mediaDir(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteDir().filePath(QStringLiteral("citecast-sample"));
}

ImportResult import(Database &database)
{
    const QString dir = mediaDir(database.path());
    const QString pageName = QStringLiteral(":/sample/episode-page.txt");
    QString error;
    if (!QDir().mkpath(dir)
        || !ensureFile(QDir(dir).filePath(QStringLiteral("narration.opus")),
                       resource(QStringLiteral("narration.opus")), &error)) {
        ImportResult result;
        result.path = pageName;
        ImportError importError;
        importError.file = dir;
        importError.message
                = QCoreApplication::translate("SampleLibrary", "cannot copy the sample's audio: %1")
                          .arg(error);
        result.error = importError;
        return result;
    }
    Importer importer(database);
    return importer.importData(resource(QStringLiteral("episode-page.txt")), pageName, dir,
                               resource(QStringLiteral("episode-page.citecast.json")));
}

} // namespace SampleLibrary
