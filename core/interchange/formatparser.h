// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/importedsession.h"
#include "model/enums.h"

#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace spotter {

class CsvRecord;
class ImportDiagnostics;

/// Receives what a format parser reads, in file order.
class ImportSink
{
public:
    virtual ~ImportSink() = default;
    virtual void session(ImportedSession &&session) = 0;
    virtual void soreness(ImportedSoreness &&report) = 0;
};

/// What every parser needs to know besides the file's header.
struct ParserOptions
{
    /// The unit the user gave (--unit), for files that do not say.
    std::optional<WeightUnit> unit;
    /// True when the delimiter is ';', where "62,5" is a decimal number.
    bool decimalComma = false;
    /// The imported file's name, stored with each session.
    QString fileName;
};

/// Where the unit of the weights came from.
enum class UnitSource {
    Header, ///< a column name such as "Weight (kg)" or "weight_lbs"
    Rows,   ///< a unit column on every row
    Option  ///< the user (--unit), because the file does not say
};

/// Reads the data records of one file format into the format-neutral import types. Rows of one
/// session are buffered until the session ends, so memory stays bounded by the largest session.
class FormatParser
{
public:
    virtual ~FormatParser() = default;

    /// Reads one data record; every problem goes to @p diagnostics with the record's line.
    virtual void record(const CsvRecord &record, ImportSink &sink, ImportDiagnostics &diagnostics) = 0;
    /// End of the file: hands over what is still buffered.
    virtual void finish(ImportSink &sink, ImportDiagnostics &diagnostics) = 0;

    /// Which rows belong together, from the record's raw text, so that a partial import can leave
    /// out a whole workout when one of its rows is invalid (even a row whose date does not parse
    /// still names its workout). Empty: the record stands alone (a soreness report).
    [[nodiscard]] virtual QString groupOf(const CsvRecord &record) const
    {
        Q_UNUSED(record);
        return {};
    }

    /// The unit of weights, when one unit applies to the whole file.
    [[nodiscard]] std::optional<WeightUnit> unit() const { return m_unit; }
    [[nodiscard]] UnitSource unitSource() const { return m_unitSource; }

protected:
    std::optional<WeightUnit> m_unit;
    UnitSource m_unitSource = UnitSource::Header;
};

/// A parser for a file's header, or why there is none.
struct ParserSetup
{
    std::unique_ptr<FormatParser> parser;
    QString error;          ///< what is wrong with the header
    bool needsUnit = false; ///< the file does not say kg or lb, and no unit was given

    /// No parser, because of @p why.
    [[nodiscard]] static ParserSetup refused(QString why)
    {
        ParserSetup setup;
        setup.error = std::move(why);
        return setup;
    }
};

} // namespace spotter
