#include "JsonLocator.h"

namespace {

// A forward-only reader over JSON text that steps over whole values without building them.
class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_json(json)
    {
        if (m_json.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    qsizetype pos() const { return m_pos; }
    void seek(qsizetype pos) { m_pos = pos; }
    bool atEnd() const { return m_pos >= m_json.size(); }
    char peek() const { return atEnd() ? '\0' : m_json.at(m_pos); }
    void advance() { ++m_pos; }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // At an opening quote: reads the string, decoding escapes into `text` when given.
    bool readString(QString *text)
    {
        ++m_pos;
        qsizetype runStart = m_pos;
        const auto flushRun = [&] {
            if (text)
                *text += QString::fromUtf8(m_json.constData() + runStart, m_pos - runStart);
        };
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                flushRun();
                ++m_pos;
                return true;
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flushRun();
            if (m_pos + 1 >= m_json.size()) {
                m_pos = m_json.size();
                return false;
            }
            m_pos += 2;
            if (text)
                *text += unescaped(m_json.at(m_pos - 1));
            runStart = m_pos;
        }
        return false;
    }

    // Steps over one value of any kind, nested containers and strings with escapes included.
    void skipValue()
    {
        const char first = peek();
        if (first == '"') {
            readString(nullptr);
            return;
        }
        if (first != '{' && first != '[') {
            while (!atEnd() && !isDelimiter(peek()))
                ++m_pos;
            return;
        }
        int depth = 0;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                readString(nullptr);
                continue;
            }
            ++m_pos;
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return;
            }
        }
    }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    // The character an escape stands for; \uXXXX gives one UTF-16 unit, so pairs combine.
    QString unescaped(char escape)
    {
        switch (escape) {
        case 'b':
            return QStringLiteral("\b");
        case 'f':
            return QStringLiteral("\f");
        case 'n':
            return QStringLiteral("\n");
        case 'r':
            return QStringLiteral("\r");
        case 't':
            return QStringLiteral("\t");
        case 'u': {
            bool ok = false;
            const ushort unit = m_json.mid(m_pos, 4).toUShort(&ok, 16);
            m_pos += 4;
            return ok ? QString(QChar(unit)) : QString();
        }
        default:
            return QString(QLatin1Char(escape));
        }
    }

    const QByteArray &m_json;
    qsizetype m_pos = 0;
};

// From the start of an object's value, moves to the value of its last member named `key`.
bool enterMember(Scanner &scanner, const QString &key)
{
    qsizetype found = -1;
    scanner.advance();
    for (;;) {
        scanner.skipWhitespace();
        if (scanner.peek() != '"')
            break;
        QString name;
        if (!scanner.readString(&name))
            break;
        scanner.skipWhitespace();
        if (scanner.peek() != ':')
            break;
        scanner.advance();
        scanner.skipWhitespace();
        if (name == key)
            found = scanner.pos();
        scanner.skipValue();
        scanner.skipWhitespace();
        if (scanner.peek() != ',')
            break;
        scanner.advance();
    }
    if (found < 0)
        return false;
    scanner.seek(found);
    return true;
}

// From the start of an array's value, moves to its item `index`.
bool enterItem(Scanner &scanner, int index)
{
    scanner.advance();
    for (int i = 0;; ++i) {
        scanner.skipWhitespace();
        if (scanner.atEnd() || scanner.peek() == ']')
            return false;
        if (i == index)
            return true;
        scanner.skipValue();
        scanner.skipWhitespace();
        if (scanner.peek() != ',')
            return false;
        scanner.advance();
    }
}

} // namespace

namespace JsonLocator {

qsizetype offsetOf(const QByteArray &json, const JsonPath &path)
{
    Scanner scanner(json);
    scanner.skipWhitespace();
    if (scanner.atEnd())
        return -1;
    for (const JsonPath::Step &step : path.steps()) {
        const qsizetype valueStart = scanner.pos();
        const char opening = scanner.peek();
        const bool entered = step.isIndex() ? opening == '[' && enterItem(scanner, step.index)
                                            : opening == '{' && enterMember(scanner, step.key);
        if (!entered)
            return valueStart;
    }
    return scanner.pos();
}

TextPosition positionAt(const QByteArray &json, qsizetype offset)
{
    TextPosition position {1, 1};
    const qsizetype end = qBound(qsizetype(0), offset, json.size());
    qsizetype i = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (; i < end; ++i) {
        const uchar c = uchar(json.at(i));
        if (c == '\n' || (c == '\r' && (i + 1 >= json.size() || json.at(i + 1) != '\n'))) {
            ++position.line;
            position.column = 1;
        } else if (c != '\r' && (c & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    return position;
}

} // namespace JsonLocator
