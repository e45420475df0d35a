// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importsummary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace spotter::importsummary {

namespace {

// The dialog's context, so that the strings translate with the rest of it.
QString tr(const char *text, qint64 n = -1)
{
    return QCoreApplication::translate("spotter::ImportDialog", text, nullptr, static_cast<int>(n));
}

/// "12 set(s)", "3 soreness report(s)" or both: what the valid part holds.
QString validItems(const ImportResult &r)
{
    const QString sets = tr("%n valid set(s)", r.sets);
    const QString reports = tr("%n valid soreness report(s)", r.soreness);
    if (r.soreness == 0)
        return sets;
    if (r.sets == 0)
        return reports;
    return tr("%1 and %2").arg(sets, reports);
}

} // namespace

QString unitText(const ImportResult &r)
{
    const QString unit = displayName(r.unit.value_or(WeightUnit::Kg));
    if (r.format == ImportFormat::Spotter)
        return tr("weights in kg");
    switch (r.unitSource) {
    case UnitSource::Header: return tr("weights in %1, as its header says").arg(unit);
    case UnitSource::Rows: return tr("the weight unit is given on each row");
    case UnitSource::Option: return tr("weights in %1, as you chose").arg(unit);
    }
    return {};
}

QString names(const QStringList &list)
{
    return list.join(QStringLiteral(", ")).toHtmlEscaped();
}

qsizetype invalidRows(const ImportDiagnostics &errors)
{
    const QList<qint64> &lines = errors.errorLines();
    return QSet<qint64>(lines.cbegin(), lines.cend()).size();
}

QStringList partialLines(const ImportResult &r)
{
    QStringList lines;
    // A workout is held back whole: its valid rows wait with the invalid one, so that fixing
    // and importing the rejects file adds the whole workout (docs/csv-format.md §5).
    lines.append(tr("<b>%n row(s) have problems</b> (listed below). Each holds back its whole workout, so "
                    "%1 (%2) cannot be imported as they are.",
                    invalidRows(r.rejections))
                     .arg(tr("%n row(s)", r.rejectedRows), tr("%n workout(s)", r.rejectedWorkouts)));
    if (r.sessions > 0 || r.soreness > 0)
        lines.append(tr("The rest can be: <b>%1</b>, <b>%2</b> and <b>%3</b>.")
                         .arg(tr("%n session(s)", r.sessions), tr("%n set(s)", r.sets),
                              tr("%n soreness report(s)", r.soreness)));
    return lines;
}

QString partialQuestion(const ImportResult &r)
{
    return tr("Import the %1 and save the %2 that cannot be imported to a file?")
        .arg(validItems(r), tr("%n row(s)", r.rejectedRows));
}

QString rejectsSavedLine(const ImportResult &r)
{
    return tr("<b>%1</b> that could not be imported were saved, unchanged and with the reasons, to "
              "<b>%2</b>. Fix them there and import that file to add them.")
        .arg(tr("%n row(s)", r.rejectedRows), QDir::toNativeSeparators(r.rejectsFile).toHtmlEscaped());
}

QStringList problemLines(const QString &file, const ImportResult &r)
{
    QStringList out;
    const auto errors = [&](const ImportDiagnostics &d) {
        for (const ImportMessage &m : d.errors())
            out.append(ImportDiagnostics::format(file, m));
        if (d.errorCount() > d.errors().size())
            out.append(tr("… and %n more error(s)", d.errorCount() - d.errors().size()));
    };
    errors(r.rejections);
    errors(r.diagnostics);
    const ImportDiagnostics &d = r.diagnostics;
    for (const ImportMessage &m : d.warnings())
        out.append(ImportDiagnostics::format(file, {m.line, tr("warning: %1").arg(m.text)}));
    if (d.warningCount() > d.warnings().size())
        out.append(tr("… and %n more warning(s)", d.warningCount() - d.warnings().size()));
    return out;
}

} // namespace spotter::importsummary
