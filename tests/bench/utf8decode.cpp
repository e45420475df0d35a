// SPDX-License-Identifier: GPL-3.0-or-later
// bench-utf8: the UTF-8 decoding of the CSV reader, measured in one run four ways over the same
// records (docs/performance.md, "UTF-8 decoding"):
//   hand/field  the hand-written decoder, one call per field (the reader at 0bcea07)
//   hand/record the same decoder, one call per record (field ends not tracked: a lower bound)
//   qt/record   QStringDecoder (Stateless | ConvertInitialBom), one call per record and, for a
//               record that is not ASCII, once more per field to find where the fields end
//   reader      utf8::decodeFields(), what CsvReader uses: hand-written, one pass per record
//               with the field ends, ASCII eight bytes at a time
// Records are the file's lines and fields their comma-separated parts, which is what the
// reader's state machine hands the decoder for files without quoted line breaks. --localized
// puts Chinese exercise and workout names into every record, as a Strong export from a phone set
// to Chinese has them. Prints the median, min and max of --runs runs of each, taken in turn.
#include "csv/utf8.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

/// The reader's decoder before it gave way to QStringDecoder (csvreader.cpp at 0bcea07), kept
/// here so that the comparison can be run again.
qsizetype appendUtf8(const char *begin, const char *end, QString &out)
{
    const qsizetype start = out.size();
    out.resize(start + (end - begin));
    char16_t *const first = reinterpret_cast<char16_t *>(out.data());
    char16_t *dst = first + start;
    const auto *p = reinterpret_cast<const unsigned char *>(begin);
    const auto *const stop = reinterpret_cast<const unsigned char *>(end);
    while (p < stop) {
        char32_t c = *p;
        if (c < 0x80) {
            *dst++ = static_cast<char16_t>(c);
            ++p;
            continue;
        }
        int trailing = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            trailing = 1;
            c &= 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            trailing = 2;
            c &= 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            trailing = 3;
            c &= 0x07;
            minimum = 0x10000;
        }
        bool ok = trailing > 0 && stop - p > trailing;
        for (int i = 1; ok && i <= trailing; ++i) {
            const unsigned char b = p[i];
            ok = (b & 0xC0) == 0x80;
            c = (c << 6) | (b & 0x3F);
        }
        if (!ok || c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
            out.resize(start);
            return reinterpret_cast<const char *>(p) - begin;
        }
        if (c >= 0x10000) {
            c -= 0x10000;
            *dst++ = static_cast<char16_t>(0xD800 + (c >> 10));
            *dst++ = static_cast<char16_t>(0xDC00 + (c & 0x3FF));
        } else {
            *dst++ = static_cast<char16_t>(c);
        }
        p += trailing + 1;
    }
    out.resize(dst - first);
    return -1;
}

/// The file's records as the reader would collect them: each field's bytes one after another,
/// and where each field ends.
struct Records
{
    QByteArray bytes;
    std::vector<qsizetype> fieldEnds;  ///< offsets into bytes
    std::vector<qsizetype> recordEnds; ///< indices into fieldEnds, one past the record's last
};

Records split(const QByteArray &file)
{
    Records r;
    r.bytes.reserve(file.size());
    for (const char c : file) {
        if (c == ',' || c == '\n')
            r.fieldEnds.push_back(r.bytes.size());
        if (c == '\n')
            r.recordEnds.push_back(static_cast<qsizetype>(r.fieldEnds.size()));
        else if (c != ',' && c != '\r')
            r.bytes.append(c);
    }
    return r;
}

using Variant = qint64 (*)(const Records &, QString &);

qint64 handPerField(const Records &r, QString &text)
{
    qint64 units = 0;
    qsizetype field = 0;
    qsizetype from = 0;
    for (const qsizetype end : r.recordEnds) {
        text.resize(0);
        for (; field < end; ++field) {
            if (appendUtf8(r.bytes.constData() + from, r.bytes.constData() + r.fieldEnds[field], text) >= 0)
                std::abort();
            from = r.fieldEnds[field];
        }
        units += text.size();
    }
    return units;
}

qint64 handPerRecord(const Records &r, QString &text)
{
    qint64 units = 0;
    qsizetype from = 0;
    for (const qsizetype end : r.recordEnds) {
        const qsizetype to = end > 0 ? r.fieldEnds[end - 1] : from;
        text.resize(0);
        if (appendUtf8(r.bytes.constData() + from, r.bytes.constData() + to, text) >= 0)
            std::abort();
        units += text.size();
        from = to;
    }
    return units;
}

qint64 qtPerRecord(const Records &r, QString &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    qint64 units = 0;
    qsizetype field = 0;
    qsizetype from = 0;
    for (const qsizetype end : r.recordEnds) {
        const qsizetype to = end > 0 ? r.fieldEnds[end - 1] : from;
        const qsizetype size = to - from;
        text.resize(decoder.requiredSpace(size));
        QChar *const begin = text.data();
        decoder.resetState();
        QChar *stop = decoder.appendToBuffer(begin, QByteArrayView(r.bytes.constData() + from, size));
        if (decoder.hasError() || stop - begin != size) {
            // Not ASCII: field by field, to know where each field ends.
            stop = begin;
            qsizetype at = from;
            for (qsizetype f = field; f < end; ++f) {
                decoder.resetState();
                stop = decoder.appendToBuffer(stop,
                                              QByteArrayView(r.bytes.constData() + at, r.fieldEnds[f] - at));
                at = r.fieldEnds[f];
            }
            if (decoder.hasError())
                std::abort();
        }
        units += stop - begin;
        field = end;
        from = to;
    }
    return units;
}

qint64 reader(const Records &r, QString &text)
{
    QVarLengthArray<qsizetype, 32> ends;
    std::vector<qsizetype> local;
    qint64 units = 0;
    qsizetype field = 0;
    qsizetype from = 0;
    for (const qsizetype end : r.recordEnds) {
        const qsizetype to = end > 0 ? r.fieldEnds[end - 1] : from;
        local.clear();
        for (qsizetype f = field; f < end; ++f)
            local.push_back(r.fieldEnds[f] - from);
        if (spotter::utf8::decodeFields(QByteArrayView(r.bytes.constData() + from, to - from), local, text,
                                        ends))
            std::abort();
        units += text.size();
        field = end;
        from = to;
    }
    return units;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("UTF-8 decoding of the CSV reader: hand-written vs QStringDecoder."));
    p.addHelpOption();
    p.addOptions({{QStringLiteral("runs"), QStringLiteral("Runs of each (default 5)."), QStringLiteral("n")},
                  {QStringLiteral("localized"), QStringLiteral("Chinese names in every record.")}});
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A CSV file without quoted line breaks."));
    p.process(app);
    if (p.positionalArguments().size() != 1)
        p.showHelp(2);
    QFile f(p.positionalArguments().constFirst());
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
        return 1;
    }
    QByteArray file = f.readAll();
    if (p.isSet(QStringLiteral("localized"))) {
        // The names Strong's Chinese export writes for a few lifts and the generator's workouts.
        const std::pair<const char *, const char *> names[] = {
            {"Squat (Barbell)", "深蹲（杠铃）"},
            {"Bench Press (Barbell)", "卧推（杠铃）"},
            {"Deadlift (Barbell)", "硬拉（杠铃）"},
            {"Overhead Press (Barbell)", "推举（杠铃）"},
            {"Bent Over Row (Barbell)", "俯身划船（杠铃）"},
            {"Rest Timer", "休息计时器"}};
        for (const auto &[from, to] : names)
            file.replace(from, to);
        file.replace("Squat & Bench", "深蹲和卧推");
    }
    const Records records = split(file);
    const int runs = p.isSet(QStringLiteral("runs")) ? p.value(QStringLiteral("runs")).toInt() : 5;
    const std::pair<const char *, Variant> variants[] = {{"hand/field", &handPerField},
                                                         {"hand/record", &handPerRecord},
                                                         {"qt/record", &qtPerRecord},
                                                         {"reader", &reader}};
    std::vector<std::vector<double>> ms(std::size(variants));
    QString text;
    text.reserve(4096);
    qint64 expected = -1;
    for (int run = 0; run < runs; ++run) {
        for (std::size_t i = 0; i < std::size(variants); ++i) {
            // Each run starts with another variant, so that none always follows the same one.
            const std::size_t v = (i + static_cast<std::size_t>(run)) % std::size(variants);
            QElapsedTimer t;
            t.start();
            const qint64 units = variants[v].second(records, text);
            ms[v].push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            if (expected >= 0 && units != expected)
                std::abort(); // the variants must decode the same text
            expected = units;
        }
    }
    std::printf("%lld records, %lld bytes, %lld UTF-16 units%s; %d runs\n",
                static_cast<long long>(records.recordEnds.size()),
                static_cast<long long>(records.bytes.size()), static_cast<long long>(expected),
                p.isSet(QStringLiteral("localized")) ? ", localized" : "", runs);
    for (std::size_t v = 0; v < std::size(variants); ++v) {
        std::printf("%-12s median %8.1f ms  [%.1f–%.1f]\n", variants[v].first, median(ms[v]),
                    *std::min_element(ms[v].begin(), ms[v].end()),
                    *std::max_element(ms[v].begin(), ms[v].end()));
    }
    return 0;
}
