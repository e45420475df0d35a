// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spotter {

struct Report;

/// The report as one self-contained HTML page (UTF-8, inline styles, no scripts or external
/// files). It keeps to the HTML and CSS subset QTextDocument understands, because the PDF is this
/// page laid out by QTextDocument: tables with <thead> (repeated on every page), plain colours,
/// class words in badges so that nothing depends on colour alone.
[[nodiscard]] QString reportHtml(const Report &report);

} // namespace spotter
