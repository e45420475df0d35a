// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/plausibility.h"

#include "model/builtincatalogue.h"
#include "model/exercise.h"
#include "model/validation.h"

#include <QHash>

namespace spotter::plausibility {

namespace {

// All-time records in any equipment (multi-ply suits and shirts included), so that no lift a
// person has made is refused. Sources, read 2026-12: a summary of the equipped records on
// r/powerbuilding (anonview.com/r/powerbuilding/comments/1nd86y3: bench 635.4 kg, Jimmy Kolb;
// squat 594.7 kg, Nathan Baptist; deadlift 510 kg, Hafþór Júlíus Björnsson), and 1-rep-max.com
// /world-records (deadlift 501 kg by Björnsson in 2020, raw bench 355 kg by Julius Maddox).
struct Entry
{
    const char16_t *catalogueName; ///< a lift of the built-in catalogue; its aliases count too
    const char16_t *lift;
    qint64 grams;
    const char16_t *holder;
};

constexpr Entry kRecords[] = {
    {u"Back Squat", u"squat", 594'700, u"Nathan Baptist, equipped"},
    {u"Front Squat", u"squat", 594'700, u"Nathan Baptist, equipped back squat"},
    {u"Pause Squat", u"squat", 594'700, u"Nathan Baptist, equipped"},
    {u"Box Squat", u"squat", 594'700, u"Nathan Baptist, equipped"},
    {u"Bench Press", u"bench press", 635'400, u"Jimmy Kolb, equipped"},
    {u"Close-Grip Bench Press", u"bench press", 635'400, u"Jimmy Kolb, equipped"},
    {u"Incline Bench Press", u"bench press", 635'400, u"Jimmy Kolb, equipped"},
    {u"Pause Bench Press", u"bench press", 635'400, u"Jimmy Kolb, equipped"},
    {u"Deadlift", u"deadlift", 510'000, u"Hafþór Júlíus Björnsson"},
    {u"Sumo Deadlift", u"deadlift", 510'000, u"Hafþór Júlíus Björnsson"},
    {u"Romanian Deadlift", u"deadlift", 510'000, u"Hafþór Júlíus Björnsson"},
    {u"Deficit Deadlift", u"deadlift", 510'000, u"Hafþór Júlíus Björnsson"},
    {u"Pause Deadlift", u"deadlift", 510'000, u"Hafþór Júlíus Björnsson"},
    {u"Trap-Bar Deadlift", u"deadlift", 510'000, u"Hafþór Júlíus Björnsson"},
};

/// nameKey of every name and alias of a lift with a record → its entry.
const QHash<QString, const Entry *> &index()
{
    static const QHash<QString, const Entry *> table = [] {
        QHash<QString, const Entry *> out;
        const QList<Exercise> catalogue = builtinCatalogue();
        for (const Entry &entry : kRecords) {
            const QString name = QString::fromUtf16(entry.catalogueName);
            for (const Exercise &e : catalogue) {
                if (e.name != name)
                    continue;
                out.insert(nameKey(e.name), &entry);
                for (const QString &alias : e.aliases)
                    out.insert(nameKey(alias), &entry);
            }
        }
        return out;
    }();
    return table;
}

} // namespace

std::optional<Record> recordFor(QStringView exercise)
{
    const Entry *entry = index().value(nameKey(exercise), nullptr);
    if (!entry)
        return std::nullopt;
    return Record{QString::fromUtf16(entry->lift), Weight::fromGrams(entry->grams),
                  QString::fromUtf16(entry->holder)};
}

Weight ceilingFor(QStringView exercise)
{
    if (const auto record = recordFor(exercise))
        return record->weight;
    return Weight::fromGrams(limits::kMaxWeightGrams);
}

} // namespace spotter::plausibility
