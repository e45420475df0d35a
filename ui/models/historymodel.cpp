// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/historymodel.h"

#include "analysis/reportcontext.h"
#include "analysis/reporthistory.h"
#include "analysis/thresholds.h"
#include "model/clock.h"
#include "model/liftedload.h"
#include "services/historyservice.h"
#include "shell/changenotifier.h"
#include "shell/workspace.h"
#include "store/database.h"
#include "store/sorenessrepository.h"
#include "store/storeerror.h"
#include "widgets/badges.h"

#include <QLocale>

namespace spotter {

HistoryModel::HistoryModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_ws(workspace)
{
    const auto reloadFor = [this](qint64 athleteId) {
        if (athleteId == m_athlete.id)
            reload();
    };
    connect(m_ws.notifier(), &ChangeNotifier::sessionsChanged, this, reloadFor);
    // "Soreness after" shows the reports of each session.
    connect(m_ws.notifier(), &ChangeNotifier::sorenessChanged, this, reloadFor);
    // Another database numbers its own exercises: the ids of the last one's would name its
    // sessions' lifts wrongly.
    const auto exercisesChanged = [this] {
        reloadExercises();
        reload();
    };
    connect(m_ws.notifier(), &ChangeNotifier::exercisesChanged, this, exercisesChanged);
    connect(&m_ws, &Workspace::databaseReplaced, this, exercisesChanged);
    connect(m_ws.notifier(), &ChangeNotifier::athletesChanged, this, [this] { setAthlete(m_athlete.id); });
    m_ws.whenOpen(this, [this] { reloadExercises(); });
}

void HistoryModel::reloadExercises()
{
    m_exercises.clear();
    try {
        m_catalogue = m_ws.exercises();
    } catch (const StoreError &e) {
        m_catalogue.clear();
        failRead(e);
    }
    for (const Exercise &e : std::as_const(m_catalogue))
        m_exercises.insert(e.id, e);
}

void HistoryModel::setAthlete(qint64 athleteId)
{
    try {
        const auto athlete = m_ws.athlete(athleteId);
        m_athlete = athlete.value_or(Athlete());
    } catch (const StoreError &e) {
        m_athlete = Athlete();
        failRead(e);
        return;
    }
    reload();
}

void HistoryModel::failRead(const StoreError &error)
{
    beginResetModel();
    m_rows.clear();
    m_cursor.reset();
    m_exhausted = true;
    m_readError = m_ws.reportReadFailure(tr("The sessions"), error);
    endResetModel();
}

void HistoryModel::setFilter(const SessionFilter &filter, RowFilter rowFilter)
{
    m_filter = filter;
    m_rowFilter = std::move(rowFilter);
    reload();
}

void HistoryModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void HistoryModel::reload()
{
    if (!m_live) {
        m_stale = true;
        return;
    }
    m_stale = false;
    beginResetModel();
    m_sorenessBadges.clear(); // the theme may have changed since

    m_rows.clear();
    m_cursor.reset();
    m_exhausted = m_athlete.id <= 0;
    m_readError.clear();
    endResetModel();
    // Fill the first screen straight away; the view asks for more as it scrolls.
    if (!m_exhausted)
        fetchMore({});
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    try {
        readMore();
    } catch (const StoreError &e) {
        // A page read in part (or the pages before it, shown as if they were all) would look
        // complete: show none of it, and say why.
        failRead(e);
    }
}

void HistoryModel::readMore()
{
    QList<Row> fresh;
    SessionRepository repo(m_ws.database());
    // With a row filter, keep reading pages until something matches or the history ends.
    while (fresh.isEmpty() && !m_exhausted) {
        const QList<Session> page = repo.page(m_athlete.id, m_filter, m_cursor, kPageSize, true);
        m_exhausted = page.size() < kPageSize;
        if (!page.isEmpty())
            m_cursor = SessionCursor{page.last().start.toSecsSinceEpoch(), page.last().id};
        QList<Row> rows;
        for (const Session &s : page)
            rows.append(Row{s, summarize(s, m_exercises), {}, std::nullopt, 0});
        analyze(rows);
        for (Row &r : rows) {
            if (!m_rowFilter || m_rowFilter(r))
                fresh.append(std::move(r));
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_rows.append(std::move(fresh));
    endInsertRows();
}

void HistoryModel::analyze(QList<Row> &rows) const
{
    if (rows.isEmpty())
        return;
    const Database &db = m_ws.database();
    // The page is newest first. One read covers its span and the year before it: the soreness
    // lookback, which also holds the 12 weeks of e1RM baselines and the 28 days the flags need.
    // Its reports are triaged from that in memory rather than with a few queries each.
    const QDate from = rows.last().session.start.date();
    const QDate to = rows.first().session.start.date();
    const HistoryService history(db);
    const ReportContext context = history.reportContext(m_athlete.id, from, to, &m_exercises);
    // The intensity needs 12 weeks before the page (e1RM baselines; the flags need less); the
    // older sessions read for the soreness hold only their top loads. No best ever before: PRs
    // would need the athlete's whole history, and the view does not show them (Row::analysis
    // has none).
    const QDateTime contextStart =
        QDateTime(from, QTime(0, 0)).addDays(-7 * qRound(th(Threshold::E1rmBestWeeks)));
    QList<Session> recent;
    for (const Session &s : context.sessions) {
        if (s.start >= contextStart)
            recent.append(s);
    }
    QList<SessionAnalysis> analyses = analyzeSessions(recent, context.exercises);
    QHash<qint64, const SessionAnalysis *> byId;
    for (SessionAnalysis &a : analyses) {
        for (LiftIntensity &lift : a.intensity.lifts)
            lift.pr = false;
        byId.insert(a.sessionId, &a);
    }
    QHash<qint64, Row *> rowById;
    for (Row &r : rows) {
        rowById.insert(r.session.id, &r);
        if (const SessionAnalysis *a = byId.value(r.session.id))
            r.analysis = *a;
    }
    // Soreness is reported after the session: look up to two weeks past the page's end.
    const QDateTime now = Clock::now();
    const QList<SorenessReport> reports = SorenessRepository(db).list(m_athlete.id, from, to.addDays(14));
    const QList<std::optional<ReportHistory>> histories = reportHistories(context, reports);
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const SorenessReport &report = reports[i];
        Row *r = report.sessionId ? rowById.value(*report.sessionId) : nullptr;
        if (!r)
            continue;
        const ReportHistory h = histories[i] ? *histories[i] : history.reportHistory(report);
        const Severity severity = triageReport(report, h, now).severity;
        ++r->sorenessReports;
        if (!r->soreness || severity > *r->soreness)
            r->soreness = severity;
    }
}

QIcon HistoryModel::badgeIcon(IntensityClass cls) const
{
    // The view asks for the decoration of every visible cell on every repaint; a badge's icon
    // reads its SVG from the resources, so each is made once.
    auto it = m_intensityIcons.constFind(cls);
    if (it == m_intensityIcons.cend())
        it = m_intensityIcons.insert(cls, badgeFor(cls).icon);
    return *it;
}

const Badge &HistoryModel::sorenessBadge(const Severity &severity) const
{
    auto it = m_sorenessBadges.constFind(severity.rank());
    if (it == m_sorenessBadges.cend())
        it = m_sorenessBadges.insert(severity.rank(), badgeFor(severity));
    return *it;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == SessionIdRole)
        return r.session.id;
    const WeightUnit unit = m_athlete.unit;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date: return QLocale().toString(r.session.start, QStringLiteral("ddd d MMM yyyy  HH:mm"));
        case Title: return r.session.title;
        case Exercises: return r.summary.exercises.join(QStringLiteral(", "));
        case Sets: return r.summary.workingSets;
        case Tonnage:
            return r.summary.tonnageGrams > 0 ? Weight::fromGrams(r.summary.tonnageGrams).format(unit, 0)
                                              : QString();
        case TopSet: {
            if (!r.summary.topSet)
                return {};
            const WorkoutSet &t = *r.summary.topSet;
            const Exercise exercise = m_exercises.value(t.exerciseId);
            QString text = exercise.name;
            if (t.weight && exercise.assisted && t.weight->grams() != 0)
                text += u' ' + tr("BW − %1").arg(Weight::fromGrams(std::abs(t.weight->grams())).format(unit));
            else if (t.weight && t.weight->grams() > 0)
                text += u' ' + t.weight->format(unit);
            if (t.reps)
                text += QStringLiteral(" × %1").arg(*t.reps);
            if (t.rpe)
                text += QStringLiteral(" @%1").arg(formatNumber(*t.rpe, 1));
            return text;
        }
        default: break;
        }
    }
    if (index.column() == Intensity && r.analysis.sessionId != 0) {
        const IntensityClass cls = r.analysis.intensity.cls;
        if (role == Qt::DisplayRole) {
            QString text = displayName(cls);
            if (!r.analysis.flags.isEmpty())
                text += QStringLiteral(" ⚑");
            return text;
        }
        if (role == Qt::DecorationRole)
            return badgeIcon(cls);
        if (role == Qt::ToolTipRole) {
            QStringList lines{badgeFor(cls).toolTip};
            if (!r.analysis.intensity.rules.isEmpty())
                lines.append(tr("Rules: %1").arg(r.analysis.intensity.rules.join(QStringLiteral(", "))));
            for (const SessionFlag &flag : r.analysis.flags)
                lines.append(QStringLiteral("⚑ %1 (%2): %3").arg(flag.key, flag.ruleId, flag.advice));
            return lines.join(u'\n');
        }
    }
    if (index.column() == Soreness && r.soreness) {
        if (role == Qt::DisplayRole)
            return r.sorenessReports > 1 ? tr("%1 (%n report(s))", nullptr, r.sorenessReports)
                                               .arg(sorenessBadge(*r.soreness).shortText)
                                         : sorenessBadge(*r.soreness).shortText;
        if (role == Qt::AccessibleTextRole)
            return r.soreness->displayName();
        if (role == Qt::DecorationRole)
            return sorenessBadge(*r.soreness).icon;
        if (role == Qt::ForegroundRole)
            return sorenessBadge(*r.soreness).color;
        if (role == Qt::ToolTipRole)
            return sorenessBadge(*r.soreness).toolTip;
    }
    if (role == Qt::ToolTipRole && index.column() == Exercises)
        return r.summary.exercises.join(u'\n');
    // An assisted set lifts the bodyweight less the help: without the session's bodyweight it is
    // left out of the tonnage, and the row says so rather than under-count silently.
    if (role == Qt::ToolTipRole && index.column() == Tonnage
        && lacksBodyweightForAssistance(r.session, m_exercises))
        return tr("Assisted sets are not counted: this session has no bodyweight, and an assisted set lifts "
                  "the bodyweight less the help.");
    if (role == Qt::ToolTipRole && index.column() == Sets)
        return tr("Working sets, without warm-ups and failed attempts (0 reps).");
    if (role == Qt::ToolTipRole && index.column() == Title && !r.session.notes.isEmpty())
        return r.session.notes;
    if (role == Qt::TextAlignmentRole && (index.column() == Sets || index.column() == Tonnage))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Title: return tr("Session");
    case Exercises: return tr("Exercises");
    case Sets: return tr("Sets");
    case Tonnage: return tr("Tonnage");
    case TopSet: return tr("Top set");
    case Intensity: return tr("Intensity");
    case Soreness: return tr("Soreness after");
    default: return {};
    }
}

} // namespace spotter
