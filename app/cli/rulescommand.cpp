// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/alternatives.h"
#include "analysis/checkinquestions.h"
#include "analysis/ruletable.h"
#include "analysis/triage.h"
#include "cli.h"
#include "context.h"
#include "i18n/translator.h"
#include "jsonout.h"

#include <QJsonArray>

namespace spotter::cli {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

/// Markdown table cells must not contain a bare '|'.
QString cell(QString text)
{
    return text.replace(u'|', QStringLiteral("\\|"));
}

QString urgencyKey(const RuleSpec &r)
{
    return r.urgency ? toKey(*r.urgency) : QStringLiteral("—");
}

/// What a result shows for the rule when it decides: its finding, advice and escalation.
QString shownAdvice(const RuleSpec &r)
{
    return r.cls ? shownFor(r, r.severity()) : RuleTable::advice(r);
}

QStringList sourcesOf(const RuleSpec &r)
{
    QStringList sources = r.sources;
    if (r.judgement)
        sources.append(Cli::tr("JUDGEMENT"));
    return sources;
}

/// Regions in the order of the enum, without "other".
QList<Region> mappedRegions()
{
    QList<Region> regions = allValues(kRegionKeys);
    regions.removeAll(Region::Other);
    return regions;
}

void printMarkdown(QTextStream &out)
{
    out << "| Rule | Result | Urgency | Condition | Advice | Sources |\n"
        << "|---|---|---|---|---|---|\n";
    for (const RuleSpec &r : RuleTable::all()) {
        QStringList sources;
        for (const QString &tag : r.sources)
            sources.append(u'`' + tag + u'`');
        if (r.judgement)
            sources.append(QStringLiteral("JUDGEMENT"));
        const QString advice = shownAdvice(r);
        out << "| " << r.id << " | " << r.result << " | " << urgencyKey(r) << " | "
            << cell(RuleTable::condition(r)) << " | "
            << (advice.isEmpty() ? QStringLiteral("—") : cell(advice)) << " | "
            << (sources.isEmpty() ? QStringLiteral("—") : sources.join(QStringLiteral(", "))) << " |\n";
    }
    out << "\n| Key | Rule | Value | Unit | Meaning | Judgement | Adjustable |\n"
        << "|---|---|---|---|---|---|---|\n";
    for (const ThresholdSpec &t : Thresholds::all())
        out << "| `" << t.key.toString() << "` | " << t.rule.toString() << " | " << formatNumber(t.value, 3)
            << " | " << t.unit.toString() << " | " << cell(Thresholds::meaning(t.id)) << " | "
            << (t.judgement ? Cli::tr("yes") : Cli::tr("no")) << " | "
            << (RuleTable::isAdjustable(t.id) ? Cli::tr("yes") : Cli::tr("no")) << " |\n";
    out << "\n| Region | Leave out | Still train |\n"
        << "|---|---|---|\n";
    for (Region region : mappedRegions()) {
        const auto a = alternativesFor(region);
        out << "| `" << toKey(region) << "` | "
            << (a ? cell(a->leaveOut) : Cli::tr("everything, until checked")) << " | "
            << (a ? cell(a->train.join(QStringLiteral("; "))) : QStringLiteral("—")) << " |\n";
    }
    out << "\n| Region | Signs asked | Red flags asked |\n"
        << "|---|---|---|\n";
    for (Region region : mappedRegions()) {
        const CheckinQuestions q = checkinQuestions(region);
        out << "| `" << toKey(region) << "` | " << keysOf(kSignKeys, q.signs) << " | "
            << keysOf(kRedFlagKeys, q.redFlags) << " |\n";
    }
}

void printJsonTable(QTextStream &out)
{
    QJsonArray rules;
    for (const RuleSpec &r : RuleTable::all())
        rules.append(
            QJsonObject{{QStringLiteral("id"), r.id},
                        {QStringLiteral("result"), r.result},
                        {QStringLiteral("urgency"), r.urgency ? QJsonValue(toKey(*r.urgency)) : QJsonValue()},
                        {QStringLiteral("condition"), RuleTable::condition(r)},
                        {QStringLiteral("finding"), RuleTable::finding(r)},
                        {QStringLiteral("advice"), shownAdvice(r)},
                        {QStringLiteral("sources"), QJsonArray::fromStringList(r.sources)},
                        {QStringLiteral("judgement"), r.judgement}});
    QJsonArray thresholds;
    for (const ThresholdSpec &t : Thresholds::all())
        thresholds.append(QJsonObject{{QStringLiteral("key"), t.key.toString()},
                                      {QStringLiteral("rule"), t.rule.toString()},
                                      {QStringLiteral("value"), t.value},
                                      {QStringLiteral("unit"), t.unit.toString()},
                                      {QStringLiteral("meaning"), Thresholds::meaning(t.id)},
                                      {QStringLiteral("judgement"), t.judgement},
                                      {QStringLiteral("adjustable"), RuleTable::isAdjustable(t.id)}});
    printJson(out, QJsonObject{{QStringLiteral("rules"), rules}, {QStringLiteral("thresholds"), thresholds}});
}

} // namespace

int rulesCommand(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("json"), Cli::tr("Print the rules and thresholds as JSON.")});
    p.addOption({QStringLiteral("markdown"), Cli::tr("Print the tables of docs/rules.md.")});
    if (!ctx.parse(p, QStringLiteral("rules"),
                   Cli::tr("Show the analysis rules (rules reference §5) and every threshold they use."),
                   args))
        return 0;
    if (!p.positionalArguments().isEmpty())
        throw UsageError(Cli::tr("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (p.isSet(QStringLiteral("json"))) {
        printJsonTable(ctx.out());
        return 0;
    }
    if (p.isSet(QStringLiteral("markdown"))) {
        // A copy of docs/rules.md's tables, which are English: the same in every language.
        const EnglishScope english;
        printMarkdown(ctx.out());
        return 0;
    }
    for (const RuleSpec &r : RuleTable::all()) {
        ctx.out() << r.id << "  " << r.result;
        if (r.urgency)
            ctx.out() << '/' << toKey(*r.urgency);
        ctx.out() << "\n    " << RuleTable::condition(r) << '\n';
        const QString advice = shownAdvice(r);
        if (!advice.isEmpty())
            ctx.out() << "    " << Cli::tr("Advice: %1").arg(advice) << '\n';
        const QStringList sources = sourcesOf(r);
        ctx.out() << "    "
                  << Cli::tr("Sources: %1")
                         .arg(sources.isEmpty() ? Cli::tr("none (a fallback)")
                                                : sources.join(QStringLiteral(", ")))
                  << '\n';
        for (const ThresholdSpec &t : RuleTable::thresholdsOf(r.id))
            ctx.out() << "    " << t.key.toString() << " = " << formatNumber(t.value, 3) << ' '
                      << t.unit.toString() << "  (" << Thresholds::meaning(t.id) << ")\n";
    }
    ctx.out() << "e1RM\n";
    for (const ThresholdSpec &t : RuleTable::thresholdsOf(u"e1RM"))
        ctx.out() << "    " << t.key.toString() << " = " << formatNumber(t.value, 3) << ' '
                  << t.unit.toString() << "  (" << Thresholds::meaning(t.id) << ")\n";
    return 0;
}

} // namespace spotter::cli
