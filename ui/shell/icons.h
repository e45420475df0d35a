// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace spotter {

/// Icons from resources/icons/*.svg. Monochrome icons carry the token #COLOR# (and #BASE#),
/// filled from the application palette when painted, so they follow light and dark themes;
/// status icons keep their own colours. Rendering happens at the requested size and device
/// pixel ratio, so icons stay sharp at 2×.
class Icons
{
public:
    [[nodiscard]] static QIcon get(const QString &name);
    /// The application icon.
    [[nodiscard]] static QIcon app() { return get(QStringLiteral("spotter")); }
};

} // namespace spotter
