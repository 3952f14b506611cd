#include "JsonPath.h"

JsonPath JsonPath::child(const QString &key) const
{
    JsonPath path = *this;
    path.m_steps.append(Step {key, -1});
    return path;
}

JsonPath JsonPath::item(int index) const
{
    JsonPath path = *this;
    path.m_steps.append(Step {QString(), index});
    return path;
}

QString JsonPath::toString() const
{
    QString text;
    for (const Step &step : m_steps) {
        if (step.isIndex()) {
            text += QLatin1Char('[') + QString::number(step.index) + QLatin1Char(']');
        } else {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += step.key;
        }
    }
    return text;
}

JsonPath JsonPath::fromString(const QString &text)
{
    JsonPath path;
    QString key;
    const auto flushKey = [&] {
        if (!key.isEmpty())
            path = path.child(key);
        key.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('.')) {
            flushKey();
        } else if (c == QLatin1Char('[')) {
            flushKey();
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                break;
            path = path.item(text.mid(i + 1, close - i - 1).toInt());
            i = close;
        } else {
            key += c;
        }
    }
    flushKey();
    return path;
}
