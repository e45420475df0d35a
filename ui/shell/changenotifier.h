// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

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
    /// A session of @p athleteId was added, edited or removed (its sets included). When only
    /// one session's sets or fields changed, @p sessionId names it (0 when sessions were added
    /// or removed), so that views can refresh just that session's part.
    void sessionsChanged(qint64 athleteId, qint64 sessionId = 0);

    void sorenessChanged(qint64 athleteId);
    /// A routine was added, edited (items, name, assignments) or removed.
    void routinesChanged();
    /// The bar, plates or collars of @p athleteId changed.
    void platesChanged(qint64 athleteId);

    /// Someone else changed the team server's data (its change feed): the tables written, or
    /// "" when anything may have changed. Not announced for this window's own commands.
    void othersChanged(const QSet<QString> &tables);
    /// An edit was refused because someone else changed the row since it was read: whatever
    /// shows it reads it again.
    void reloadRequested();
};

} // namespace spotter
