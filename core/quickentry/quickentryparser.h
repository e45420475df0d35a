// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "quickentry/quickentrylexer.h"
#include "quickentry/quickentrywords.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace spotter {

/// A quick-entry line could not be read: where (UTF-16 offset and length) and why.
struct QuickEntryFailure
{
    qsizetype offset = 0;
    qsizetype length = 0;
    QString message;
};

/// One quantity as written: a bare number, a load, a duration or a distance.
struct QuickEntryItem
{
    using What = QuickEntryMeasure;

    What what = What::Count;
    const QuickEntryToken *at = nullptr; ///< first token
    qsizetype end = 0;                   ///< offset just after the item
    QStringView number;                  ///< Count and Load; empty for a plain "bw"
    const QuickEntryToken *numberAt = nullptr;
    std::optional<WeightUnit> unit; ///< Load written with a unit
    bool bodyweight = false;        ///< Load: "bw", "bw+10" (number is the added load)
    bool negative = false;          ///< "bw-10"
    qint64 seconds = 0;             ///< Duration
    qint64 cm = 0;                  ///< Distance
    std::optional<SetKind> kind;    ///< a marker attached to a count: "5+", "8f"
    const QuickEntryToken *kindAt = nullptr;

    [[nodiscard]] bool isWhole() const { return !number.contains(u'.'); }
};

/// One position between 'x's: a single item, or a list written with '/' ("5/5/4").
using QuickEntryItems = QList<QuickEntryItem>;

/// A comma-separated group: "w60x5", "3x5 120kg @8 rest 3m".
struct QuickEntryGroup
{
    const QuickEntryToken *start = nullptr;
    QList<QuickEntryItems> spec; ///< 1 to 3 positions separated by 'x'
    std::optional<QuickEntryItem> load;
    std::optional<double> rpe;
    const QuickEntryToken *rpeAt = nullptr;
    std::optional<double> rir;
    const QuickEntryToken *rirAt = nullptr;
    std::optional<int> rest;
    const QuickEntryToken *restAt = nullptr;
    std::optional<SetKind> kind;
    const QuickEntryToken *kindAt = nullptr;
    /// Set when a lone number is glued to ',' and digits ("102,5x5"): the error to give if the
    /// number cannot stand alone.
    std::optional<QuickEntryFailure> decimalComma;
    /// "same" or "last" instead of a spec: the sets of the last time, loads changed by @c change.
    const QuickEntryToken *repeatAt = nullptr;
    std::optional<QuickEntryItem> change; ///< "+5kg", "-10lb"; negative for '-'
};

/// The syntax of a quick-entry line: the exercise name, then the groups. Reading is
/// kind-independent; QuickEntry decides what the numbers mean. Throws QuickEntryFailure.
class QuickEntryParser
{
public:
    explicit QuickEntryParser(QStringView line);

    /// Reads the exercise name if the line starts with one; false when it starts with a set.
    bool parseName();
    [[nodiscard]] const QString &name() const { return m_name; }
    [[nodiscard]] qsizetype nameOffset() const { return m_nameOffset; }

    /// Reads every group up to the end of the line.
    [[nodiscard]] QList<QuickEntryGroup> parseGroups();

    [[nodiscard]] const QuickEntryToken &current() const { return m_tokens.at(m_pos); }

    [[noreturn]] static void fail(const QuickEntryToken &at, const QString &message);
    [[noreturn]] static void failAt(qsizetype offset, qsizetype length, const QString &message);

    /// Records @p kind in @p slot, refusing a different kind already there.
    static void setKind(std::optional<SetKind> &slot, const QuickEntryToken *&slotAt, SetKind kind,
                        const QuickEntryToken &at);
    /// A plain decimal number with a sane number of digits; fails otherwise.
    [[nodiscard]] static double numberValue(const QuickEntryToken &token);
    /// Seconds of "2:30" or "1:05:00".
    [[nodiscard]] static qint64 clockSeconds(const QuickEntryToken &token);

private:
    const QuickEntryToken &peek(qsizetype ahead = 0) const;
    const QuickEntryToken &next();
    [[nodiscard]] bool startsSets(qsizetype index) const;
    [[nodiscard]] bool startsItem(qsizetype index) const;
    [[nodiscard]] bool decimalCommaFollows(bool strict) const;
    /// "write decimals with a dot (102.5)" pointing at the ',' after @p whole.
    [[nodiscard]] QuickEntryFailure decimalCommaFailure(QStringView whole) const;

    QuickEntryGroup parseGroup();
    /// "same" or "last", with an optional load change: "last +5kg".
    void parseRepeat(QuickEntryGroup &group);
    /// "same"/"last" starts the sets when what follows cannot continue a name.
    [[nodiscard]] bool startsRepeat(qsizetype index) const;
    QuickEntryItems parsePosition(int position);
    QuickEntryItem parseItem();
    void parseModifier(QuickEntryGroup &group);
    /// The number after '@', "rpe" or "rir", checked by @p check (checkRpe, checkRir).
    double parseRating(const QuickEntryToken &keyword, std::optional<QString> (*check)(double));
    int parseRest(const QuickEntryToken &keyword);

    QStringView m_line;
    QList<QuickEntryToken> m_tokens;
    qsizetype m_pos = 0;
    QString m_name;
    qsizetype m_nameOffset = 0;
};

} // namespace spotter
