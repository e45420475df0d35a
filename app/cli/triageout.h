// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/triage.h"
#include "context.h"

#include <QJsonObject>
#include <QTextStream>

namespace spotter::cli {

/// {"class": …, "urgency": … | null, "rules": […], "advice": […]}: the stable shape scripts use.
[[nodiscard]] QJsonObject triageJson(const TriageResult &result);
/// The same object as compact text with its keys in that documented order (QJsonObject sorts).
[[nodiscard]] QString triageJsonText(const TriageResult &result);

/// The result, every matched rule with its advice, the tips, the red-flag checklist and the
/// "not medical advice" note, for people.
void printTriage(QTextStream &out, const TriageResult &result, const QString &indent = {});

/// One line: "Warning (SR-13, SR-23)".
[[nodiscard]] QString triageSummary(const TriageResult &result);

/// Values of a repeatable option, each checked against @p keys (UsageError naming the option).
template <typename E, std::size_t N>
[[nodiscard]] EnumSet<E> enumSetOption(const QCommandLineParser &p, const QString &option,
                                       const KeyTable<E, N> &keys)
{
    EnumSet<E> out;
    for (const QString &value : p.values(option)) {
        const auto v = fromKey(keys, value.trimmed());
        if (!v)
            throw UsageError(
                QCoreApplication::translate("spotter::cli", "--%1: unknown value '%2' (expected one of: %3)")
                    .arg(option, value, allKeys(keys).join(QLatin1Char(' '))));
        out.insert(*v);
    }
    return out;
}

} // namespace spotter::cli
