// SPDX-License-Identifier: GPL-3.0-or-later
#include "triageout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace spotter::cli {

namespace {
// Holds this file's translation context in a form lupdate can follow.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(spotter::cli::Cli)
};

} // namespace

QJsonObject triageJson(const TriageResult &result)
{
    return {
        {QStringLiteral("class"), toKey(result.cls())},
        {QStringLiteral("urgency"), result.urgency() ? QJsonValue(toKey(*result.urgency())) : QJsonValue()},
        {QStringLiteral("rules"), QJsonArray::fromStringList(result.ruleIds())},
        {QStringLiteral("advice"), QJsonArray::fromStringList(result.advice())}};
}

QString triageJsonText(const TriageResult &result)
{
    const QJsonObject o = triageJson(result);
    QStringList members;
    for (const char *key : {"class", "urgency", "rules", "advice"}) {
        // A one-element array serialises any JSON value with Qt's escaping; strip its brackets.
        const QByteArray wrapped =
            QJsonDocument(QJsonArray{o.value(QLatin1String(key))}).toJson(QJsonDocument::Compact);
        members.append(u'"' + QLatin1String(key) + QStringLiteral("\":")
                       + QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)));
    }
    return u'{' + members.join(u',') + u'}';
}

QString triageSummary(const TriageResult &result)
{
    return Cli::tr("%1 (%2)").arg(result.severity.displayName(), result.ruleIds().join(QStringLiteral(", ")));
}

void printTriage(QTextStream &out, const TriageResult &result, const QString &indent)
{
    out << indent << Cli::tr("Result: %1").arg(result.severity.displayName());
    if (result.urgency())
        out << " - " << urgencyInstruction(*result.urgency());
    out << '\n' << indent << Cli::tr("Why, and what to do:") << '\n';
    for (const MatchedRule &m : result.matched)
        out << indent << "  " << m.id << ": " << m.advice << '\n';
    for (const Tip &tip : result.tips)
        out << indent << "  " << tip.id << ": " << tip.text << '\n';
    out << indent << TriageResult::checklistHeading() << '\n';
    for (const RedFlagItem &item : TriageResult::redFlagChecklist())
        out << indent << "  [ ] " << item.question << " (" << item.ruleId << ", " << displayName(item.urgency)
            << ")\n";
    out << indent << TriageResult::note() << '\n';
}

} // namespace spotter::cli
