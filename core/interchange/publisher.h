// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace spotter {

class Database;

struct PublishOptions
{
    /// The local athlete to publish; empty when the local database holds only one.
    QString athlete;
    /// The athlete on the server, for a coach publishing someone's local log; an athlete's login
    /// always publishes to its own athlete.
    QString serverAthlete;
    bool dryRun = false;
    /// Polled between items (and before the commit); once set, run() sends nothing and returns
    /// a result with `cancelled` set. Items already sent are rolled back with the transaction.
    const std::atomic_bool *cancel = nullptr;
    /// Called on the calling thread with how many of the @p total local sessions and reports
    /// were compared (and sent where they had to be): before each one, and once at the end.
    std::function<void(int done, int total)> progress;
};

/// Something that was not sent because it changed on both sides (or was deleted on the server)
/// since the last publish: reported, never merged.
struct PublishConflict
{
    QString kind; ///< "session" or "soreness"
    QString what; ///< for people: when and what
    QString reason;
};

struct PublishResult
{
    QString serverAthlete;
    int sessionsNew = 0;
    int sessionsChanged = 0;
    int sessionsUnchanged = 0;
    int reportsNew = 0;
    int reportsChanged = 0;
    int reportsUnchanged = 0;
    QStringList newExercises; ///< created in the server's catalogue
    QList<PublishConflict> conflicts;
    /// Stopped through PublishOptions::cancel: nothing was sent, the counts are partial.
    bool cancelled = false;
};

/// Offline first (docs/team-server.md): an athlete logs into a local SQLite file and publishes
/// to the team server when there is a network. Sessions and soreness reports are recognised by
/// the keys imports use (a session's source key, or its start and title; a report's time,
/// region and side), so publishing again sends nothing twice. Local publish_state remembers
/// what was last sent, which tells a change made here (sent: the server's copy is replaced, with
/// its row version checked) from one made on the server (kept) and from both (a conflict,
/// reported and left alone). Everything sent goes in one transaction on the server.
class Publisher
{
public:
    Publisher(const Database &local, const Database &server) : m_local(local), m_server(server) {}

    /// Throws StoreError; nothing is sent then.
    PublishResult run(const PublishOptions &options);

private:
    const Database &m_local;
    const Database &m_server;
};

} // namespace spotter
