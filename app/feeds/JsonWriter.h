#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <utility>

// Writes indented JSON straight into bytes with the keys in the order they are written —
// QJsonObject sorts keys and builds a tree first. `feed inspect --json` prints a whole feed with
// it, in the order docs/CLI.md documents.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *name);

    void value(const QString &text);
    void value(qint64 number);
    void value(bool flag);
    void null();
    // A string, or null when empty; a number, or null when negative.
    void stringOrNull(const QString &text);
    void numberOrNull(qint64 number);

    // The document, ending with a line break; the writer is empty afterwards.
    QByteArray takeBytes()
    {
        m_out += '\n';
        return std::exchange(m_out, QByteArray());
    }

private:
    void beforeValue();
    void newline();

    QByteArray m_out;
    int m_depth = 0;
    bool m_first = true;     // no item yet in the open object or array
    bool m_afterKey = false; // a key was just written: the value follows on its line
};
