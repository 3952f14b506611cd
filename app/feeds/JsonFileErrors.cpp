#include "JsonFileErrors.h"

#include "import/JsonLocator.h"
#include "import/JsonText.h"

namespace JsonFileErrors {

namespace {

ImportError located(const QByteArray &json, const QString &fileName, qsizetype offset,
                    const QString &path, const QString &message)
{
    ImportError error;
    error.file = fileName;
    error.path = path;
    error.message = message;
    if (offset >= 0) {
        const JsonLocator::TextPosition position = JsonLocator::positionAt(json, offset);
        error.line = position.line;
        error.column = position.column;
    }
    return error;
}

} // namespace

std::optional<QJsonDocument> read(const QByteArray &json, const QString &fileName,
                                  ImportError *error)
{
    const JsonText::Problem encoding = JsonText::checkUtf8(json);
    if (!encoding.isNull()) {
        *error = located(json, fileName, encoding.offset, QString(), encoding.message);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonText::Problem syntax = JsonText::syntaxProblem(json, parseError);
        *error = located(json, fileName, syntax.offset, QString(), syntax.message);
        return std::nullopt;
    }
    return document;
}

ImportError at(const QByteArray &json, const QString &fileName, const JsonPath &path,
               const QString &message)
{
    return located(json, fileName, JsonLocator::offsetOf(json, path), path.toString(), message);
}

} // namespace JsonFileErrors
