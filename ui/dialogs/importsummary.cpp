// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importsummary.h"

#include "dialogs/importdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace spotter::importsummary {

namespace {

/// "12 set(s)", "3 soreness report(s)" or both: what the valid part holds.
QString validItems(const ImportResult &r)
{
    const QString sets = ImportDialog::tr("%n valid set(s)", nullptr, static_cast<int>(r.sets));
    const QString reports =
        ImportDialog::tr("%n valid soreness report(s)", nullptr, static_cast<int>(r.soreness));
    if (r.soreness == 0)
        return sets;
    if (r.sets == 0)
        return reports;
    return ImportDialog::tr("%1 and %2").arg(sets, reports);
}

} // namespace

QString unitText(const ImportResult &r)
{
    const QString unit = displayName(r.unit.value_or(WeightUnit::Kg));
    if (r.format == ImportFormat::Spotter)
        return ImportDialog::tr("weights in kg");
    switch (r.unitSource) {
    case UnitSource::Header: return ImportDialog::tr("weights in %1, as its header says").arg(unit);
    case UnitSource::Rows: return ImportDialog::tr("the weight unit is given on each row");
    case UnitSource::Option: return ImportDialog::tr("weights in %1, as you chose").arg(unit);
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
    lines.append(ImportDialog::tr(
                     "<b>%n row(s) have problems</b> (listed below). Each holds back its whole workout, so "
                     "%1 (%2) cannot be imported as they are.",
                     nullptr, static_cast<int>(invalidRows(r.rejections)))
                     .arg(ImportDialog::tr("%n row(s)", nullptr, static_cast<int>(r.rejectedRows)),
                          ImportDialog::tr("%n workout(s)", nullptr, static_cast<int>(r.rejectedWorkouts))));
    if (r.sessions > 0 || r.soreness > 0)
        lines.append(
            ImportDialog::tr("The rest can be: <b>%1</b>, <b>%2</b> and <b>%3</b>.")
                .arg(ImportDialog::tr("%n session(s)", nullptr, static_cast<int>(r.sessions)),
                     ImportDialog::tr("%n set(s)", nullptr, static_cast<int>(r.sets)),
                     ImportDialog::tr("%n soreness report(s)", nullptr, static_cast<int>(r.soreness))));
    return lines;
}

QString partialQuestion(const ImportResult &r)
{
    return ImportDialog::tr("Import the %1 and save the %2 that cannot be imported to a file?")
        .arg(validItems(r), ImportDialog::tr("%n row(s)", nullptr, static_cast<int>(r.rejectedRows)));
}

QString rejectsSavedLine(const ImportResult &r)
{
    return ImportDialog::tr(
               "<b>%1</b> that could not be imported were saved, unchanged and with the reasons, to "
               "<b>%2</b>. Fix them there and import that file to add them.")
        .arg(ImportDialog::tr("%n row(s)", nullptr, static_cast<int>(r.rejectedRows)),
             QDir::toNativeSeparators(r.rejectsFile).toHtmlEscaped());
}

QStringList problemLines(const QString &file, const ImportResult &r)
{
    QStringList out;
    const auto errors = [&](const ImportDiagnostics &d) {
        for (const ImportMessage &m : d.errors())
            out.append(ImportDiagnostics::format(file, m));
        if (d.errorCount() > d.errors().size())
            out.append(ImportDialog::tr("… and %n more error(s)", nullptr,
                                        static_cast<int>(d.errorCount() - d.errors().size())));
    };
    errors(r.rejections);
    errors(r.diagnostics);
    const ImportDiagnostics &d = r.diagnostics;
    for (const ImportMessage &m : d.warnings())
        out.append(ImportDiagnostics::format(file, {m.line, ImportDialog::tr("warning: %1").arg(m.text)}));
    if (d.warningCount() > d.warnings().size())
        out.append(ImportDialog::tr("… and %n more warning(s)", nullptr,
                                    static_cast<int>(d.warningCount() - d.warnings().size())));
    return out;
}

} // namespace spotter::importsummary
