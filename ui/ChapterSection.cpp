#include "ChapterSection.h"

#include "Icons.h"
#include "Theme.h"
#include "domain/TimeFormat.h"

#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *muted(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Theme::mutedText());
    label->setPalette(palette);
    label->setFont(Theme::scaled(label->font(), scale));
    return label;
}

} // namespace

ChapterRow::ChapterRow(int number, const Clip &clip, const QString &linkUrl, bool playable,
                       QWidget *parent)
    : QFrame(parent)
    , m_clipId(playable ? clip.id : 0)
    , m_play(new QToolButton(this))
    , m_title(new QLabel(clip.title.isEmpty() ? tr("Chapter %1").arg(number) : clip.title, this))
{
    setObjectName(QStringLiteral("clipRow"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 7, 12, 7);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(1);

    const QColor color = Theme::kindColor(ClipKind::Chapter);
    m_play->setIcon(Icons::play(color));
    m_play->setIconSize(QSize(22, 22));
    m_play->setAutoRaise(true);
    m_play->setEnabled(m_clipId != 0);
    m_play->setAccessibleName(tr("Play chapter %1: %2").arg(number).arg(m_title->text()));
    m_play->setToolTip(m_clipId != 0 ? tr("Play %1").arg(TimeFormat::span(clip.startMs, clip.endMs))
                                     : tr("No audio yet"));
    layout->addWidget(m_play, 0, 0, 2, 1, Qt::AlignVCenter);

    auto *numberLabel = new QLabel(QString::number(number), this);
    numberLabel->setObjectName(QStringLiteral("chapterNumber"));
    numberLabel->setAlignment(Qt::AlignCenter);
    numberLabel->setFixedSize(24, 24);
    numberLabel->setFont(Theme::scaled(font(), 0.85, true));
    numberLabel->setStyleSheet(QStringLiteral("#chapterNumber { background: %1; color: %2; "
                                              "border-radius: 12px; }")
                                       .arg(color.lighter(185).name(), color.darker(130).name()));
    layout->addWidget(numberLabel, 0, 1, 2, 1, Qt::AlignVCenter);

    m_title->setFont(Theme::scaled(font(), 1.05, true));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title, 0, 2);

    QStringList facts {TimeFormat::span(clip.startMs, clip.endMs)};
    if (clip.durationMs() > 0)
        facts << TimeFormat::duration(clip.durationMs());
    auto *details = new QHBoxLayout;
    details->setSpacing(12);
    details->addWidget(muted(facts.join(QStringLiteral("  \u00b7  ")), this, 0.9));
    const QUrl url(linkUrl);
    if (!linkUrl.isEmpty() && url.isValid()) {
        const QString shown = url.host().isEmpty() ? linkUrl : url.host();
        m_link = new QLabel(QStringLiteral("<a href=\"%1\" style=\"color:%2; "
                                           "text-decoration:none\">%3 \u2197</a>")
                                    .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                         Theme::accent().name(), shown.toHtmlEscaped()),
                            this);
        m_link->setObjectName(QStringLiteral("chapterLink"));
        m_link->setTextFormat(Qt::RichText);
        m_link->setOpenExternalLinks(false);
        m_link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        m_link->setFont(Theme::scaled(font(), 0.9));
        m_link->setToolTip(linkUrl);
        m_link->setCursor(Qt::PointingHandCursor);
        connect(m_link, &QLabel::linkActivated, this,
                [this](const QString &link) { Q_EMIT linkActivated(QUrl(link)); });
        details->addWidget(m_link);
    }
    details->addStretch();
    layout->addLayout(details, 1, 2);
    layout->setColumnStretch(2, 1);

    if (m_clipId != 0)
        setCursor(Qt::PointingHandCursor);
    setToolTip(m_title->text() + QLatin1Char('\n') + facts.join(QStringLiteral(" \u00b7 ")));
    connect(m_play, &QToolButton::clicked, this, [this] { Q_EMIT playRequested(m_clipId); });
}

QString ChapterRow::title() const
{
    return m_title->text();
}

void ChapterRow::setPlaying(bool playing)
{
    setProperty("playing", playing);
    style()->unpolish(this);
    style()->polish(this);
}

void ChapterRow::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_clipId != 0
        && rect().contains(event->position().toPoint()))
        Q_EMIT playRequested(m_clipId);
    QFrame::mouseReleaseEvent(event);
}

QVector<const Clip *> ChapterSection::chapters(const EpisodeContent &content)
{
    QVector<const Clip *> result;
    for (const Clip &clip : content.clips) {
        if (clip.kind == ClipKind::Chapter)
            result << &clip;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Clip *a, const Clip *b) { return a->startMs < b->startMs; });
    return result;
}

ChapterSection::ChapterSection(const EpisodeContent &content, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(0);
    const bool hasAudio = !content.episode.audio.isNull();
    const QVector<const Clip *> clips = chapters(content);
    for (int i = 0; i < clips.size(); ++i) {
        const Clip *clip = clips.at(i);
        QString link;
        for (const ChapterLink &chapterLink : content.chapterLinks) {
            if (chapterLink.clipKey == clip->key)
                link = chapterLink.url;
        }
        auto *row = new ChapterRow(i + 1, *clip, link, hasAudio && clip->id != 0, this);
        connect(row, &ChapterRow::playRequested, this, &ChapterSection::chapterActivated);
        connect(row, &ChapterRow::linkActivated, this, &ChapterSection::linkActivated);
        layout->addWidget(row);
        m_rows << row;
    }
}

void ChapterSection::setPlayingClip(qint64 clipId)
{
    for (ChapterRow *row : std::as_const(m_rows))
        row->setPlaying(clipId != 0 && row->clipId() == clipId);
}
