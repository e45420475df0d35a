// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <optional>
#include <span>

namespace spotter::utf8 {

/// Where a record's bytes stop being UTF-8.
struct Invalid
{
    qsizetype field = 0;  ///< 0-based
    qsizetype offset = 0; ///< of the first bad byte, within the field
    unsigned char byte = 0;
};

/// Decodes the fields of one CSV record, whose bytes follow one another in @p bytes and end at
/// @p ends, into @p text, and where each ends in it into @p textEnds, in one pass. Strict:
/// overlong forms, surrogates, values above U+10FFFF and sequences cut off (also by the end of a
/// field: a field is text of its own) are errors, where QString::fromUtf8 would substitute
/// U+FFFD and turn a Latin-1 file into garbage. The first field that is not UTF-8, and every one
/// after it, is left empty. Hand-written rather than QStringDecoder, which is no faster on ASCII
/// records and five times slower on records that are not (docs/performance.md, "UTF-8").
[[nodiscard]] std::optional<Invalid> decodeFields(QByteArrayView bytes, std::span<const qsizetype> ends,
                                                  QString &text, QVarLengthArray<qsizetype, 32> &textEnds);

} // namespace spotter::utf8
