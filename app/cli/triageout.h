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

} // namespace spotter::cli
