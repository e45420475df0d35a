// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/plateset.h"

#include "model/weight.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Plates
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Plates)
};

/// The finest step a size may have, so that sums stay exact in whole grams: a gram, or a
/// hundredth of a pound.
bool onGrid(double value, WeightUnit unit)
{
    const double scale = unit == WeightUnit::Kg ? 1000.0 : 100.0;
    return std::isfinite(value) && std::fabs(value * scale - std::round(value * scale)) < 1e-6;
}

QString decimals(WeightUnit unit)
{
    return unit == WeightUnit::Kg ? QStringLiteral("three") : QStringLiteral("two");
}

} // namespace

PlateSet PlateSet::defaults(WeightUnit unit)
{
    PlateSet set;
    set.unit = unit;
    if (unit == WeightUnit::Kg) {
        set.bar = 20.0;
        set.plates = {{25.0, 8}, {20.0, 2}, {15.0, 2}, {10.0, 2}, {5.0, 2}, {2.5, 2}, {1.25, 2}};
    } else {
        set.bar = 45.0;
        set.plates = {{45.0, 8}, {35.0, 2}, {25.0, 2}, {10.0, 2}, {5.0, 2}, {2.5, 2}};
    }
    return set;
}

QString PlateSet::platesText() const
{
    QStringList parts;
    for (const PlateStock &p : plates)
        parts.append(formatNumber(p.size, 3) + u'x' + QString::number(p.count));
    return parts.join(u' ');
}

std::optional<QList<PlateStock>> PlateSet::parsePlates(QStringView text, QString *error)
{
    static const QRegularExpression entry(
        QStringLiteral("^(\\d{1,4}(?:\\.\\d{1,3})?)\\s*[x×*]\\s*(\\d{1,3})$"),
        QRegularExpression::CaseInsensitiveOption);
    QList<PlateStock> out;
    static const QRegularExpression aroundTimes(QStringLiteral("\\s*([x×*])\\s*"),
                                                QRegularExpression::CaseInsensitiveOption);
    const QString all = text.toString().replace(aroundTimes, QStringLiteral("\\1"));
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &part : all.split(separators, Qt::SkipEmptyParts)) {
        const auto m = entry.match(part);
        if (!m.hasMatch()) {
            if (error)
                *error =
                    Plates::tr("expected plates as SIZExCOUNT, e.g. 25x8 20x2 2.5x2; got '%1'").arg(part);
            return std::nullopt;
        }
        out.append({m.captured(1).toDouble(), m.captured(2).toInt()});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const PlateStock &a, const PlateStock &b) { return a.size > b.size; });
    return out;
}

QStringList validate(const PlateSet &set)
{
    QStringList issues;
    const QString unit = toKey(set.unit);
    const double maxKg = 1000.0;
    const double max = set.unit == WeightUnit::Kg ? maxKg : maxKg * 1000.0 / Weight::kGramsPerPound;
    if (!onGrid(set.bar, set.unit) || set.bar < 0.0 || set.bar > max)
        issues.append(Plates::tr("The bar must weigh between 0 and %1 %2 (at most %3 decimals); got %4")
                          .arg(formatNumber(max, 0), unit, decimals(set.unit), formatNumber(set.bar, 3)));
    if (!onGrid(set.collar, set.unit) || set.collar < 0.0 || set.collar > 50.0)
        issues.append(Plates::tr("A collar must weigh between 0 and 50 %1 (at most %2 decimals); got %3")
                          .arg(unit, decimals(set.unit), formatNumber(set.collar, 3)));
    QList<double> seen;
    for (const PlateStock &p : set.plates) {
        if (!onGrid(p.size, set.unit) || p.size <= 0.0 || p.size > 100.0)
            issues.append(
                Plates::tr("A plate must weigh more than 0 and at most 100 %1 (at most %2 decimals); got %3")
                    .arg(unit, decimals(set.unit), formatNumber(p.size, 3)));
        if (p.count < 0 || p.count > 100)
            issues.append(Plates::tr("There can be 0 to 100 plates of a size; got %1 of %2 %3")
                              .arg(p.count)
                              .arg(formatNumber(p.size, 3), unit));
        if (seen.contains(p.size))
            issues.append(Plates::tr("The %1 %2 plates are listed twice").arg(formatNumber(p.size, 3), unit));
        seen.append(p.size);
    }
    return issues;
}

} // namespace spotter
