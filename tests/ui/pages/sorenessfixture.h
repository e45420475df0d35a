// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A database with one athlete and two sessions, a fixed "now", and helpers that fill the
// soreness form the way a user would.

#include "commands/valuecommands.h"
#include "forms/sorenessform.h"
#include "model/clock.h"
#include "model/session.h"
#include "pages/sorenesspage.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/historyrepository.h"
#include "store/sessionrepository.h"
#include "widgets/bodymap.h"
#include "workspacefixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

namespace spotter::test {

class SorenessFixture : public WorkspaceFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WorkspaceFixture::SetUp());
        Athlete a;
        a.name = QStringLiteral("Ann");
        a.birthYear = 1990;
        AthleteRepository(db()).add(a);
        m_athlete = a.id;
        m_older = addSession(QStringLiteral("2026-10-30T18:00"), QStringLiteral("Upper A"),
                             QStringLiteral("Bench Press"));
        m_latest = addSession(QStringLiteral("2026-11-03T18:00"), QStringLiteral("Lower A"),
                              QStringLiteral("Deadlift"));
        m_ws->setCurrentAthlete(m_athlete);
        Clock::set(now());
    }

    void TearDown() override
    {
        m_page.reset();
        WorkspaceFixture::TearDown();
        Clock::set({});
    }

    qint64 addSession(const QString &start, const QString &title, const QString &exercise)
    {
        Session s;
        s.athleteId = m_athlete;
        s.start = *parseDateTime(start);
        s.durationMin = 60;
        s.title = title;
        WorkoutSet w;
        w.exerciseId = ExerciseRepository(db()).find(exercise)->id;
        w.weight = Weight::fromKg(100);
        w.reps = 5;
        s.sets = {w, w, w};
        SessionRepository(db()).add(s);
        return s.id;
    }

    /// Tuesday 3 November 2026, 18:00–19:00 is the latest session; "now" is the next morning.
    static QDateTime now() { return *parseDateTime(u"2026-11-04T10:00"); }

    SorenessPage &page()
    {
        if (!m_page) {
            m_page = std::make_unique<SorenessPage>(*m_ws);
            m_page->resize(1000, 720);
            // The page as a lifter uses it: on screen (a hidden page defers its reads).
            m_page->show();
        }

        return *m_page;
    }
    /// The form of page(), or of @p m_target when a test drives a page inside a window.
    SorenessForm &form() { return *(m_target ? m_target : &page())->form(); }

    /// Chooses a region on the body map with a click, or "Other" in the list.
    void chooseRegion(Region region)
    {
        if (QAbstractButton *b = form().bodyMap()->regionButton(region))
            b->click();
        else
            form().regionCombo()->setCurrentIndex(form().regionCombo()->findData(static_cast<int>(region)));
    }
    void chooseCharacter(Character c)
    {
        form().characterCombo()->setCurrentIndex(form().characterCombo()->findData(static_cast<int>(c)));
    }
    void chooseTrend(Trend t)
    {
        form().trendCombo()->setCurrentIndex(form().trendCombo()->findData(static_cast<int>(t)));
    }
    void setNoticed(const QString &when)
    {
        form().noticedEdit()->setDateTime(parseDateTime(when)->toLocalTime());
    }

    /// A dull, moderate ache in @p region noticed the morning after the latest session.
    void fillTypical(Region region, int intensity = 3)
    {
        chooseRegion(region);
        setNoticed(QStringLiteral("2026-11-04T08:00"));
        form().intensitySpin()->setValue(intensity);
        chooseCharacter(Character::Ache);
    }

    std::unique_ptr<SorenessPage> m_page;
    SorenessPage *m_target = nullptr;
    qint64 m_athlete = 0;
    qint64 m_older = 0;
    qint64 m_latest = 0;
};

} // namespace spotter::test
