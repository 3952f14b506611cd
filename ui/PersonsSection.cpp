#include "PersonsSection.h"

#include "InitialsAvatar.h"
#include "Theme.h"
#include "models/ShowListModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

QString PersonsSection::roleText(const EpisodePerson &person)
{
    QString text = capitalized(person.role.isEmpty() ? QStringLiteral("guest") : person.role);
    if (!person.group.isEmpty())
        text += QStringLiteral(" \u00b7 ") + person.group;
    return text;
}

bool PersonsSection::addsToHeader(const QVector<EpisodePerson> &persons)
{
    return std::any_of(persons.cbegin(), persons.cend(), [](const EpisodePerson &person) {
        return (!person.role.isEmpty() && person.role != QLatin1String("guest"))
                || !person.group.isEmpty() || !person.href.isEmpty();
    });
}

PersonsSection::PersonsSection(const QVector<EpisodePerson> &persons, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("card"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(14, 12, 14, 12);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(12);
    constexpr int columns = 3;
    for (const EpisodePerson &person : persons) {
        auto *cell = new QWidget(this);
        cell->setObjectName(QStringLiteral("person"));
        auto *row = new QHBoxLayout(cell);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(10);
        auto *avatar = new QLabel(cell);
        avatar->setPixmap(InitialsAvatar::pixmap(ShowListModel::initials(person.name), person.name,
                                                 36, devicePixelRatioF(), false));
        avatar->setFixedSize(36, 36);
        row->addWidget(avatar);
        auto *text = new QVBoxLayout;
        text->setSpacing(0);
        auto *name = new QLabel(cell);
        name->setFont(Theme::scaled(font(), 1.0, true));
        const QUrl page(person.href);
        if (page.isValid()
            && (page.scheme() == QLatin1String("https")
                || page.scheme() == QLatin1String("http"))) {
            name->setText(QStringLiteral("<a href=\"%1\" style=\"color:%2; "
                                         "text-decoration:none\">%3</a>")
                                  .arg(page.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                       Theme::accent().name(), person.name.toHtmlEscaped()));
            name->setTextFormat(Qt::RichText);
            name->setOpenExternalLinks(false);
            name->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                          | Qt::LinksAccessibleByKeyboard);
            name->setToolTip(person.href);
            connect(name, &QLabel::linkActivated, this,
                    [this](const QString &link) { Q_EMIT linkActivated(QUrl(link)); });
        } else {
            name->setTextFormat(Qt::PlainText);
            name->setText(person.name);
        }
        text->addWidget(name);
        auto *role = new QLabel(roleText(person), cell);
        QPalette palette = role->palette();
        palette.setColor(QPalette::WindowText, Theme::mutedText());
        role->setPalette(palette);
        role->setFont(Theme::scaled(font(), 0.9));
        text->addWidget(role);
        row->addLayout(text, 1);
        cell->setAccessibleName(person.name + QStringLiteral(", ") + roleText(person));
        grid->addWidget(cell, m_count / columns, m_count % columns);
        ++m_count;
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
}
