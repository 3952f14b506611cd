#pragma once

#include <QString>
#include <QVector>
#include <QtGlobal>

// One citation marker in a topic summary: the sentence it backs and the clip that backs it.
struct Citation
{
    int number = 0;    // the marker as printed on the page (1, 2, ...)
    QString sentence;  // the sentence the marker ends, without the number
    int textStart = 0; // where the sentence starts in Topic::summary (UTF-16 offset)
    int textEnd = 0;   // one past its last character; the chip is drawn here
    qint64 clipId = 0; // resolved when read from storage; 0 when the clip has no times yet
};

// A topic section of the episode page: a title and a summary whose sentences carry citations.
struct Topic
{
    qint64 id = 0;
    QString title;
    QString summary;             // plain text, citation numbers removed
    QVector<Citation> citations; // in the order they appear in the summary
};
