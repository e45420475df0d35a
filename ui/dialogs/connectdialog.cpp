// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/connectdialog.h"

#include "store/storeerror.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace spotter {

namespace {

// libpq's sslmode values, safest first. Over a Unix socket libpq ignores sslmode (field notes
// §2); on a network the server's certificate is checked only by verify-full.
struct TlsMode
{
    const char *key;
    const char *label;
};
const TlsMode kTlsModes[] = {
    {"verify-full", QT_TRANSLATE_NOOP("spotter::ConnectDialog", "Encrypted, server verified (verify-full)")},
    {"require", QT_TRANSLATE_NOOP("spotter::ConnectDialog", "Encrypted, server not verified (require)")},
    {"prefer", QT_TRANSLATE_NOOP("spotter::ConnectDialog", "Encrypted if the server offers it (prefer)")},
    {"disable", QT_TRANSLATE_NOOP("spotter::ConnectDialog", "Not encrypted (only on a trusted network)")},
};

} // namespace

ConnectDialog::ConnectDialog(const QStringList &recent, QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(purpose == Purpose::Publish ? tr("Publish to team server") : tr("Connect to team server"));
    auto *intro = new QLabel(tr("Your team's PostgreSQL server, as its admin set it up "
                                "(docs/team-server.md). Spotter asks for your password when the server "
                                "wants one and never stores it."),
                             this);
    intro->setWordWrap(true);
    m_recent->addItem(tr("New connection"), QString());
    for (const QString &uri : recent) {
        try {
            m_recent->addItem(DatabaseLocation::parse(uri).displayName(), uri);
        } catch (const StoreError &) {
            // A stored entry this version cannot read is left out.
        }
    }
    m_recent->setAccessibleName(tr("Recent servers"));
    m_host->setPlaceholderText(tr("gym.example.org"));
    m_host->setAccessibleName(tr("Host"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccessibleName(tr("Port"));
    m_database->setText(QStringLiteral("team"));
    m_database->setAccessibleName(tr("Database"));
    m_login->setAccessibleName(tr("Login"));
    for (const TlsMode &mode : kTlsModes)
        m_tls->addItem(QCoreApplication::translate("spotter::ConnectDialog", mode.label),
                       QLatin1String(mode.key));
    m_tls->setAccessibleName(tr("Encryption"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Encryption:"), m_tls);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_accept = buttons->button(QDialogButtonBox::Ok);
    m_accept->setText(purpose == Purpose::Publish ? tr("&Publish") : tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_recent, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString uri = m_recent->itemData(index).toString();
        if (!uri.isEmpty())
            setLocation(DatabaseLocation::parse(uri));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (m_recent->count() > 1)
        m_recent->setCurrentIndex(1);
}

void ConnectDialog::setLocation(const DatabaseLocation &location)
{
    m_host->setText(location.host());
    m_port->setValue(location.port() > 0 ? location.port() : 5432);
    m_database->setText(location.database());
    m_login->setText(location.user());
    const int tls = m_tls->findData(location.option(QStringLiteral("sslmode")));
    m_tls->setCurrentIndex(tls >= 0 ? tls : m_tls->findData(QStringLiteral("prefer")));
}

std::optional<DatabaseLocation> ConnectDialog::location()
{
    if (m_login->text().trimmed().isEmpty()) {
        showError(tr("Who is signing in? Enter your login."));
        return std::nullopt;
    }
    if (m_database->text().trimmed().isEmpty()) {
        showError(tr("Enter the database your admin set up (often \"team\")."));
        return std::nullopt;
    }
    try {
        return DatabaseLocation::server(m_host->text(), m_port->value(), m_database->text(), m_login->text(),
                                        {{QStringLiteral("sslmode"), m_tls->currentData().toString()}});
    } catch (const StoreError &e) {
        showError(e.message());
        return std::nullopt;
    }
}

void ConnectDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ConnectDialog::accept()
{
    if (location())
        QDialog::accept();
}

} // namespace spotter
