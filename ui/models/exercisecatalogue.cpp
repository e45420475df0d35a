// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exercisecatalogue.h"

#include "model/editdistance.h"

#include <algorithm>

namespace spotter {

void ExerciseCatalogue::reset(QList<Exercise> exercises)
{
    m_all = std::move(exercises);
    m_byId.clear();
    m_byKey.clear();
    for (const Exercise &e : std::as_const(m_all)) {
        m_byId.insert(e.id, e);
        m_byKey.insert(nameKey(e.name), e.id);
        for (const QString &alias : e.aliases)
            m_byKey.insert(nameKey(alias), e.id);
    }
}

const Exercise *ExerciseCatalogue::get(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &*it;
}

const Exercise *ExerciseCatalogue::find(QStringView nameOrAlias) const
{
    const auto it = m_byKey.constFind(nameKey(nameOrAlias));
    return it == m_byKey.constEnd() ? nullptr : get(*it);
}

QString ExerciseCatalogue::name(qint64 id) const
{
    const Exercise *e = get(id);
    return e ? e->name : QString();
}

QStringList ExerciseCatalogue::spellings() const
{
    QStringList out;
    for (const Exercise &e : m_all) {
        out.append(e.name);
        out.append(e.aliases);
    }
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

ExerciseKindLookup ExerciseCatalogue::kindLookup() const
{
    return [this](const QString &name) -> std::optional<ExerciseKind> {
        if (const Exercise *e = find(name))
            return e->kind;
        return std::nullopt;
    };
}

ExerciseAssistedLookup ExerciseCatalogue::assistedLookup() const
{
    return [this](const QString &name) {
        const Exercise *e = find(name);
        return e && e->assisted;
    };
}

bool ExerciseCatalogue::isAssisted(qint64 id) const
{
    const Exercise *e = get(id);
    return e && e->assisted;
}

QString ExerciseCatalogue::unknownMessage(const QString &name) const
{
    QStringList suggestions = closestExerciseNames(name, m_all);
    if (suggestions.isEmpty())
        return tr("There is no exercise '%1' in the catalogue.").arg(name);
    for (QString &s : suggestions)
        s = u'\'' + s + u'\'';
    const QString last = suggestions.takeLast();
    const QString choices =
        suggestions.isEmpty() ? last : tr("%1 or %2").arg(suggestions.join(QStringLiteral(", ")), last);
    return tr("There is no exercise '%1' in the catalogue; did you mean %2?").arg(name, choices);
}

} // namespace spotter
