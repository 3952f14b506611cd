#include "PageText.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace PageText {

QString decode(const QByteArray &bytes)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    QStringDecoder windows1252("windows-1252");
    if (windows1252.isValid())
        return windows1252.decode(data);
    return QString::fromLatin1(data);
}

bool isBlankOrSeparator(const QString &line)
{
    for (QChar c : line) {
        if (!c.isSpace() && c != QChar(0x00C2) && c != QChar(0x00C3))
            return false;
    }
    return true;
}

QString cleanLine(const QString &line)
{
    QString cleaned = line;
    cleaned.replace(QStringLiteral("\u00C2\u00A0"), QStringLiteral(" "));
    cleaned.replace(QChar(0x00A0), QLatin1Char(' '));
    return cleaned.trimmed();
}

namespace {

// Words after which a full stop does not end a sentence.
bool isAbbreviation(const QString &text, int periodIndex)
{
    static const QStringList abbreviations
            = {QStringLiteral("e.g"), QStringLiteral("i.e"),  QStringLiteral("vs"),
               QStringLiteral("Dr"),  QStringLiteral("Mr"),   QStringLiteral("Mrs"),
               QStringLiteral("Ms"),  QStringLiteral("Prof"), QStringLiteral("St"),
               QStringLiteral("etc"), QStringLiteral("U.S"),  QStringLiteral("Jr")};
    int start = periodIndex;
    while (start > 0 && !text.at(start - 1).isSpace() && text.at(start - 1) != QLatin1Char('('))
        --start;
    const QString word = text.mid(start, periodIndex - start);
    return abbreviations.contains(word) || (word.size() == 1 && word.at(0).isUpper());
}

} // namespace

QVector<Sentence> sentences(const QString &paragraph)
{
    // A citation is one or more numbers (1-999) just before the end of a sentence:
    // "core knowledge 1." / "tasks 2, 3." / a paragraph's last word "tuning 4". "1,000." is not.
    static const QRegularExpression marker(QStringLiteral(
            "\\s+([1-9]\\d{0,2}(?:(?:\\s*,\\s+|\\s+)[1-9]\\d{0,2})*)(?=[.!?][\"”’)]*(?:\\s|$)|$)"));
    static const QRegularExpression number(QStringLiteral("[1-9]\\d{0,2}"));

    QVector<Sentence> result;
    Sentence current;
    int i = 0;
    auto finishSentence = [&]() {
        current.text = current.text.trimmed();
        if (!current.text.isEmpty() || !current.markers.isEmpty())
            result << current;
        current = Sentence();
    };
    while (i < paragraph.size()) {
        const QRegularExpressionMatch match
                = marker.match(paragraph, i, QRegularExpression::NormalMatch,
                               QRegularExpression::AnchorAtOffsetMatchOption);
        if (match.hasMatch()) {
            QRegularExpressionMatchIterator numbers = number.globalMatch(match.captured(1));
            while (numbers.hasNext()) {
                const QRegularExpressionMatch n = numbers.next();
                current.markers << Marker {n.captured(0).toInt(),
                                           int(match.capturedStart(1) + n.capturedStart(0)) + 1};
            }
            i = int(match.capturedEnd(0));
            continue;
        }
        const QChar c = paragraph.at(i);
        current.text += c;
        ++i;
        const bool terminal
                = c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?');
        if (!terminal)
            continue;
        // Closing quotes and brackets belong to the sentence they close.
        while (i < paragraph.size() && QStringLiteral("\"”’)").contains(paragraph.at(i)))
            current.text += paragraph.at(i++);
        const bool atBoundary = i >= paragraph.size() || paragraph.at(i).isSpace();
        if (atBoundary && !(c == QLatin1Char('.') && isAbbreviation(paragraph, i - 1)))
            finishSentence();
    }
    finishSentence();
    return result;
}

QPair<int, QString> splitEpisodeNumber(const QString &titleLine)
{
    static const QRegularExpression prefix(
            QStringLiteral("^(?:Ep(?:isode)?\\.?)\\s*#?(\\d{1,5})\\s*[:.\\-–—|]\\s*(.+)$"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = prefix.match(titleLine.trimmed());
    if (!match.hasMatch())
        return {-1, titleLine.trimmed()};
    return {match.captured(1).toInt(), match.captured(2).trimmed()};
}

int answeredQuestions(const QString &line)
{
    static const QRegularExpression answers(
            QStringLiteral("^Answers\\s+([\\d,]{1,9})\\s+questions?$"),
            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = answers.match(line.trimmed());
    if (!match.hasMatch())
        return -1;
    return match.captured(1).remove(QLatin1Char(',')).toInt();
}

bool isTabName(const QString &line)
{
    static const QStringList tabs
            = {QStringLiteral("topics covered"),     QStringLiteral("popular clips"),
               QStringLiteral("episode highlights"), QStringLiteral("questions answered"),
               QStringLiteral("transcript"),         QStringLiteral("chapters")};
    return tabs.contains(line.trimmed().toCaseFolded());
}

} // namespace PageText
