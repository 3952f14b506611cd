#include "ImportError.h"

QString ImportError::toString() const
{
    QString text = file;
    if (line > 0) {
        text += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            text += QLatin1Char(':') + QString::number(column);
    }
    if (!path.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + path;
    return text.isEmpty() ? message : text + QStringLiteral(": ") + message;
}
