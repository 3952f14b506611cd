#include "TopicBuilder.h"

TopicBuilder::TopicBuilder(QString title)
{
    m_topic.title = std::move(title);
}

void TopicBuilder::addSentence(const QString &sentence, const QVector<int> &citations)
{
    const QString text = sentence.trimmed();
    if (text.isEmpty())
        return;
    if (!m_topic.summary.isEmpty())
        m_topic.summary += QLatin1Char(' ');
    const int start = int(m_topic.summary.size());
    m_topic.summary += text;
    const int end = int(m_topic.summary.size());
    for (int number : citations) {
        Citation citation;
        citation.number = number;
        citation.sentence = text;
        citation.textStart = start;
        citation.textEnd = end;
        m_topic.citations << citation;
    }
}
