// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

// Plain numbers and times for CSV files (docs/csv-format.md §1), appended as ASCII to a byte
// buffer: no group separators, no exponent, no trailing zeros, ISO 8601 times with their offset.
// Written without QString or QLocale because an exporter calls them for every cell of millions
// of rows. @p decimalPoint is '.' except in "Export for Excel" files for decimal-comma locales.
namespace spotter::csvnumbers {

void appendInt(QByteArray &out, qint64 value);
/// Whole grams as kilograms with up to three decimals ("68.039", "100"): Weight::kgString().
void appendGramsAsKg(QByteArray &out, qint64 grams, char decimalPoint = '.');
/// Whole centimetres as metres with up to two decimals ("20.5").
void appendCentimetresAsMetres(QByteArray &out, qint64 centimetres, char decimalPoint = '.');
/// The shortest plain decimal that reads back as @p value ("8", "8.5", "0.1").
void appendDecimal(QByteArray &out, double value, char decimalPoint = '.');
/// @p value rounded to one decimal ("14.5", "48").
void appendTenths(QByteArray &out, double value, char decimalPoint = '.');
/// "2025-11-20T18:30:00+01:00", or "…Z" when the offset is zero: what Qt::ISODate writes for the
/// instant @p utcSeconds seen at the UTC offset @p offsetSeconds.
void appendIsoDateTime(QByteArray &out, qint64 utcSeconds, int offsetSeconds);

} // namespace spotter::csvnumbers
