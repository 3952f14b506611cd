#pragma once

#include "domain/Episode.h"

#include <QFrame>
#include <QUrl>
#include <QVector>

// The people of a feed episode (podcast:person): each with a generated avatar (their pictures
// are remote and not loaded), name, role and group; a name with a page is a link for the browser.
class PersonsSection : public QFrame
{
    Q_OBJECT

public:
    PersonsSection(const QVector<EpisodePerson> &persons, QWidget *parent = nullptr);

    int personCount() const { return m_count; }
    // Whether the people say more than the header's "with Guest, Guest" line: someone who is not
    // a plain guest, or has a group or a page (feeds); a page's guests alone do not.
    static bool addsToHeader(const QVector<EpisodePerson> &persons);
    // "Host · cast", "Guest", "Producer · audio post-production".
    static QString roleText(const EpisodePerson &person);

Q_SIGNALS:
    void linkActivated(const QUrl &url);

private:
    int m_count = 0;
};
