// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/exercise.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace spotter {

class Database;

/// The exercise catalogue: names and aliases are unique across all exercises, ignoring case.
class ExerciseRepository
{
public:
    explicit ExerciseRepository(const Database &db) : m_db(db) {}

    qint64 add(Exercise &exercise);
    void update(const Exercise &exercise);
    /// Refused (StoreError::InUse) while any set uses the exercise.
    void remove(qint64 id);
    [[nodiscard]] std::optional<Exercise> get(qint64 id) const;
    /// Looks up a name or an alias ("Deadlift (Barbell)" finds "Deadlift").
    [[nodiscard]] std::optional<Exercise> find(const QString &nameOrAlias) const;
    /// The whole catalogue ordered by name, aliases included.
    [[nodiscard]] QList<Exercise> list() const;

    /// Inserts on @p db inside the caller's transaction (migrations, bulk imports).
    static void insert(const QSqlDatabase &db, Exercise &exercise);

private:
    const Database &m_db;
};

} // namespace spotter
