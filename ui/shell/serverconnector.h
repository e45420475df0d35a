// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QWidget;

namespace spotter {

class DatabaseLocation;

/// Opens a team server for the window without freezing it (File → Connect, Open recent,
/// Publish). The login and the checks run on a thread of their own
/// (Database::Options::connectAside) while the window keeps painting; past a moment a
/// "Connecting to …" dialog offers Cancel. A cancelled open is kept here until its thread
/// ends (a server that never answers: up to the connect timeout), since its connection is
/// the calling thread's; the window's end waits for what is still pending.
class ServerConnector : public QObject
{
    Q_OBJECT

public:
    /// How long a connection may take before the dialog shows: most servers answer sooner,
    /// and a dialog that flashes for a moment reads as an error.
    static constexpr int kDialogDelayMs = 400;

    explicit ServerConnector(QWidget *window);
    ~ServerConnector() override;
    ServerConnector(const ServerConnector &) = delete;
    ServerConnector &operator=(const ServerConnector &) = delete;

    /// The open database, or nullptr: cancelled (nothing said), refused (said in a warning,
    /// Prompt), or a password prompt cancelled. Asks for a password when the server wants one
    /// (none in libpq's password file, or a wrong one), kept in memory for this connection only.
    /// Returns nullptr at once while another open is going on. @p options as the database takes
    /// them; the open always runs aside.
    std::unique_ptr<Database> open(const DatabaseLocation &location, Database::Options options = {});

    /// Whether open() is waiting for a server.
    [[nodiscard]] bool isConnecting() const { return m_connecting; }
    /// Cancelled opens whose thread has not ended yet.
    [[nodiscard]] int pendingCancelled() const { return static_cast<int>(m_cancelled.size()); }

signals:
    /// A cancelled open ended and its database went.
    void cancelledOpenEnded();

private:
    /// Waits for @p db's open in an event loop of its own, with the dialog; the database once
    /// its open ended (thrown refusals included), nullptr when cancelled.
    std::unique_ptr<Database> await(std::unique_ptr<Database> db, const QString &server);
    void keepUntilEnded(std::unique_ptr<Database> db);

    QWidget *m_window;
    bool m_connecting = false;
    std::vector<std::unique_ptr<Database>> m_cancelled;
};

} // namespace spotter
