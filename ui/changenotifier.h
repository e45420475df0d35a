// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace spotter {

/// The one place models learn about changes: every undo command announces what it touched.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void athletesChanged();
    void exercisesChanged();
    /// A session of @p athleteId was added, edited or removed (its sets included).
    void sessionsChanged(qint64 athleteId);
    void sorenessChanged(qint64 athleteId);
};

} // namespace spotter
