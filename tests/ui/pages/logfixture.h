// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace with one athlete and helpers that drive widgets the way a keyboard does: every
// key goes to whichever widget has the focus, so editors the view opens receive what follows.
#pragma once

#include "commands/valuecommands.h"
#include "model/athlete.h"
#include "model/session.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/database.h"
#include "store/exerciserepository.h"
#include "store/sessionrepository.h"
#include "workspacefixture.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

#include <gtest/gtest.h>

#include <memory>

namespace spotter::test {

class LogFixture : public WorkspaceFixture
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WorkspaceFixture::SetUp());
        Athlete a;
        a.name = QStringLiteral("Ann");
        AthleteRepository(db()).add(a);
        m_athlete = a;
        m_ws->setCurrentAthlete(a.id);
    }
    QList<Session> sessions() { return SessionRepository(db()).list(m_athlete.id); }

    /// A stored session @p daysAgo days before now with one set per (exercise, kg, reps, rpe).
    qint64 addPastSession(int daysAgo, const QList<std::tuple<QString, double, int, double>> &sets)
    {
        Session s;
        s.athleteId = m_athlete.id;
        s.start = withLocalOffset(QDateTime::currentDateTime().addDays(-daysAgo));
        s.title = QStringLiteral("Earlier");
        for (const auto &[name, kg, reps, rpe] : sets) {
            WorkoutSet w;
            w.exerciseId = exercise(name);
            w.weight = Weight::fromKg(kg);
            w.reps = reps;
            w.rpe = rpe;
            s.sets.append(w);
        }
        return SessionRepository(db()).add(s);
    }

    /// Shows @p w as the active window, so that shortcuts and focus behave as on a desktop.
    static void activate(QWidget &w)
    {
        w.show();
        QApplication::setActiveWindow(&w);
        QCoreApplication::processEvents();
    }
    /// The offscreen platform leaves a closed popup (a completion list) as the active window;
    /// a desktop's window manager hands activation back to the window underneath.
    static void restoreActivation()
    {
        QWidget *active = QApplication::activeWindow();
        QWidget *focus = QApplication::focusWidget();
        if (active && !active->isVisible() && focus)
            QApplication::setActiveWindow(focus->window());
    }
    static QWidget *focused()
    {
        QWidget *w = QApplication::focusWidget();
        EXPECT_NE(w, nullptr) << "nothing has the keyboard focus";
        return w;
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        if (QWidget *w = focused())
            QTest::keyClick(w, key, modifiers);
        restoreActivation();
        // Editors commit some keys through queued calls; let them run.
        QCoreApplication::processEvents();
        restoreActivation();
    }
    static void type(const QString &text)
    {
        for (const QChar c : text) {
            if (QWidget *w = focused())
                QTest::keyClick(w, c.toLatin1());
        }
        QCoreApplication::processEvents();
        restoreActivation();
    }

    Athlete m_athlete;
};

} // namespace spotter::test
