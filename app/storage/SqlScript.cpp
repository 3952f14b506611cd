#include "SqlScript.h"

#include <QRegularExpression>

namespace SqlScript {

namespace {

// Removes a `--` comment unless it sits inside a string literal.
QString stripComment(const QString &line)
{
    bool inString = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\''))
            inString = !inString;
        else if (!inString && c == QLatin1Char('-') && i + 1 < line.size()
                 && line.at(i + 1) == QLatin1Char('-'))
            return line.left(i);
    }
    return line;
}

} // namespace

QStringList split(const QString &script)
{
    static const QRegularExpression triggerStart(
            QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("\\bEND\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = stripComment(rawLine).trimmed();
        if (line.isEmpty())
            continue;
        if (current.isEmpty())
            inTrigger = triggerStart.match(line).hasMatch();
        current += (current.isEmpty() ? QString() : QStringLiteral("\n")) + line;
        const bool complete
                = inTrigger ? triggerEnd.match(line).hasMatch() : line.endsWith(QLatin1Char(';'));
        if (complete) {
            statements << current;
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current;
    return statements;
}

} // namespace SqlScript
