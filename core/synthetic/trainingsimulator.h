// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"
#include "model/sorenessreport.h"
#include "synthetic/athleteprofile.h"
#include "synthetic/generatorcatalogue.h"
#include "synthetic/seededrandom.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <array>

namespace spotter {

/// A simulated session before it is stored. Its sets carry catalogue exercise ids; the session
/// has no id or athlete yet.
struct GeneratedSession
{
    qint64 index = 0; ///< position in the athlete's history, from 0
    Session session;
};

/// A simulated soreness report about one of the athlete's sessions.
struct GeneratedReport
{
    qint64 sessionIndex = 0;
    SorenessReport report;
};

struct GeneratedWeek
{
    QList<GeneratedSession> sessions; ///< chronological
    QList<GeneratedReport> reports;
};

enum class WeekKind { Normal, Deload, Testing, Layoff };

/// One athlete's training, a week at a time: blocks of 4–6 weeks with rising intensity and a
/// deload at the end, a testing week of heavy singles every 8–12 weeks (or as often as the
/// profile says), warm-ups, AMRAPs, accessories swapped between blocks, strength that grows
/// and fades over layoffs, body weight that drifts, and soreness that follows the patterns of
/// the rules (DOMS after new lifts, watch after testing, occasional warnings, rare red flags).
/// What is drawn never depends on the calendar dates, so a history can be counted first and
/// laid out afterwards with the same seed.
class TrainingSimulator
{
public:
    TrainingSimulator(AthleteProfile profile, const GeneratorCatalogue &catalogue, quint64 seed);

    /// The week that starts on @p monday.
    [[nodiscard]] GeneratedWeek nextWeek(QDate monday);

private:
    struct DayPlan;
    [[nodiscard]] const QList<DayPlan> &plans() const;
    WeekKind beginWeek();
    void endWeek(WeekKind kind);
    void startBlock();
    void buildSession(GeneratedSession &out, int day, QDate date, int usualMinute, WeekKind kind,
                      QList<GenLift> &lifts, QList<GenLift> &tested);
    void mainLift(Session &s, GenLift lift, bool primary, bool light, WeekKind kind, bool &testedIt);
    void accessory(Session &s, GenLift lift, WeekKind kind);
    void warmups(Session &s, GenLift lift, Weight firstWorking, int count);
    void addSet(Session &s, GenLift lift, SetKind kind, Weight weight, std::optional<int> reps,
                std::optional<double> rpe, std::optional<int> rest);

    [[nodiscard]] double trueMaxKg(GenLift lift) const;
    [[nodiscard]] double plannedMaxKg(GenLift lift) const;
    [[nodiscard]] Weight load(double kg, LoadKind kind, bool roundDown = false) const;
    [[nodiscard]] std::optional<double> loggedRpe(double rpe, bool mainLift);
    [[nodiscard]] std::optional<int> rest(int meanSeconds);

    AthleteProfile m_profile;
    const GeneratorCatalogue &m_catalogue;
    SeededRandom m_rng;
    std::array<double, 4> m_trueMax;    ///< kg, squat, bench, deadlift, press
    std::array<double, 4> m_plannedMax; ///< what the athlete programmes from
    std::array<bool, 4> m_testedThisWeek{};
    bool m_amrapThisWeek = false;
    double m_bodyweight;
    double m_gain;                       ///< this week's relative gain before noise
    QHash<int, int> m_lastTrainedDay;    ///< GenLift → day index of the last session with it
    QList<QList<GenLift>> m_accessories; ///< per programme day, one per slot
    int m_week = 0;
    int m_blockLength = 5;
    int m_weekInBlock = 0;
    int m_weeksSinceTest = 0;
    int m_layoffLeft = 0;
    qint64 m_sessions = 0;
};

} // namespace spotter
