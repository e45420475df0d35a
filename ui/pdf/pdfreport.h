// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;
class QPdfWriter;
class QTextDocument;

namespace spotter {

/// Lays out an HTML page (the report of core/report/reporthtml.h) with QTextDocument on A4 pages and
/// writes it as PDF through QPdfWriter: 18 mm side margins, every page numbered ("Page 2 of 5")
/// with @p footer beside the number, headings kept on the page of what follows them, table
/// headers repeated on every page a table spans. Needs a QGuiApplication (the offscreen platform
/// will do); the GUI calls it in-process and spotter-pdf for spotter-cli.
class PdfReport
{
public:
    /// Writes to @p device; false with errorString() when it could not.
    [[nodiscard]] static bool write(const QString &html, QIODevice *device, const QString &title,
                                    const QString &footer, QString *errorString);
    /// Writes to @p path, which only appears once the PDF is complete.
    [[nodiscard]] static bool write(const QString &html, const QString &path, const QString &title,
                                    const QString &footer, QString *errorString);
    /// Sets @p writer's page up and lays @p html out into @p doc on its pages as write() does:
    /// page i is the band [i, i + 1) × doc.pageSize().height(). Tests read what lands where.
    static void layOut(QTextDocument &doc, const QString &html, QPdfWriter &writer);
};

} // namespace spotter
