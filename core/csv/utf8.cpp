// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv/utf8.h"

#include <cstring>

namespace spotter::utf8 {

std::optional<Invalid> decodeFields(QByteArrayView bytes, std::span<const qsizetype> ends, QString &text,
                                    QVarLengthArray<qsizetype, 32> &textEnds)
{
    textEnds.clear();
    text.resize(bytes.size()); // UTF-16 never needs more units than UTF-8 has bytes
    char16_t *const first = reinterpret_cast<char16_t *>(text.data());
    char16_t *dst = first;
    const auto *const base = reinterpret_cast<const unsigned char *>(bytes.data());
    const unsigned char *p = base;
    std::optional<Invalid> invalid;
    for (std::size_t f = 0; f < ends.size(); ++f) {
        const unsigned char *const begin = p;
        const unsigned char *const stop = base + ends[f];
        if (invalid) {
            p = stop;
            textEnds.append(dst - first);
            continue;
        }
        char16_t *const fieldStart = dst;
        while (p < stop) {
            // Runs of ASCII, most of any export, eight bytes at a time.
            while (stop - p >= 8) {
                quint64 word;
                std::memcpy(&word, p, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                for (int i = 0; i < 8; ++i)
                    dst[i] = p[i];
                dst += 8;
                p += 8;
            }
            if (p == stop)
                break;
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
                invalid = Invalid{static_cast<qsizetype>(f), p - begin, *p};
                dst = fieldStart;
                p = stop;
                break;
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
        textEnds.append(dst - first);
    }
    text.resize(dst - first);
    return invalid;
}

} // namespace spotter::utf8
