// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/setsmodel.h"

#include "analysis/e1rm.h"
#include "analysis/thresholds.h"
#include "model/liftedload.h"
#include "model/validation.h"
#include "models/exercisecatalogue.h"
#include "models/setformat.h"
#include "shell/themecolors.h"
#include "widgets/badges.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace spotter {

namespace {

bool isEditable(int column)
{
    switch (column) {
    case SetsModel::Exercise:
    case SetsModel::Kind:
    case SetsModel::Weight:
    case SetsModel::Reps:
    case SetsModel::Rpe:
    case SetsModel::Rest: return true;
    default: return false;
    }
}

bool isNumeric(int column)
{
    switch (column) {
    case SetsModel::Weight:
    case SetsModel::Reps:
    case SetsModel::Rpe:
    case SetsModel::Rest:
    case SetsModel::E1rm: return true;
    default: return false;
    }
}

/// A set is classified only when something is known about its effort: an RPE, a baseline, a
/// kind that says so. A bare "100 × 5" shows no badge rather than a guessed "training".
bool isKnown(const SetIntensity &si)
{
    return !si.rules.isEmpty();
}

} // namespace

SetsModel::SetsModel(const ExerciseCatalogue &catalogue, QObject *parent)
    : QAbstractTableModel(parent), m_catalogue(catalogue)
{}

void SetsModel::setSets(const QList<WorkoutSet> &sets, const QList<SetIntensity> &intensity,
                        const QList<int> &prRows)
{
    QList<SetIntensity> classes = intensity;
    classes.resize(sets.size());
    // Keep the rows whose set is the same (by id) at both ends and replace the middle, so an
    // added or removed set moves the view's rows instead of resetting the whole grid.
    const qsizetype oldCount = m_sets.size();
    const qsizetype newCount = sets.size();
    qsizetype head = 0;
    while (head < oldCount && head < newCount && m_sets.at(head).id == sets.at(head).id)
        ++head;
    qsizetype tail = 0;
    while (tail < oldCount - head && tail < newCount - head
           && m_sets.at(oldCount - 1 - tail).id == sets.at(newCount - 1 - tail).id)
        ++tail;
    const qsizetype removed = oldCount - head - tail;
    const qsizetype inserted = newCount - head - tail;
    if (removed > 0) {
        beginRemoveRows({}, static_cast<int>(head), static_cast<int>(head + removed - 1));
        m_sets.remove(head, removed);
        m_intensity.remove(head, removed);
        endRemoveRows();
    }
    if (inserted > 0) {
        beginInsertRows({}, static_cast<int>(head), static_cast<int>(head + inserted - 1));
        for (qsizetype i = 0; i < inserted; ++i) {
            m_sets.insert(head + i, sets.at(head + i));
            m_intensity.insert(head + i, classes.at(head + i));
        }
        endInsertRows();
    }
    m_sets = sets;
    m_intensity = classes;
    m_prRows = prRows;
    if (newCount > 0) {
        emit dataChanged(index(0, 0), index(static_cast<int>(newCount) - 1, ColumnCount - 1));
        if (removed != inserted && head < newCount)
            emit headerDataChanged(Qt::Vertical, static_cast<int>(head), static_cast<int>(newCount) - 1);
    }
}

void SetsModel::setBodyweight(std::optional<spotter::Weight> bodyweight)
{
    if (bodyweight == m_bodyweight)
        return;
    m_bodyweight = bodyweight;
    if (rowCount() > 0)
        emit dataChanged(index(0, E1rm), index(rowCount() - 1, E1rm));
}

void SetsModel::setUnit(WeightUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    emit headerDataChanged(Qt::Horizontal, Weight, E1rm); // Plates is between them
    if (!m_sets.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SetsModel::setPlates(const spotter::PlateSet &plates)
{
    if (m_plates && m_plates->plateSet() == plates)
        return;
    m_plates.emplace(plates);
    emit headerDataChanged(Qt::Horizontal, Plates, Plates);
    if (!m_sets.isEmpty())
        emit dataChanged(index(0, Plates), index(rowCount() - 1, Plates));
}

std::optional<PlateLoadout> SetsModel::loadout(int row) const
{
    const WorkoutSet &s = m_sets.at(row);
    const spotter::Exercise *exercise = m_catalogue.get(s.exerciseId);
    // Main lifts are the barbell lifts (rules reference §5.4); the plan's plates go by the same.
    if (!m_plates || !exercise || !exercise->isMainLift() || exercise->assisted || !s.weight
        || s.weight->grams() <= 0 || s.isTimed() || s.distanceCm.value_or(0) > 0)
        return std::nullopt;
    return m_plates->load(*s.weight);
}

void SetsModel::setHistory(QHash<qint64, spotter::LastTime> last, QHash<qint64, spotter::Weight> recentBest)
{
    if (last == m_last && recentBest == m_recentBest)
        return;
    m_last = std::move(last);
    m_recentBest = std::move(recentBest);
    if (!m_sets.isEmpty())
        emit dataChanged(index(0, LastTime), index(rowCount() - 1, LastTime));
}

QString SetsModel::lastTimeText(int row) const
{
    const qint64 id = m_sets.at(row).exerciseId;
    for (int r = 0; r < row; ++r) {
        if (m_sets.at(r).exerciseId == id)
            return {};
    }
    QStringList parts;
    if (const auto it = m_last.constFind(id); it != m_last.cend()) {
        const QString summary = it->summary(m_unit);
        parts.append(summary.isEmpty() ? tr("warm-ups only") : summary);
    } else {
        parts.append(tr("first time"));
    }
    if (const auto best = m_recentBest.constFind(id); best != m_recentBest.cend())
        parts.append(tr("best e1RM %1").arg(best->format(m_unit, 1)));
    return parts.join(QStringLiteral(" · "));
}

int SetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sets.size());
}

int SetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void SetsModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_sets.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Qt::ItemFlags SetsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable && isEditable(index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SetsModel::display(int row, int column) const
{
    const WorkoutSet &s = m_sets.at(row);
    const SetIntensity &si = m_intensity.at(row);
    const spotter::Exercise *exercise = m_catalogue.get(s.exerciseId);
    switch (column) {
    case Exercise: return exercise ? exercise->name : tr("Unknown exercise");
    case Kind: return displayName(s.kind);
    case Weight: {
        const bool bodyweight = exercise && exercise->kind == ExerciseKind::Bodyweight;
        if (!s.weight || s.weight->grams() == 0)
            return bodyweight || (exercise && exercise->assisted) ? tr("BW") : QString();
        // An assisted set's load is the help, taken off the bodyweight.
        if (exercise && exercise->assisted)
            return tr("BW − %1").arg(spotter::Weight::fromGrams(std::abs(s.weight->grams())).number(m_unit));
        return bodyweight ? tr("+%1").arg(s.weight->number(m_unit)) : s.weight->number(m_unit);
    }
    case Plates: {
        const auto l = loadout(row);
        return l ? compactLoadout(*l, m_plates->plateSet()) : QString();
    }
    case Reps: return formatWork(s);
    case Rpe:
        if (s.rpe)
            return formatNumber(*s.rpe, 1);
        return s.rir ? tr("RIR %1").arg(formatNumber(*s.rir, 1)) : QString();
    case Rest: return s.restSeconds ? formatClock(*s.restSeconds) : QString();
    case E1rm:
        // An assisted set lifts the bodyweight less the help: without the bodyweight there is
        // nothing to estimate from, and the cell says what is missing.
        if (exercise && exercise->assisted && !m_bodyweight && !s.isWarmup())
            return tr("needs BW");
        // The added load of a pull-up is not what was lifted: its "e1RM" would mislead.
        if (!si.e1rm || (exercise && exercise->kind == ExerciseKind::Bodyweight && !exercise->assisted))
            return {};
        return m_prRows.contains(row) ? tr("★ %1").arg(si.e1rm->number(m_unit, 1))
                                      : si.e1rm->number(m_unit, 1);
    case Intensity: return isKnown(si) ? badgeFor(si.cls).text : QString();
    case LastTime: return lastTimeText(row);
    default: return {};
    }
}

QVariant SetsModel::toolTip(int row, int column) const
{
    const WorkoutSet &s = m_sets.at(row);
    const SetIntensity &si = m_intensity.at(row);
    switch (column) {
    case Exercise:
        if (const auto *e = m_catalogue.get(s.exerciseId))
            return tr("%1 (%2). Type to choose another; aliases work too.")
                .arg(e->name, displayName(e->kind));
        return {};
    case Kind: return tr("Warm-up sets never count towards e1RM or intensity.");
    case Weight:
        if (m_catalogue.isAssisted(s.exerciseId))
            return tr("Assistance in %1: how much the machine or band takes off your bodyweight (25 or "
                      "bw-25); bw for none.")
                .arg(displayName(m_unit));
        return tr("Load in %1; write 180lb or 80kg for another unit, bw for none.").arg(displayName(m_unit));
    case Plates: {
        const auto l = loadout(row);
        if (!l)
            return {};
        return tr("%1.\nThis athlete's plates: the Plates… button above changes them.")
            .arg(describeLoadout(*l, m_plates->plateSet()));
    }
    case Reps: return tr("Reps; or a duration (45s, 1:30) or a distance (40m, 2km).");
    case Rpe: return tr("RPE from 1 to 10 in steps of 0.5 (10 = no reps left), or reps in reserve: rir 2.");
    case Rest: return tr("Rest before this set: 90, 2:30 or 3m. The rest timer fills it in.");
    case E1rm: {
        if (s.isWarmup())
            return tr("Warm-ups give no e1RM.");
        const bool assisted = m_catalogue.isAssisted(s.exerciseId);
        if (assisted && !m_bodyweight)
            return tr("No e1RM and no volume: an assisted set lifts your bodyweight less the help. Enter "
                      "this session's bodyweight to count it.");
        if (const auto *e = m_catalogue.get(s.exerciseId);
            e && e->kind == ExerciseKind::Bodyweight && !assisted)
            return tr("No e1RM for bodyweight exercises: the added load is only part of what is lifted.");
        if (s.isMissedAttempt())
            return tr("A failed attempt gives no e1RM: it lifted nothing. It counts as a max effort.");
        WorkoutSet lifted = s;
        lifted.weight = liftedLoad(s, assisted, m_bodyweight);
        const auto estimate = estimateE1rm(lifted);
        if (!estimate)
            return tr("No e1RM: it needs a load and reps, at most %1 reps and RPE %2 or more.")
                .arg(th(Threshold::E1rmMaxReps))
                .arg(th(Threshold::E1rmMinRpe));
        QString text;
        if (assisted)
            text = tr("The load lifted is the bodyweight less the help: %1.\n")
                       .arg(lifted.weight ? lifted.weight->format(m_unit) : QString());
        switch (estimate->method) {
        case E1rmMethod::Rts: text += tr("Estimated 1RM from reps and effort (RTS chart)."); break;
        case E1rmMethod::Epley:
            text += tr("Estimated 1RM from reps (Epley); add an RPE for a better one.");
            break;
        case E1rmMethod::Single: text += tr("A single: its load is the e1RM."); break;
        }
        if (si.pctE1rm)
            text += u'\n'
                    + tr("The load is %1% of the best e1RM of the %2 weeks before this session.")
                          .arg(formatNumber(*si.pctE1rm, 0))
                          .arg(th(Threshold::E1rmBestWeeks));
        if (m_prRows.contains(row))
            text += u'\n' + tr("★ A new best e1RM for this lift.");
        return text;
    }
    case Intensity: {
        if (!isKnown(si))
            return s.isWarmup() ? tr("Warm-ups are not classified.")
                                : tr("Add an RPE to see how hard this set was.");
        const Badge badge = badgeFor(si.cls);
        return tr("%1\nRules: %2").arg(badge.toolTip, si.rules.join(QStringLiteral(", ")));
    }
    case LastTime: {
        const auto it = m_last.constFind(s.exerciseId);
        if (lastTimeText(row).isEmpty() || it == m_last.cend())
            return {};
        return tr("The last session with %1, on %2; the best e1RM is over the last %3 weeks.")
            .arg(m_catalogue.name(s.exerciseId), QLocale().toString(it->start.date(), QLocale::LongFormat))
            .arg(th(Threshold::E1rmBestWeeks));
    }
    default: return {};
    }
}

QVariant SetsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const WorkoutSet &s = m_sets.at(row);
    const SetIntensity &si = m_intensity.at(row);
    switch (role) {
    case Qt::DisplayRole: return display(row, column);
    case Qt::EditRole:
        switch (column) {
        case Exercise: return m_catalogue.name(s.exerciseId);
        case Kind: return static_cast<int>(s.kind);
        // To the gram, so that an editor left unchanged reads back the very same load.
        case Weight:
            // An assisted set edits its help, as a positive number.
            if (s.weight && m_catalogue.isAssisted(s.exerciseId) && s.weight->grams() != 0)
                return spotter::Weight::fromGrams(std::abs(s.weight->grams())).number(m_unit, 3);
            return s.weight && s.weight->grams() > 0 ? s.weight->number(m_unit, 3) : QString();
        default: return display(row, column);
        }
    case Qt::ToolTipRole: return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == Intensity && isKnown(si))
            return badgeFor(si.cls).icon;
        return {};
    case Qt::ForegroundRole:
        if (column == Intensity && isKnown(si))
            return badgeFor(si.cls).color;
        // Warm-ups and last time's numbers recede so today's working sets stand out.
        if (s.isWarmup() || column == LastTime)
            return ThemeColors::hint(QApplication::palette(), {QPalette::Base, QPalette::AlternateBase});
        return {};
    case Qt::FontRole:
        if ((column == E1rm && m_prRows.contains(row)) || (column == Intensity && isKnown(si))) {
            QFont bold = QApplication::font();
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleTextRole: {
        if (column == E1rm && m_prRows.contains(row))
            return tr("%1, new best").arg(display(row, column).toString());
        return display(row, column);
    }
    case SetIdRole: return s.id;
    case IntensityClassRole: return isKnown(si) ? QVariant(static_cast<int>(si.cls)) : QVariant();
    default: return {};
    }
}

QVariant SetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("Set %1").arg(section + 1);
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == E1rm)
        return tr("Estimated one-rep max of each set");
    if (role == Qt::ToolTipRole && section == Plates)
        return tr("The plates on each side of the bar, heaviest first");
    if (role == Qt::ToolTipRole && section == Intensity)
        return tr("Training, hard or testing (rules IR-01 to IR-07)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Exercise: return tr("Exercise");
    case Kind: return tr("Kind");
    case Weight: return tr("Weight (%1)").arg(displayName(m_unit));
    case Plates:
        // Plates are in their own unit, which may not be the one loads are shown in.
        if (m_plates && m_plates->plateSet().unit != m_unit)
            return tr("Plates/side (%1)").arg(displayName(m_plates->plateSet().unit));
        return tr("Plates/side");
    case Reps: return tr("Reps");
    case Rpe: return tr("RPE");
    case Rest: return tr("Rest");
    case E1rm: return tr("e1RM (%1)").arg(displayName(m_unit));
    case Intensity: return tr("Intensity");
    case LastTime: return tr("Last time");
    default: return {};
    }
}

bool SetsModel::reject(const QString &message)
{
    m_lastError = message;
    emit editRejected(message);
    return false;
}

std::optional<QString> SetsModel::apply(WorkoutSet &set, int row, int column, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    switch (column) {
    case Exercise: {
        if (text.isEmpty())
            return tr("Choose an exercise");
        const auto *exercise = m_catalogue.find(text);
        if (!exercise) {
            emit unknownExercise(row, text);
            return m_catalogue.unknownMessage(text);
        }
        set.exerciseId = exercise->id;
        return std::nullopt;
    }
    case Kind: return applyKind(set, value);
    case Weight: return applyLoad(set, text, m_catalogue.isAssisted(set.exerciseId), m_unit);
    case Reps: return applyWork(set, text);
    case Rpe: return applyEffort(set, text);
    case Rest: return applyRest(set, text);
    default: return tr("This column cannot be edited");
    }
}

bool SetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_commit || !index.isValid()
        || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !m_editable
        || !isEditable(index.column()))
        return false;
    const int row = index.row();
    WorkoutSet after = m_sets.at(row);
    if (const auto error = apply(after, row, index.column(), value))
        return reject(*error);
    m_lastError.clear();
    if (after == m_sets.at(row))
        return true;
    if (const ValidationIssues issues = validate(after, m_catalogue.isAssisted(after.exerciseId));
        !issues.isEmpty())
        return reject(joinMessages(issues));
    if (const auto error = m_commit(row, after))
        return reject(*error);
    return true;
}

} // namespace spotter
