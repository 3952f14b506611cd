#pragma once

#include "JsonPath.h"
#include "PackProblems.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

// One JSON object of a pack, read field by field: each getter checks the type and form the pack
// format asks for and records a located problem instead of guessing, so the format's rules read
// as plain code in PackEpisodeReader. Unknown members are never looked at (forward compatibility).
class PackObject
{
public:
    enum class Need { Optional, Required };

    PackObject(QJsonObject object, JsonPath path, PackProblems *problems);

    const JsonPath &path() const { return m_path; }
    // The object's position in its array, or -1 when it is not an array item.
    int itemIndex() const { return m_path.isEmpty() ? -1 : m_path.steps().constLast().index; }
    bool has(const QString &key) const { return m_object.contains(key); }
    // Records a problem with the member `key` (which may be missing), or with the whole object.
    void report(const QString &key, const QString &message) const;
    void reportHere(const QString &message) const;

    // Each getter returns nullopt when the member is absent (a problem when it is Required) or
    // when its value is wrong (always a problem).

    // Any string.
    std::optional<QString> string(const QString &key, Need need = Need::Optional) const;
    // A string with something besides white space, trimmed.
    std::optional<QString> text(const QString &key, Need need = Need::Optional) const;
    // An integer >= 0 (>= 1 when `positive`) that fits an int.
    std::optional<int> integer(const QString &key, Need need = Need::Optional,
                               bool positive = false) const;
    // Milliseconds, or a clock string "h:mm:ss.mmm", "m:ss", "ss.mmm" (see TimeFormat).
    std::optional<qint64> time(const QString &key, Need need = Need::Optional) const;
    // An ISO 8601 date ("2023-06-13", midnight UTC) or date-time (UTC when no offset is given).
    std::optional<QDateTime> dateTime(const QString &key) const;
    // An array of texts (see text()).
    std::optional<QStringList> texts(const QString &key) const;
    // An array of positive integers.
    std::optional<QVector<int>> positiveIntegers(const QString &key) const;
    std::optional<PackObject> object(const QString &key, Need need = Need::Optional) const;
    // An array of objects; items that are not objects are reported and left out.
    std::optional<QVector<PackObject>> objects(const QString &key,
                                               Need need = Need::Optional) const;

    // The patterns times and dates must match; the JSON Schema uses the same ones.
    static QString timePattern();
    static QString dateTimePattern();

private:
    // The member's value when present; reports a missing Required member.
    std::optional<QJsonValue> member(const QString &key, Need need) const;

    QJsonObject m_object;
    JsonPath m_path;
    PackProblems *m_problems;
};
