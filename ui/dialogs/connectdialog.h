// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/location.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace spotter {

/// File → Connect to team server…: where the team's PostgreSQL server is and who is signing in
/// (host, port, database, login, TLS mode), or one of the servers connected to before. The
/// password is asked for only when the server wants one (MainWindow, through Prompt); it is
/// never stored.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the server is chosen for: the title and the button say it.
    enum class Purpose { Connect, Publish };

    explicit ConnectDialog(const QStringList &recent, QWidget *parent = nullptr,
                           Purpose purpose = Purpose::Connect);

    /// The server the fields name; none (and an error shown) when they do not make one.
    [[nodiscard]] std::optional<DatabaseLocation> location();
    /// Shows @p message under the form and keeps the dialog open.
    void showError(const QString &message);
    /// Fills the fields from @p location (a recent server).
    void setLocation(const DatabaseLocation &location);

    void accept() override;

    // The fields, for tests.
    [[nodiscard]] QLineEdit *hostEdit() const { return m_host; }
    [[nodiscard]] QSpinBox *portEdit() const { return m_port; }
    [[nodiscard]] QLineEdit *databaseEdit() const { return m_database; }
    [[nodiscard]] QLineEdit *loginEdit() const { return m_login; }
    [[nodiscard]] QComboBox *tlsMode() const { return m_tls; }
    [[nodiscard]] QComboBox *recentList() const { return m_recent; }
    [[nodiscard]] QPushButton *acceptButton() const { return m_accept; }

private:
    QComboBox *m_recent;
    QPushButton *m_accept = nullptr;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QComboBox *m_tls;
    QLabel *m_error;
};

} // namespace spotter
