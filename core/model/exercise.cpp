// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exercise.h"

namespace spotter {

QString nameKey(QStringView name)
{
    return name.toString().simplified().toCaseFolded();
}

bool looksAssisted(QStringView name)
{
    return name.contains(u"assisted", Qt::CaseInsensitive);
}

} // namespace spotter
