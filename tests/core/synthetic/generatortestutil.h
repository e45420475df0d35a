// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/query.h"
#include "synthetic/generator.h"

#include <QDateTime>
#include <QStringList>

namespace spotter::test {

/// Every row of the tables a generated history fills, as text, in id order: two databases
/// with the same dump hold the same data.
inline QStringList dumpHistory(const Database &db)
{
    QStringList out;
    for (const char *table : {"athlete", "session", "workout_set", "soreness"}) {
        const QString name = QLatin1String(table);
        int columns = 0;
        Query info(db.connection(), QStringLiteral("SELECT count(*) FROM pragma_table_info(:t)"));
        info.bind(QStringLiteral(":t"), name).exec();
        if (info.next())
            columns = info.value(0).toInt();
        Query q(db.connection(), QStringLiteral("SELECT * FROM ") + name + QStringLiteral(" ORDER BY id"));
        q.exec();
        while (q.next()) {
            QString line = name;
            for (int i = 0; i < columns; ++i)
                line += u'|' + (q.isNull(i) ? QStringLiteral("NULL") : q.string(i));
            out.append(line);
        }
    }
    return out;
}

/// The end of the histories the tests generate: a fixed instant, so the tests do not depend on
/// the day they run.
inline QDateTime testEnd()
{
    return QDateTime(QDate(2026, 3, 18), QTime(23, 59, 59));
}

inline GeneratorOptions weeksOptions(int athletes, int weeks, quint64 seed)
{
    GeneratorOptions o;
    o.athletes = athletes;
    o.weeks = weeks;
    o.seed = seed;
    o.end = testEnd();
    return o;
}

} // namespace spotter::test
