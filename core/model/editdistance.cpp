// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/editdistance.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <tuple>

namespace spotter {

int editDistance(QStringView a, QStringView b, int limit)
{
    limit = std::max(limit, 0);
    if (a.size() < b.size())
        std::swap(a, b);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n - m > limit)
        return limit + 1;
    // Three rows: the one before the previous is needed for transpositions.
    QList<int> before(m + 1, 0);
    QList<int> previous(m + 1, 0);
    QList<int> row(m + 1, 0);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        row[0] = static_cast<int>(i);
        int rowMin = row[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, before[j - 2] + 1);
            row[j] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return std::min(previous[m], limit + 1);
}

QStringList closestExerciseNames(QStringView query, const QList<Exercise> &catalogue, int maxResults)
{
    const QString q = nameKey(query);
    if (q.isEmpty() || maxResults <= 0)
        return {};
    // Short names tolerate one slip; longer ones a few.
    const int threshold = q.size() <= 4 ? 1 : q.size() <= 8 ? 2 : 3;
    struct Match
    {
        int tier; ///< 0: a few edits away; 1: contains the query or is contained in it
        int score;
        QString spelling;
    };
    QList<Match> matches;
    for (const Exercise &exercise : catalogue) {
        std::optional<Match> best;
        QStringList spellings{exercise.name};
        spellings.append(exercise.aliases);
        for (const QString &spelling : spellings) {
            const QString key = nameKey(spelling);
            std::optional<Match> match;
            const int distance = editDistance(q, key, threshold);
            if (distance <= threshold)
                match = Match{0, distance, spelling};
            else if (q.size() >= 3 && (key.contains(q) || (key.size() >= 3 && q.contains(key))))
                match = Match{1, static_cast<int>(std::abs(key.size() - q.size())), spelling};
            if (match && (!best || std::tie(match->tier, match->score) < std::tie(best->tier, best->score)))
                best = match;
        }
        if (best)
            matches.append(*best);
    }
    std::stable_sort(matches.begin(), matches.end(), [](const Match &x, const Match &y) {
        return std::tie(x.tier, x.score) < std::tie(y.tier, y.score);
    });
    QStringList out;
    for (const Match &match : matches) {
        if (out.size() == maxResults)
            break;
        out.append(match.spelling);
    }
    return out;
}

} // namespace spotter
