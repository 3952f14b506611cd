#include "PackObject.h"

#include "domain/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QVariant>

#include <climits>
#include <cmath>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PackParser", text);
}

// How a message names a value that is not what the format asks for.
QString found(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(39) + QChar(0x2026);
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString mustBe(const QString &expected, const QJsonValue &value)
{
    return tr("must be %1, not %2").arg(expected, found(value));
}

QString notEmpty()
{
    return tr("must not be empty");
}

// A JSON number that is a whole number from `minimum` to `maximum`, else nullopt.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < double(minimum)
        || number > double(maximum))
        return std::nullopt;
    return value.toInteger(qint64(number));
}

} // namespace

PackObject::PackObject(QJsonObject object, JsonPath path, PackProblems *problems)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_problems(problems)
{ }

void PackObject::report(const QString &key, const QString &message) const
{
    m_problems->add(m_path.child(key), message);
}

void PackObject::reportHere(const QString &message) const
{
    m_problems->add(m_path, message);
}

std::optional<QJsonValue> PackObject::member(const QString &key, Need need) const
{
    const auto it = m_object.constFind(key);
    if (it != m_object.constEnd())
        return it.value();
    if (need == Need::Required)
        report(key, tr("is required"));
    return std::nullopt;
}

std::optional<QString> PackObject::string(const QString &key, Need need) const
{
    const std::optional<QJsonValue> value = member(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        report(key, mustBe(tr("a string"), *value));
        return std::nullopt;
    }
    return value->toString();
}

std::optional<QString> PackObject::text(const QString &key, Need need) const
{
    const std::optional<QString> value = string(key, need);
    if (!value)
        return std::nullopt;
    const QString trimmed = value->trimmed();
    if (trimmed.isEmpty()) {
        report(key, notEmpty());
        return std::nullopt;
    }
    return trimmed;
}

std::optional<int> PackObject::integer(const QString &key, Need need, bool positive) const
{
    const std::optional<QJsonValue> value = member(key, need);
    if (!value)
        return std::nullopt;
    const std::optional<qint64> number = wholeNumber(*value, positive ? 1 : 0, INT_MAX);
    if (!number) {
        report(key,
               mustBe(positive ? tr("a positive integer") : tr("a non-negative integer"), *value));
        return std::nullopt;
    }
    return int(*number);
}

std::optional<qint64> PackObject::time(const QString &key, Need need) const
{
    static const QRegularExpression timeExpression(timePattern());
    const std::optional<QJsonValue> value = member(key, need);
    if (!value)
        return std::nullopt;
    std::optional<qint64> ms;
    if (value->isDouble()) {
        ms = wholeNumber(*value, 0, qint64(1) << 53);
    } else if (value->isString() && timeExpression.match(value->toString()).hasMatch()) {
        ms = TimeFormat::parseClock(value->toString());
        if (ms && *ms < 0)
            ms.reset();
    }
    if (!ms)
        report(key, mustBe(tr("milliseconds or a time like \"1:02:03.500\""), *value));
    return ms;
}

std::optional<QDateTime> PackObject::dateTime(const QString &key) const
{
    static const QRegularExpression dateTimeExpression(dateTimePattern());
    const std::optional<QJsonValue> value = member(key, Need::Optional);
    if (!value)
        return std::nullopt;
    QDateTime result;
    if (value->isString() && dateTimeExpression.match(value->toString()).hasMatch()) {
        const QString text = value->toString().trimmed();
        if (text.size() == 10) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid())
                result = QDateTime(date, QTime(0, 0), Qt::UTC);
        } else {
            result = QDateTime::fromString(text, Qt::ISODate);
            if (result.isValid() && result.timeSpec() == Qt::LocalTime)
                result = QDateTime(result.date(), result.time(), Qt::UTC);
        }
    }
    if (!result.isValid()) {
        report(key,
               mustBe(tr("a date like \"2023-06-13\" or a date-time like \"2023-06-13T10:00:00Z\""),
                      *value));
        return std::nullopt;
    }
    return result.toUTC();
}

std::optional<QStringList> PackObject::texts(const QString &key) const
{
    const std::optional<QJsonValue> value = member(key, Need::Optional);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        report(key, mustBe(tr("an array of strings"), *value));
        return std::nullopt;
    }
    QStringList result;
    const QJsonArray array = value->toArray();
    for (int i = 0; i < array.size(); ++i) {
        const JsonPath itemPath = m_path.child(key).item(i);
        if (!array.at(i).isString())
            m_problems->add(itemPath, mustBe(tr("a string"), array.at(i)));
        else if (array.at(i).toString().trimmed().isEmpty())
            m_problems->add(itemPath, notEmpty());
        else
            result << array.at(i).toString().trimmed();
    }
    return result;
}

std::optional<QVector<int>> PackObject::positiveIntegers(const QString &key) const
{
    const std::optional<QJsonValue> value = member(key, Need::Optional);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        report(key, mustBe(tr("an array of positive integers"), *value));
        return std::nullopt;
    }
    QVector<int> result;
    const QJsonArray array = value->toArray();
    for (int i = 0; i < array.size(); ++i) {
        const std::optional<qint64> number = wholeNumber(array.at(i), 1, INT_MAX);
        if (number)
            result << int(*number);
        else
            m_problems->add(m_path.child(key).item(i),
                            mustBe(tr("a positive integer"), array.at(i)));
    }
    return result;
}

std::optional<PackObject> PackObject::object(const QString &key, Need need) const
{
    const std::optional<QJsonValue> value = member(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        report(key, mustBe(tr("an object"), *value));
        return std::nullopt;
    }
    return PackObject(value->toObject(), m_path.child(key), m_problems);
}

std::optional<QVector<PackObject>> PackObject::objects(const QString &key, Need need) const
{
    const std::optional<QJsonValue> value = member(key, need);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        report(key, mustBe(tr("an array"), *value));
        return std::nullopt;
    }
    QVector<PackObject> result;
    const QJsonArray array = value->toArray();
    for (int i = 0; i < array.size(); ++i) {
        const JsonPath itemPath = m_path.child(key).item(i);
        if (array.at(i).isObject())
            result << PackObject(array.at(i).toObject(), itemPath, m_problems);
        else
            m_problems->add(itemPath, mustBe(tr("an object"), array.at(i)));
    }
    return result;
}

QString PackObject::timePattern()
{
    return QStringLiteral("^[0-9]+(:[0-5]?[0-9]){0,2}(\\.[0-9]+)?$");
}

QString PackObject::dateTimePattern()
{
    return QStringLiteral(
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}"
            "(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,3})?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$");
}
