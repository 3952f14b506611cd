#pragma once

#include <QString>
#include <QVector>

// A route from a JSON document's root to one value ("episodes[0].clips[3].end"): errors name the
// value by it, and JsonLocator follows it through the text to find the line and column.
class JsonPath
{
public:
    struct Step
    {
        QString key;    // the member name, when `index` is negative
        int index = -1; // the array position, or -1 for a member step

        bool isIndex() const { return index >= 0; }
        bool operator==(const Step &other) const
        {
            return key == other.key && index == other.index;
        }
    };

    JsonPath() = default;

    // This path extended by the member `key` or the array item `index`.
    JsonPath child(const QString &key) const;
    JsonPath item(int index) const;

    const QVector<Step> &steps() const { return m_steps; }
    bool isEmpty() const { return m_steps.isEmpty(); }
    // "episodes[0].clips[3].end"; empty for the root.
    QString toString() const;
    // The inverse of toString() for member names without '.', '[' or ']' (tests, tools).
    static JsonPath fromString(const QString &text);

    bool operator==(const JsonPath &other) const { return m_steps == other.m_steps; }

private:
    QVector<Step> m_steps;
};
