// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/intensity.h"
#include "model/exercise.h"
#include "quickentry/quickentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace spotter {

/// The exercise catalogue held in memory by an editor, so that typing (the completer, the
/// quick-entry preview, the kind a line is read with) never queries the store per keystroke.
class ExerciseCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(spotter::ExerciseCatalogue)

public:
    void reset(QList<Exercise> exercises);

    [[nodiscard]] const QList<Exercise> &all() const { return m_all; }
    [[nodiscard]] const ExerciseMap &byId() const { return m_byId; }
    [[nodiscard]] const Exercise *get(qint64 id) const;
    /// A name or an alias, ignoring case and extra spaces ("squat" finds Back Squat).
    [[nodiscard]] const Exercise *find(QStringView nameOrAlias) const;
    [[nodiscard]] QString name(qint64 id) const;
    /// Every name and alias, sorted, for completion.
    [[nodiscard]] QStringList spellings() const;
    /// For QuickEntryContext::kindOf; valid while this catalogue lives.
    [[nodiscard]] ExerciseKindLookup kindLookup() const;
    /// Whether a named exercise takes assistance (quick entry reads its load as help).
    [[nodiscard]] ExerciseAssistedLookup assistedLookup() const;
    /// True for an exercise whose sets carry the help as a negative load (Exercise::assisted).
    [[nodiscard]] bool isAssisted(qint64 id) const;
    /// "There is no exercise 'Sqaut' in the catalogue; did you mean 'Squat'?", a whole sentence
    /// with its own full stop or question mark.
    [[nodiscard]] QString unknownMessage(const QString &name) const;

private:
    QList<Exercise> m_all;
    ExerciseMap m_byId;
    QHash<QString, qint64> m_byKey; ///< nameKey of every name and alias
};

} // namespace spotter
