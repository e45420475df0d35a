// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/exercise.h"

namespace spotter {

QString nameKey(QStringView name)
{
    return name.toString().simplified().toCaseFolded();
}

} // namespace spotter
