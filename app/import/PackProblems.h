#pragma once

#include "JsonPath.h"

#include <QString>
#include <QVector>

// The problems found while reading a pack's tree. Reading goes on past a problem, so the parser
// can report the one that comes first in the text rather than the first one it happened to check.
class PackProblems
{
public:
    struct Problem
    {
        JsonPath path; // the value at fault; a missing member's path when something is missing
        QString message;
    };

    void add(const JsonPath &path, const QString &message)
    {
        if (m_problems.size() < MaxProblems)
            m_problems.append(Problem {path, message});
    }
    bool isEmpty() const { return m_problems.isEmpty(); }
    const QVector<Problem> &all() const { return m_problems; }

private:
    static constexpr qsizetype MaxProblems = 64; // enough to find the first; bounds the locating
    QVector<Problem> m_problems;
};
