#pragma once

#include "Topic.h"

#include <QVector>

// Assembles a topic summary sentence by sentence, recording where each citation's sentence sits,
// so every importer produces the same summary text and offsets.
class TopicBuilder
{
public:
    explicit TopicBuilder(QString title);

    // Appends `sentence` (separated by one space) and a citation for each number in `citations`.
    void addSentence(const QString &sentence, const QVector<int> &citations = {});
    Topic topic() const { return m_topic; }

private:
    Topic m_topic;
};
