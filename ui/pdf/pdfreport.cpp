// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/pdfreport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
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

/// The page of the block's last line: a paragraph can begin on one page and end on the next.
int lastPageOf(const QTextDocument &doc, const QTextBlock &block)
{
    const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
    return static_cast<int>(std::floor((rect.bottom() - 1.0) / doc.pageSize().height()));
}

bool inTable(const QTextBlock &block)
{
    return QTextCursor(block).currentTable() != nullptr;
}

int levelOf(const QTextBlock &block)
{
    return block.blockFormat().headingLevel();
}

/// The block a heading must share a page with: the first table cell after it when only a few
/// paragraphs (an explanation, a legend) come between, else the paragraph right after it.
QTextBlock followerOf(const QTextBlock &heading)
{
    constexpr int kMaxParagraphs = 3;
    QTextBlock b = heading.next();
    for (int skipped = 0; b.isValid() && skipped <= kMaxParagraphs; ++skipped, b = b.next()) {
        if (inTable(b))
            return b;
        if (levelOf(b) > 0)
            break;
    }
    return heading.next();
}

/// True when @p block is the first thing on its page.
bool startsPage(const QTextDocument &doc, const QTextBlock &block)
{
    if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
        return true;
    const QTextBlock previous = block.previous();
    return !previous.isValid() || lastPageOf(doc, previous) < pageOf(doc, block);
}

/// Whether the section that @p heading (level 2) opens holds a table: a section without one is a
/// heading and a sentence ("No flags in this range.").
bool hasTable(const QTextBlock &heading)
{
    for (QTextBlock b = heading.next(); b.isValid(); b = b.next()) {
        const int level = levelOf(b);
        if (level > 0 && level <= 2)
            return false;
        if (inTable(b))
            return true;
    }
    return false;
}

/// The heading a page break before @p heading (level 2) must go before instead: the first of the
/// sections without a table right before it, which would otherwise stay behind alone on a page.
QTextBlock groupStart(const QTextBlock &heading)
{
    QTextBlock start = heading;
    for (QTextBlock b = heading.previous(); b.isValid(); b = b.previous()) {
        const int level = levelOf(b);
        if (level == 0)
            continue;
        if (level != 2 || hasTable(b))
            break;
        start = b;
    }
    return start;
}

/// The top of the next section heading (level 2 or above) after @p heading, or the end.
qreal sectionEnd(const QTextDocument &doc, const QTextBlock &heading)
{
    for (QTextBlock b = heading.next(); b.isValid(); b = b.next()) {
        const int level = levelOf(b);
        if (level > 0 && level <= 2)
            return doc.documentLayout()->blockBoundingRect(b).top();
    }
    return doc.documentLayout()->documentSize().height();
}

/// The heading a page break should come before because of @p block, or an invalid block: when
/// @p block is a heading parted from what follows it, or opens a section (a summary, the
/// checklist) that would fit on one page but is split over two, the break goes before it — or
/// before the short sections without a table right above it, so that none is left alone on a
/// page.
QTextBlock breakFor(const QTextDocument &doc, const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    const int level = format.headingLevel();
    if (level == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
        return {};
    // The page of the heading's bottom: a heading whose top margin reaches back over a page's end
    // is laid out on the next page, and a break before it would leave that page empty.
    const int page = lastPageOf(doc, block);
    const QTextBlock follower = followerOf(block);
    const bool parted =
        follower.isValid() && (inTable(follower) ? pageOf(doc, follower) : lastPageOf(doc, follower)) > page;
    bool split = false;
    if (level == 2 && !parted) {
        const qreal top = doc.documentLayout()->blockBoundingRect(block).top();
        const qreal end = sectionEnd(doc, block);
        const qreal pageHeight = doc.pageSize().height();
        split = end - top <= pageHeight * 0.9 && static_cast<int>(std::floor((end - 1) / pageHeight)) > page;
    }
    if (!parted && !split)
        return {};
    if (level != 2)
        return block;
    const QTextBlock start = groupStart(block);
    if (start == block)
        return block;
    if (!startsPage(doc, start))
        return start;
    // The short sections already open a page: what follows them may flow on from there.
    return split ? QTextBlock() : block;
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

/// Lays @p html out with a page break before each heading where breakFor() says so. A page
/// break moves everything after it, so one break is added per pass, from the top. The breaks go
/// into the HTML and each pass lays the page out afresh: QTextDocument (6.4) leaves the blocks
/// after a table unlaid when a block format is changed in place.
void layOutWithBreaks(QTextDocument &doc, const QString &html)
{
    QSet<int> breaks;
    for (int pass = 0; pass < kMaxLayoutPasses; ++pass) {
        doc.setHtml(withBreaks(html, breaks));
        // Headings are numbered in document order, as withBreaks() counts them.
        QHash<int, int> numberOf;
        int heading = -1;
        int next = -1;
        int stale = -1;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            if (levelOf(block) == 0)
                continue;
            numberOf.insert(block.blockNumber(), ++heading);
            // A break added before one above moved this heading down: its own break would now
            // leave a page empty.
            if (stale < 0 && breaks.contains(heading) && block.previous().isValid()
                && pageOf(doc, block) - lastPageOf(doc, block.previous()) >= 2)
                stale = heading;
        }
        if (stale >= 0) {
            breaks.remove(stale);
            continue;
        }
        for (QTextBlock block = doc.begin(); block.isValid() && next < 0; block = block.next()) {
            if (levelOf(block) == 0)
                continue;
            if (const QTextBlock target = breakFor(doc, block); target.isValid())
                next = numberOf.value(target.blockNumber());
        }
        if (next < 0)
            return;
        breaks.insert(next);
    }
}

QFont footerFont(const QTextDocument &doc)
{
    QFont font = doc.defaultFont();
    font.setPointSizeF(7.5);
    return font;
}

} // namespace

void PdfReport::layOut(QTextDocument &doc, const QString &html, QPdfWriter &writer)
{
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18.0, 15.0, 18.0, 12.0), QPageLayout::Millimeter));
    // Laid out for the PDF device itself: fonts in points and lengths in pixels are scaled to
    // its 300 dpi (field notes §2: a page size in device pixels without this makes text tiny).
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    const QFontMetricsF footerMetrics(footerFont(doc), &writer);
    const QSizeF page = writer.pageLayout().paintRectPixels(kResolution).size();
    doc.setPageSize(QSizeF(page.width(), page.height() - footerMetrics.height() * 2.5));
    layOutWithBreaks(doc, html);
}

bool PdfReport::write(const QString &html, QIODevice *device, const QString &title, const QString &footer,
                      QString *errorString)
{
    QPdfWriter writer(device);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Spotter"));

    QTextDocument doc;
    layOut(doc, html, writer);
    const QFont font = footerFont(doc);
    const QFontMetricsF footerMetrics(font, &writer);
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(kResolution).size());

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
        painter.setFont(font);
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
