// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportcsv.h"

#include "csv/csvnumbers.h"
#include "csv/csvwriter.h"
#include "report/report.h"

#include <QCoreApplication>

namespace spotter {

namespace {

using namespace csvnumbers;

/// One row: the number cells are formatted here, the text cells neutralised by the writer.
struct Row
{
    QString section;
    QString date;
    QString item; ///< free text (names), neutralised
    QByteArray value;
    QString unit;
    QString cls;
    QString rules;
    QString detail; ///< free text, neutralised
};

class ReportRows
{
public:
    ReportRows(CsvWriter &writer, char decimalPoint) : m_writer(writer), m_point(decimalPoint) {}

    void write(const Row &row)
    {
        m_writer.plain(row.section).plain(row.date).text(row.item).plainUtf8(row.value).plain(row.unit);
        m_writer.plain(row.cls).plain(row.rules).text(row.detail);
        m_writer.endRecord();
    }

    QByteArray integer(qint64 v) const
    {
        QByteArray out;
        appendInt(out, v);
        return out;
    }
    QByteArray kg(Weight w) const
    {
        QByteArray out;
        appendGramsAsKg(out, w.grams(), m_point);
        return out;
    }
    QByteArray rounded(double v, int decimals) const
    {
        // Derived values are shown as the analysis rounds them for people (2 decimals at most).
        QByteArray out;
        appendDecimal(out, roundArtefacts(v, decimals), m_point);
        return out;
    }
    static QString time(const QDateTime &t)
    {
        QByteArray out;
        appendIsoDateTime(out, t.toSecsSinceEpoch(), t.offsetFromUtc());
        return QString::fromLatin1(out);
    }

private:
    CsvWriter &m_writer;
    char m_point;
};

QString where(const SorenessReport &r)
{
    if (r.side == Side::Both)
        return displayName(r.region);
    return QCoreApplication::translate("spotter::Report", "%1 (%2)")
        .arg(displayName(r.region), displayName(r.side).toLower());
}

void soreness(ReportRows &rows, const QString &section, const QList<TriagedReport> &reports)
{
    for (const TriagedReport &t : reports) {
        QString detail = t.report.resolvedAt ? QCoreApplication::translate("spotter::Report", "gone %1")
                                                   .arg(ReportRows::time(*t.report.resolvedAt))
                                             : QCoreApplication::translate("spotter::Report", "open");
        if (section == u"attention" && !t.triage.matched.isEmpty())
            detail = (t.triage.urgency() ? urgencyInstruction(*t.triage.urgency()) + QStringLiteral(". ")
                                         : QString())
                     + t.triage.matched.first().advice;
        if (const QString answers = reportedAnswers(t.report); !answers.isEmpty())
            detail += QStringLiteral("; ") + answers;
        rows.write({section, ReportRows::time(t.report.noticedAt), where(t.report),
                    rows.integer(t.report.intensity), QStringLiteral("/10"), t.triage.severity.key(),
                    t.triage.ruleIds().join(u' '), detail});
    }
}

} // namespace

bool writeReportCsv(const Report &r, QIODevice *device, bool excel, bool decimalComma, QString *error)
{
    CsvWriter::Options options;
    options.delimiter = excel && decimalComma ? ';' : ',';
    options.crlf = excel;
    options.bom = excel;
    CsvWriter writer(device, options);
    writer.writeRecord({QStringLiteral("section"), QStringLiteral("date"), QStringLiteral("item"),
                        QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("class"),
                        QStringLiteral("rules"), QStringLiteral("detail")});
    ReportRows rows(writer, excel && decimalComma ? ',' : '.');
    const QString report = QStringLiteral("report");
    rows.write(
        {report, ReportRows::time(r.generated), QStringLiteral("athlete"), {}, {}, {}, {}, r.athlete.name});
    rows.write({report, {}, QStringLiteral("range"), {}, {}, {}, {}, rangeText(r)});

    const ReportSummary &s = r.summary;
    const QString summary = QStringLiteral("summary");
    const QList<QPair<QString, qint64>> counts{
        {QStringLiteral("sessions"), s.sessions},
        {QStringLiteral("working_sets"), s.workingSets},
        {QStringLiteral("testing_sessions"), s.testingSessions},
        {QStringLiteral("hard_sessions"), s.hardSessions},
        {QStringLiteral("soreness_reports"), s.sorenessReports},
        {QStringLiteral("open_reports"), s.openReports},
    };
    for (const auto &[item, n] : counts)
        rows.write({summary, {}, item, rows.integer(n), {}, {}, {}, {}});
    rows.write({summary,
                {},
                QStringLiteral("tonnage"),
                rows.kg(Weight::fromGrams(s.tonnageGrams)),
                QStringLiteral("kg"),
                {},
                {},
                {}});
    rows.write({summary, {}, QStringLiteral("srpe_load"), rows.rounded(s.srpeLoad, 1), {}, {}, {}, {}});
    for (const auto &[key, n] : s.flags)
        rows.write({summary, {}, QStringLiteral("flag"), rows.integer(n), {}, key, {}, flagName(key)});

    soreness(rows, QStringLiteral("attention"), r.attention);
    soreness(rows, QStringLiteral("soreness"), r.soreness);

    for (const LiftProgress &lift : r.lifts) {
        for (const LiftPoint &p : lift.points)
            rows.write({QStringLiteral("e1rm"),
                        p.periodStart.toString(Qt::ISODate),
                        lift.exercise,
                        rows.kg(p.e1rm),
                        QStringLiteral("kg"),
                        toKey(p.hardest),
                        {},
                        p.pr ? QStringLiteral("PR") : QString()});
    }
    for (const ReportFlag &f : r.flags) {
        const QString cls = f.flag.level ? f.flag.key + u'/' + toKey(*f.flag.level) : f.flag.key;
        rows.write({QStringLiteral("flag"), ReportRows::time(f.sessionStart), f.exercise,
                    rows.integer(f.sessionId), QStringLiteral("session"), cls, f.flag.ruleId, f.flag.advice});
    }
    for (const WeekLoad &w : r.weeks) {
        const QString week = QStringLiteral("week");
        const QString day = w.weekStart.toString(Qt::ISODate);
        const QString flags = w.flags.join(u' ');
        rows.write({week, day, QStringLiteral("load"), rows.rounded(w.load, 1), {}, {}, {}, flags});
        if (w.monotony.monotony) {
            rows.write({week,
                        day,
                        QStringLiteral("monotony"),
                        rows.rounded(*w.monotony.monotony, 2),
                        {},
                        {},
                        {},
                        {}});
            rows.write(
                {week, day, QStringLiteral("strain"), rows.rounded(w.monotony.strain, 1), {}, {}, {}, {}});
        }
        if (w.acwr)
            rows.write({week,
                        day,
                        QStringLiteral("acwr"),
                        rows.rounded(*w.acwr, 2),
                        {},
                        w.band ? toKey(*w.band) : QString(),
                        {},
                        {}});
        if (w.changePct)
            rows.write({week,
                        day,
                        QStringLiteral("change"),
                        rows.rounded(*w.changePct, 1),
                        QStringLiteral("%"),
                        {},
                        {},
                        {}});
    }
    for (const RedFlagItem &item : r.checklist)
        rows.write({QStringLiteral("checklist"),
                    {},
                    item.question,
                    {},
                    {},
                    toKey(item.urgency),
                    item.ruleId,
                    urgencyInstruction(item.urgency)});
    rows.write({QStringLiteral("note"), {}, {}, {}, {}, {}, {}, r.note});
    if (!writer.flush()) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}

} // namespace spotter
