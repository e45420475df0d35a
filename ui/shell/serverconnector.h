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
class StoreError;

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

    /// When open() asks for the password: after the server refused the login without one, or
    /// at once (the server has refused it already: the app's start).
    enum class Password { WhenRefused, AskFirst };

    /// @p window parents the dialogs; none at the app's start, before there is a window.
    explicit ServerConnector(QWidget *window);
    ~ServerConnector() override;
    ServerConnector(const ServerConnector &) = delete;
    ServerConnector &operator=(const ServerConnector &) = delete;

    /// The open database, or nullptr: cancelled (nothing said), refused (said in a warning,
    /// Prompt), or a password prompt cancelled. Asks for a password when the server wants one
    /// (none in libpq's password file, or a wrong one), kept in memory for this connection only.
    /// Returns nullptr at once while another open is going on. @p options as the database takes
    /// them; the open always runs aside.
    std::unique_ptr<Database> open(const DatabaseLocation &location, Database::Options options = {},
                                   Password password = Password::WhenRefused);
    /// Waits for @p db's open (Database::Options::connectAside) with the dialog; true once it
    /// ended (awaitOpen() then says how), false when cancelled or the app quit meanwhile. The
    /// caller keeps @p db, and its end waits for the login's.
    bool waitFor(const Database &db);
    /// Whether @p refusal is a server asking for a password (none in libpq's password file, or
    /// a wrong one).
    [[nodiscard]] static bool wantsPassword(const StoreError &refusal);

    /// Whether open() is waiting for a server.
    [[nodiscard]] bool isConnecting() const { return m_connecting; }
    /// Cancelled opens whose thread has not ended yet.
    [[nodiscard]] int pendingCancelled() const { return static_cast<int>(m_cancelled.size()); }

signals:
    /// A cancelled open ended and its database went.
    void cancelledOpenEnded();

private:
    void keepUntilEnded(std::unique_ptr<Database> db);

    QWidget *m_window;
    bool m_connecting = false;
    std::vector<std::unique_ptr<Database>> m_cancelled;
};

} // namespace spotter
