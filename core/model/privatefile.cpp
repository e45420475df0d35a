// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/privatefile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace spotter {

bool openPrivate(QSaveFile &file)
{
    const bool existed = QFileInfo::exists(file.fileName());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // QSaveFile writes a temporary file and renames it, so this applies to what appears.
    if (!existed && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace spotter
