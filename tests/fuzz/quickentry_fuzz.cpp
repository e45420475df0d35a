// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the quick-entry parser: any line (the input as UTF-8, invalid bytes
// becoming U+FFFD) is read without a crash, an error points inside the line, and every set a
// line gives passes the model's validation, as docs/quick-entry.md promises.
#include "fuzzcheck.h"
#include "model/validation.h"
#include "quickentry/quickentry.h"

#include <QString>

#include <cstdint>

namespace {

using spotter::fuzz::require;

/// Every kind (and "not in the catalogue"), picked by the name, so one input always reads the
/// same way.
std::optional<spotter::ExerciseKind> kindOf(const QString &name)
{
    using spotter::ExerciseKind;
    switch (qHash(name, 7) % 6) {
    case 0: return ExerciseKind::Main;
    case 1: return ExerciseKind::Accessory;
    case 2: return ExerciseKind::Isolation;
    case 3: return ExerciseKind::Bodyweight;
    case 4: return ExerciseKind::Timed;
    default: return std::nullopt;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace spotter;
    const QString line =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QuickEntryContext context;
    context.unit = size % 2 == 0 ? WeightUnit::Kg : WeightUnit::Lb;
    context.exercise = size % 3 == 0 ? QString() : QStringLiteral("Squat");
    context.kindOf = &kindOf;

    const QuickEntryResult r = QuickEntry::parse(line, context);
    if (r.error) {
        require(r.sets.isEmpty());
        require(!r.error->message.isEmpty());
        require(r.error->column >= 1 && r.error->column <= line.size() + 1);
        require(r.error->offset >= 0 && r.error->length >= 0);
        require(r.error->offset + r.error->length <= line.size());
    } else {
        require(!r.sets.isEmpty() && r.sets.size() <= QuickEntry::kMaxSets);
        require(!r.exercise.isEmpty());
        require(!checkName(r.exercise, QStringLiteral("exercise")));
        for (qsizetype i = 0; i < r.sets.size(); ++i) {
            require(r.sets.at(i).position == i);
            require(validate(r.sets.at(i)).isEmpty());
        }
    }
    // The same line reads the same way twice: no state survives a call.
    const QuickEntryResult again = QuickEntry::parse(line, context);
    require(again.error == r.error && again.sets.size() == r.sets.size());
    (void)QuickEntry::parseLoad(line, context.unit);
    return 0;
}
