#include "JsonText.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonText", text);
}

// Length of the well-formed UTF-8 sequence at `i`, or 0 when it is malformed (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF).
int utf8SequenceLength(const QByteArray &data, qsizetype i)
{
    const auto byte = [&](qsizetype at) {
        return at < data.size() ? uchar(data.at(at)) : 0;
    };
    const uchar lead = byte(i);
    if (lead < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        const uchar next = byte(i + k);
        if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
            return 0;
    }
    return length;
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The opening quote of the string that runs to the end of the text.
qsizetype openingQuoteOfLastString(const QByteArray &json)
{
    qsizetype opening = -1;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString && c == '\\') {
            ++i;
        } else if (c == '"') {
            inString = !inString;
            opening = inString ? i : -1;
        }
    }
    return opening;
}

QString syntaxMessage(QJsonParseError::ParseError error)
{
    const char *what = nullptr;
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        what = QT_TRANSLATE_NOOP("JsonText",
                                 "expected \",\" or \"}\" (is a comma missing, or a "
                                 "key without double quotes?)");
        break;
    case QJsonParseError::MissingNameSeparator:
        what = QT_TRANSLATE_NOOP("JsonText", "expected \":\" after the key");
        break;
    case QJsonParseError::UnterminatedArray:
        what = QT_TRANSLATE_NOOP("JsonText", "expected \",\" or \"]\"");
        break;
    case QJsonParseError::MissingValueSeparator:
        what = QT_TRANSLATE_NOOP("JsonText", "expected \",\" between the values");
        break;
    case QJsonParseError::IllegalValue:
        what = QT_TRANSLATE_NOOP("JsonText",
                                 "expected a value (a \"string\", a number, an "
                                 "object, an array, true, false or null)");
        break;
    case QJsonParseError::TerminationByNumber:
        what = QT_TRANSLATE_NOOP("JsonText", "the text ends inside a number");
        break;
    case QJsonParseError::IllegalNumber:
        what = QT_TRANSLATE_NOOP("JsonText", "not a valid number or value");
        break;
    case QJsonParseError::IllegalEscapeSequence:
        what = QT_TRANSLATE_NOOP("JsonText", "invalid escape sequence in a string");
        break;
    case QJsonParseError::IllegalUTF8String:
        what = QT_TRANSLATE_NOOP("JsonText", "invalid UTF-8 in a string");
        break;
    case QJsonParseError::UnterminatedString:
        what = QT_TRANSLATE_NOOP("JsonText", "the string that starts here is not closed");
        break;
    case QJsonParseError::MissingObject:
        what = QT_TRANSLATE_NOOP("JsonText", "expected a value after \",\" (a trailing comma?)");
        break;
    case QJsonParseError::DeepNesting:
        what = QT_TRANSLATE_NOOP("JsonText", "nested too deeply");
        break;
    case QJsonParseError::GarbageAtEnd:
        what = QT_TRANSLATE_NOOP("JsonText", "unexpected text after the end of the document");
        break;
    case QJsonParseError::DocumentTooLarge:
        return tr("the file is too large to read");
    case QJsonParseError::NoError:
        return QString();
    }
    return tr("JSON syntax error: %1").arg(tr(what));
}

} // namespace

namespace JsonText {

Problem checkUtf8(const QByteArray &json)
{
    qsizetype i = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < json.size()) {
        const int length = utf8SequenceLength(json, i);
        if (length == 0) {
            const QString byte = QString::number(uchar(json.at(i)), 16).toUpper();
            return {i, tr("not UTF-8 text (byte 0x%1 here); save the file as UTF-8").arg(byte)};
        }
        i += length;
    }
    return {};
}

Problem syntaxProblem(const QByteArray &json, const QJsonParseError &error)
{
    if (error.error == QJsonParseError::NoError)
        return {};
    qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), json.size());
    switch (error.error) {
    case QJsonParseError::UnterminatedString:
        offset = qMax(openingQuoteOfLastString(json), qsizetype(0));
        break;
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingObject:
        // Qt reports these one past the character it stumbled on.
        offset = qMax(offset - 1, qsizetype(0));
        while (offset < json.size() && isWhitespace(json.at(offset)))
            ++offset;
        break;
    default:
        break;
    }
    return {offset, syntaxMessage(error.error)};
}

} // namespace JsonText
