#pragma once

#include <QString>
#include <QVector>

// Text-level rules of episode pages, kept apart from the section parser so each stays small.
namespace PageText {

struct Marker
{
    int number = 0;
    int column = 0; // 1-based, in the raw line
};

// A sentence of a summary paragraph with the citation numbers that ended it.
struct Sentence
{
    QString text;
    QVector<Marker> markers;
};

// Decodes UTF-8 (BOM allowed); bytes that are not UTF-8 are read as Windows-1252.
QString decode(const QByteArray &bytes);
// True for blank lines and the separator lines made of spaces, NBSPs and a mis-decoded "Â".
bool isBlankOrSeparator(const QString &line);
// Folds the mojibake of a non-breaking space ("Â" + NBSP) and NBSPs into plain spaces.
QString cleanLine(const QString &line);
// Splits a summary paragraph into sentences, removing the citation numbers (`knowledge 1.`).
QVector<Sentence> sentences(const QString &paragraph);
// "Ep 11: Title" -> (11, "Title"); a title without the prefix gives number -1.
QPair<int, QString> splitEpisodeNumber(const QString &titleLine);
// "Answers 383 questions" -> 383; -1 when the line is not such a line.
int answeredQuestions(const QString &line);
// The page's tab line-up ("Topics covered", "Popular Clips", "Episode Highlights", ...).
bool isTabName(const QString &line);

} // namespace PageText
