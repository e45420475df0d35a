// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfreport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct PdfReportText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::PdfReportText)
};

constexpr int kResolution = 300;
constexpr int kMaxLayoutPasses = 40;

int pageOf(const QTextDocument &doc, const QTextBlock &block)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    return static_cast<int>(std::floor(rect.top() / doc.pageSize().height()));
}

bool inTable(const QTextBlock &block)
{
    return QTextCursor(block).currentTable() != nullptr;
}

/// The block a heading must share a page with: the first table cell after it, or the paragraph
/// after it when no table follows closely (a heading, an explanation, then the table).
QTextBlock followerOf(const QTextBlock &heading)
{
    QTextBlock next = heading.next();
    for (int skipped = 0; next.isValid() && skipped < 2 && !inTable(next); ++skipped) {
        const QTextBlock after = next.next();
        if (!after.isValid() || after.blockFormat().headingLevel() > 0 || !inTable(after))
            break;
        next = after;
    }
    return next;
}

/// The top of the next section heading (level 2 or above) after @p heading, or the end.
qreal sectionEnd(const QTextDocument &doc, const QTextBlock &heading)
{
    for (QTextBlock b = heading.next(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level > 0 && level <= 2)
            return doc.documentLayout()->blockBoundingRect(b).top();
    }
    return doc.documentLayout()->documentSize().height();
}

/// True when the page break should come before @p block: it is a heading parted from what
/// follows it, or it opens a section (a summary, the checklist) that would fit on one page but
/// is split over two.
bool breakBefore(const QTextDocument &doc, const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    const int level = format.headingLevel();
    if (level == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
        return false;
    const int page = pageOf(doc, block);
    const QTextBlock follower = followerOf(block);
    if (follower.isValid() && pageOf(doc, follower) > page)
        return true;
    if (level != 2)
        return false;
    const qreal top = doc.documentLayout()->blockBoundingRect(block).top();
    const qreal end = sectionEnd(doc, block);
    const qreal pageHeight = doc.pageSize().height();
    return end - top <= pageHeight * 0.9 && static_cast<int>(std::floor((end - 1) / pageHeight)) > page;
}

/// @p html with a page break before the headings (<h1>…<h6>, counted in document order) whose
/// numbers are in @p headings.
QString withBreaks(const QString &html, const QSet<int> &headings)
{
    static const QRegularExpression tag(QStringLiteral("<h[1-6](?=[\\s>])"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype from = 0;
    int number = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (headings.contains(number++)) {
            out += QStringView(html).sliced(from, m.capturedEnd() - from);
            out += QStringLiteral(" style=\"page-break-before: always\"");
            from = m.capturedEnd();
        }
    }
    return out + QStringView(html).sliced(from);
}

/// Lays @p html out with a page break before each heading where breakBefore() says so. A page
/// break moves everything after it, so one break is added per pass, from the top. The breaks go
/// into the HTML and each pass lays the page out afresh: QTextDocument (6.4) leaves the blocks
/// after a table unlaid when a block format is changed in place.
void layOut(QTextDocument &doc, const QString &html)
{
    QSet<int> breaks;
    for (int pass = 0; pass < kMaxLayoutPasses; ++pass) {
        doc.setHtml(withBreaks(html, breaks));
        int heading = -1;
        int next = -1;
        for (QTextBlock block = doc.begin(); block.isValid() && next < 0; block = block.next()) {
            if (block.blockFormat().headingLevel() == 0)
                continue;
            ++heading;
            if (breakBefore(doc, block))
                next = heading;
        }
        if (next < 0)
            return;
        breaks.insert(next);
    }
}

} // namespace

bool PdfReport::write(const QString &html, QIODevice *device, const QString &title, const QString &footer,
                      QString *errorString)
{
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18.0, 15.0, 18.0, 12.0), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Spotter"));

    QTextDocument doc;
    // Laid out for the PDF device itself: fonts in points and lengths in pixels are scaled to
    // its 300 dpi (field notes §2: a page size in device pixels without this makes text tiny).
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);

    QFont footerFont = doc.defaultFont();
    footerFont.setPointSizeF(7.5);
    const QFontMetricsF footerMetrics(footerFont, &writer);
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(kResolution).size());
    const qreal footerHeight = footerMetrics.height() * 2.5;
    doc.setPageSize(QSizeF(page.width(), page.height() - footerHeight));
    layOut(doc, html);

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (errorString)
            *errorString = PdfReportText::tr("The PDF could not be started: %1").arg(device->errorString());
        return false;
    }
    const QSizeF body = doc.pageSize();
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, i * body.height()), body);
        // The layout draws every block that touches the page whole: cut what belongs to the next.
        painter.setClipRect(context.clip);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const QRectF footerRect(0, page.height() - footerMetrics.height() * 1.3, page.width(),
                                footerMetrics.height());
        painter.setPen(QPen(QColor(0xc4, 0xc7, 0xc5), kResolution / 144.0));
        painter.drawLine(QPointF(0, footerRect.top() - footerMetrics.height() * 0.5),
                         QPointF(page.width(), footerRect.top() - footerMetrics.height() * 0.5));
        painter.setPen(QColor(0x5f, 0x63, 0x68));
        painter.setFont(footerFont);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                         PdfReportText::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    if (!painter.end()) {
        if (errorString)
            *errorString = PdfReportText::tr("The PDF could not be written: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool PdfReport::write(const QString &html, const QString &path, const QString &title, const QString &footer,
                      QString *errorString)
{
    QSaveFile file(path);
    // Reports hold health data: a new file is its owner's only, as openPrivate() does in core
    // (spotter_pdfreport links QtGui alone, not spotter_core).
    const bool existed = QFileInfo::exists(path);
    if (!file.open(QIODevice::WriteOnly)
        || (!existed && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))) {
        if (errorString)
            *errorString = PdfReportText::tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    if (!write(html, &file, title, footer, errorString))
        return false;
    if (!file.commit()) {
        if (errorString)
            *errorString = PdfReportText::tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace spotter
