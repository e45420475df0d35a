// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSaveFile;

namespace spotter {

/// Opens @p file for writing. Exports, reports and backups hold health data, so a file that did
/// not exist yet is readable by its owner only (0600), like the database; a file being replaced
/// keeps the permissions its owner gave it (QSaveFile copies them). False, with the reason in
/// the file's errorString(), when it cannot be opened or protected.
[[nodiscard]] bool openPrivate(QSaveFile &file);

} // namespace spotter
