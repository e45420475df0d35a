// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exercise.h"

namespace spotter {

QString nameKey(QStringView name)
{
    // Imports ask for the key of every exercise block of every workout: an ASCII name is
    // folded and its spaces collapsed in one pass, exactly as simplified() and toCaseFolded()
    // would (for ASCII, case folding is lower case and white space is \t-\r and the space).
    QString out(name.size(), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *dst = begin;
    bool pendingSpace = false;
    for (const QChar qc : name) {
        const char16_t c = qc.unicode();
        if (c >= 0x80)
            // The same letters typed precomposed or with combining marks are one name.
            return name.toString().normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
        if (c == u' ' || (c >= u'\t' && c <= u'\r')) {
            pendingSpace = dst != begin;
            continue;
        }
        if (pendingSpace)
            *dst++ = u' ';
        pendingSpace = false;
        *dst++ = c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c;
    }
    out.truncate(dst - begin);
    return out;
}

bool looksAssisted(QStringView name)
{
    return name.contains(u"assisted", Qt::CaseInsensitive);
}

} // namespace spotter
