// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/formatparser.h"
#include "interchange/importedsession.h"
#include "store/importwriter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace spotter {

class Database;
class ImportDiagnostics;

/// A session as the first pass saw it: its values, merged from every part of the file that
/// describes it, and how many sets it has. No sets are kept, so memory follows sessions.
struct PlannedSession
{
    qint64 line = 0;
    QString athleteKey;
    QString groupKey;
    std::optional<qint64> fileId;
    bool exactHeader = false;
    Session session;
    qint64 sets = 0;
    QList<int> exercises;   ///< indices into ImportPlan::exerciseOrder of the exercises it uses
    bool duplicate = false; ///< already in the database
};

struct PlannedExercise
{
    QString name; ///< as first written in the file
    qint64 line = 0;
    std::optional<ExerciseHint> hint;
    ExerciseKind derivedKind = ExerciseKind::Accessory; ///< from the first set, when there is no hint
    std::optional<qint64> id;                           ///< the catalogue's, once resolved
    int index = 0;                                      ///< in ImportPlan::exerciseOrder
};

struct PlannedAthlete
{
    QString name;
    qint64 line = 0;
    std::optional<qint64> id; ///< none for an athlete the import creates
    bool used = false;        ///< some session or report of the file is theirs
};

/// Finds athletes, their existing records and the sessions soreness reports belong to, with
/// caches, for one pass. Looks only; never writes.
class ImportLookup
{
public:
    ImportLookup(const Database &db, ImportWriter &writer) : m_db(db), m_writer(writer) {}

    [[nodiscard]] std::optional<qint64> athleteId(const QString &name);
    [[nodiscard]] const ExistingRecords &existing(qint64 athleteId);
    [[nodiscard]] ImportWriter &writer() { return m_writer; }
    /// True when the catalogue has an exercise of that name or alias that takes assistance
    /// (its sets' loads are help, stored negative).
    [[nodiscard]] bool assistedInCatalogue(const QString &exerciseName);

    enum class Link { Ok, Duplicate, Missing };
    /// Where @p report belongs: its athlete and session, or why it cannot be imported.
    Link link(ImportedSoreness &report, QString *why);

private:
    const Database &m_db;
    ImportWriter &m_writer;
    QHash<QString, std::optional<qint64>> m_athletes;
    QHash<qint64, ExistingRecords> m_existing;
    QHash<QString, bool> m_assisted; ///< by nameKey()
    QSet<QString> m_seenReports;
};

/// The first pass: checks every session and set, merges the parts of each session and
/// collects the exercises and athletes the file names.
class ImportPlan : public ImportSink
{
public:
    ImportPlan(ImportDiagnostics &diagnostics, ImportLookup &lookup, QString defaultAthlete);

    void session(ImportedSession &&session) override;
    void soreness(ImportedSoreness &&report) override;

    [[nodiscard]] static QString keyOf(const QString &athleteKey, const QString &groupKey)
    {
        return athleteKey + u'\x1e' + groupKey;
    }
    /// The athlete's key, with the import's athlete for files that do not name one.
    [[nodiscard]] QString athleteKeyOf(const QString &athlete) const;

    QList<PlannedSession> sessions;
    QHash<QString, qsizetype> sessionIndex; ///< keyOf() → index in sessions
    QHash<QString, PlannedExercise> exercises;
    QStringList exerciseOrder; ///< exercise keys in file order
    QHash<QString, PlannedAthlete> athletes;
    QStringList athleteOrder;
    qint64 setCount = 0;
    qint64 sorenessCount = 0;
    qint64 sorenessDuplicates = 0;

private:
    void addAthlete(const QString &name, qint64 line);
    /// Index of the set's exercise in exerciseOrder.
    int addExercise(const ImportedSet &set);
    void merge(PlannedSession &planned, const ImportedSession &part);

    ImportDiagnostics &m_diagnostics;
    ImportLookup &m_lookup;
    QString m_defaultAthlete;
    QHash<QString, QString> m_sourceKeys; ///< Spotter format: source key → the session using it
    // What the last set's exercise name gave, since sets of one exercise come together.
    std::optional<QString> m_lastName;
    bool m_lastNameAssisted = false;
    std::optional<QString> m_lastNameProblem;
    int m_lastExercise = -1;
    QString m_lastExerciseName;
    bool m_lastExerciseHinted = false;
};

} // namespace spotter
